import { describe, expect, it } from 'vitest';
import { emptySnapshot, type Audience, type Objective, type StrategySnapshot } from './strategy.model.js';
import { REASON_KEYS, SCORING, ageFit, reasonText, recommendNetworks } from './recommendation.js';
import { NETWORKS, findNetwork } from './catalogue/networks.js';

function objective(over: Partial<Objective> = {}): Objective {
  return {
    id: 'o1',
    type: 'prospecting',
    customType: null,
    title: 'Find new industrial clients',
    description: '',
    priority: 'high',
    periodStart: null,
    periodEnd: null,
    ...over,
  };
}

function audience(over: Partial<Audience> = {}): Audience {
  return {
    id: 'a1',
    name: 'Plant managers',
    segment: 'b2b',
    description: '',
    ageMin: 35,
    ageMax: 60,
    places: ['France'],
    languages: ['fr'],
    interests: [],
    needs: [],
    pains: [],
    presentOn: ['linkedin'],
    objectiveIds: ['o1'],
    ...over,
  };
}

function snapshot(objectives: Objective[], audiences: Audience[]): StrategySnapshot {
  return { ...emptySnapshot(), objectives, audiences };
}

function rank(s: StrategySnapshot): string[] {
  return recommendNetworks(s).map((r) => r.networkId);
}

describe('recommendNetworks', () => {
  it('ranks LinkedIn first for a B2B prospecting persona already on LinkedIn', () => {
    const recs = recommendNetworks(snapshot([objective()], [audience()]));
    expect(recs[0]!.networkId).toBe('linkedin');
    expect(recs[0]!.score).toBeGreaterThanOrEqual(80);
    expect(recs[0]!.score - recs[1]!.score).toBeGreaterThanOrEqual(25);
    expect(recs[0]!.reasons.map((r) => r.key)).toContain('audience_present');
  });

  it('ranks TikTok and Instagram high for a teen consumer audience', () => {
    const teens = audience({ name: 'Teens', segment: 'b2c', ageMin: 13, ageMax: 17, presentOn: [] });
    const order = rank(snapshot([objective({ type: 'loyalty', title: 'Make fans' })], [teens]));
    expect(order.slice(0, 3)).toEqual(expect.arrayContaining(['tiktok', 'instagram']));
    expect(order.indexOf('linkedin')).toBeGreaterThan(6);
  });

  it('keeps every score low without objectives and says why', () => {
    const recs = recommendNetworks(snapshot([], [audience()]));
    for (const r of recs) {
      expect(r.score).toBeLessThanOrEqual(SCORING.capWithoutObjectives);
      expect(r.reasons.some((x) => x.key === 'no_objectives')).toBe(true);
    }
    const linkedin = recs.find((r) => r.networkId === 'linkedin')!;
    const why = linkedin.reasons.find((x) => x.key === 'no_objectives')!;
    expect(why.weight).toBeLessThan(0);
    expect(reasonText(why, 'en')).toMatch(/not a goal/);
    expect(reasonText(why, 'fr')).toMatch(/n’est pas un objectif/);
  });

  it('scores an empty strategy from network scale alone, with a note on audiences', () => {
    const recs = recommendNetworks(emptySnapshot());
    for (const r of recs) {
      expect(r.score).toBe(SCORING.scale[findNetwork(r.networkId)!.scale.tier]);
      expect(r.reasons.map((x) => x.key)).toEqual(expect.arrayContaining(['no_audiences', 'no_objectives']));
    }
  });

  it('explains every point: reason weights add up to the score', () => {
    const s = snapshot(
      [objective(), objective({ id: 'o2', type: 'employer_brand', priority: 'low', title: 'Be known' })],
      [
        audience(),
        audience({
          id: 'a2',
          name: 'Students',
          segment: 'candidates',
          ageMin: 20,
          ageMax: 26,
          presentOn: [],
        }),
      ],
    );
    for (const r of recommendNetworks(s)) {
      expect(r.reasons.reduce((sum, x) => sum + x.weight, 0)).toBe(r.score);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
      for (const reason of r.reasons) expect(Number.isInteger(reason.weight)).toBe(true);
    }
  });

  it('is deterministic and sorted by score', () => {
    const s = snapshot([objective()], [audience()]);
    const a = recommendNetworks(s);
    expect(recommendNetworks(s)).toEqual(a);
    for (let i = 1; i < a.length; i++) expect(a[i - 1]!.score).toBeGreaterThanOrEqual(a[i]!.score);
    expect(a).toHaveLength(NETWORKS.length);
  });

  it('weighs objectives by priority', () => {
    const sales = objective({ id: 'o1', type: 'sales', title: 'Sell', priority: 'high' });
    const recruit = objective({ id: 'o2', type: 'recruitment', title: 'Hire', priority: 'low' });
    const highSales = recommendNetworks(snapshot([sales, recruit], []));
    const lowSales = recommendNetworks(
      snapshot(
        [
          { ...sales, priority: 'low' },
          { ...recruit, priority: 'high' },
        ],
        [],
      ),
    );
    const pin = (recs: typeof highSales): number => recs.find((r) => r.networkId === 'pinterest')!.score;
    expect(pin(highSales)).toBeGreaterThan(pin(lowSales));
  });

  it('treats where an audience already is as the strongest signal', () => {
    const base = audience({ segment: 'b2c', ageMin: 30, ageMax: 45, presentOn: ['pinterest'] });
    const recs = recommendNetworks(snapshot([objective({ type: 'loyalty' })], [base]));
    const pinterest = recs.find((r) => r.networkId === 'pinterest')!;
    const without = recommendNetworks(
      snapshot([objective({ type: 'loyalty' })], [{ ...base, presentOn: ['facebook'] }]),
    ).find((r) => r.networkId === 'pinterest')!;
    expect(pinterest.score - without.score).toBeGreaterThanOrEqual(20);
    expect(without.reasons.find((r) => r.key === 'audience_elsewhere')).toBeDefined();
  });

  it('removes the share of an audience living where a network is blocked', () => {
    const s = snapshot(
      [objective({ type: 'sales' })],
      [audience({ segment: 'b2c', ageMin: 18, ageMax: 30, places: ['India'], presentOn: ['tiktok'] })],
    );
    const tiktok = recommendNetworks(s).find((r) => r.networkId === 'tiktok')!;
    const blocked = tiktok.reasons.find((r) => r.key === 'unavailable_in_places')!;
    expect(blocked.weight).toBeLessThan(0);
    expect(reasonText(blocked, 'en')).toContain('India');
  });

  it('rewards language tags only when the audiences speak several languages', () => {
    const bilingual = audience({ languages: ['fr', 'en-GB'] });
    const withTags = recommendNetworks(snapshot([objective()], [bilingual])).find(
      (r) => r.networkId === 'bluesky',
    )!;
    expect(withTags.reasons.find((r) => r.key === 'language_tags')?.params.languages).toBe('en, fr');
    const mono = recommendNetworks(snapshot([objective()], [audience()])).find(
      (r) => r.networkId === 'bluesky',
    )!;
    expect(mono.reasons.find((r) => r.key === 'language_tags')).toBeUndefined();
  });

  it('has an English and a French sentence for every reason it produces', () => {
    const s = snapshot(
      [objective({ type: 'custom', customType: 'Fundraising' })],
      [audience({ ageMin: null, ageMax: null, presentOn: [], languages: ['fr', 'en'], places: ['Chine'] })],
    );
    const keys = new Set<string>();
    for (const rec of [...recommendNetworks(s), ...recommendNetworks(emptySnapshot())]) {
      for (const r of rec.reasons) {
        keys.add(r.key);
        const en = reasonText(r, 'en');
        const fr = reasonText(r, 'fr');
        expect(en.length).toBeGreaterThan(10);
        expect(fr).not.toBe(en);
        expect(en).not.toMatch(/undefined|NaN/);
        expect(fr).not.toMatch(/undefined|NaN/);
      }
    }
    expect(keys.size).toBeGreaterThanOrEqual(REASON_KEYS.length - 3);
  });
});

describe('ageFit', () => {
  it('weights bands by the years they share with the range', () => {
    const tiktok = findNetwork('tiktok')!;
    expect(ageFit(tiktok, 13, 17)).toBeCloseTo(1);
    expect(ageFit(tiktok, 65, 80)).toBeCloseTo(0.15);
    const mixed = ageFit(tiktok, 15, 20);
    expect(mixed).toBeGreaterThan(0.9);
    expect(mixed).toBeLessThan(1);
  });
});
