import { describe, expect, it } from 'vitest';
import { STRATEGY_TEMPLATES, findTemplate } from './index.js';
import { VALUE_PRODUCING_OBJECTIVES, type StrategySnapshot } from '../strategy.model.js';
import { METRICS } from '../metrics.catalogue.js';
import { isNetworkId } from '../catalogue/networks.js';
import { recommendNetworks } from '../recommendation.js';
import { completenessReport } from '../completeness/completeness.js';

const NOW = new Date('2026-03-14T10:00:00Z');
const CASES = STRATEGY_TEMPLATES.flatMap((t) => (['en', 'fr'] as const).map((locale) => ({ t, locale })));

/** Fields that hold codes, citations or proper names: the same in both languages on purpose. */
const SAME_IN_BOTH = new Set(['metric', 'targetSource', 'places', 'requiredMentions', 'languages', 'colour']);

/** Every translatable string of a snapshot with its path, in a stable order, to compare the languages. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'id' || k.endsWith('Id') || SAME_IN_BOTH.has(k) ? [] : strings(v, `${path}.${k}`),
    );
  }
  return [];
}

function allIds(s: StrategySnapshot): string[] {
  return [
    ...s.objectives,
    ...s.audiences,
    ...s.existingActions,
    ...s.valueAdded,
    ...s.networkChoices,
    ...s.editorialLine.pillars,
    ...s.indicators,
    ...s.actions,
    ...s.obstacles,
  ].map((x) => x.id);
}

describe('STRATEGY_TEMPLATES', () => {
  it('offers the four templates with names and descriptions in both languages', () => {
    expect(STRATEGY_TEMPLATES.map((t) => t.id)).toEqual([
      'b2b-sme',
      'retail-b2c',
      'recruitment',
      'public-institution',
    ]);
    for (const t of STRATEGY_TEMPLATES) {
      expect(t.name.fr).not.toBe('');
      expect(t.description.en).not.toBe(t.description.fr);
      expect(findTemplate(t.id)).toBe(t);
    }
  });

  it('returns fresh ids at every build', () => {
    for (const t of STRATEGY_TEMPLATES) {
      const a = new Set(allIds(t.build('en', NOW)));
      const b = allIds(t.build('en', NOW));
      expect(b.some((id) => a.has(id))).toBe(false);
    }
  });

  describe.each(CASES)('$t.id in $locale', ({ t, locale }) => {
    const s = t.build(locale, NOW);
    const objectiveIds = new Set(s.objectives.map((o) => o.id));
    const audienceIds = new Set(s.audiences.map((a) => a.id));
    const existingIds = new Set(s.existingActions.map((e) => e.id));
    const actionIds = new Set(s.actions.map((a) => a.id));
    const chosen = new Set(s.networkChoices.filter((c) => c.chosen).map((c) => c.networkId));

    it('has unique ids and cross-references that all resolve', () => {
      const ids = allIds(s);
      expect(new Set(ids).size).toBe(ids.length);
      for (const a of s.audiences) for (const id of a.objectiveIds) expect(objectiveIds).toContain(id);
      for (const e of s.existingActions) {
        for (const id of e.audienceIds) expect(audienceIds).toContain(id);
        for (const id of e.objectiveIds) expect(objectiveIds).toContain(id);
      }
      for (const v of s.valueAdded) {
        expect(objectiveIds).toContain(v.objectiveId);
        for (const id of v.complementsExistingActionIds) expect(existingIds).toContain(id);
      }
      for (const c of s.networkChoices) {
        expect(isNetworkId(c.networkId)).toBe(true);
        for (const id of c.objectiveIds) expect(objectiveIds).toContain(id);
        for (const id of c.audienceIds) expect(audienceIds).toContain(id);
      }
      for (const i of s.indicators) expect(objectiveIds).toContain(i.objectiveId);
      for (const a of s.actions) {
        expect(objectiveIds).toContain(a.objectiveId);
        for (const id of a.audienceIds) expect(audienceIds).toContain(id);
        for (const n of a.networkIds) expect(chosen).toContain(n);
      }
      for (const o of s.obstacles) if (o.actionId !== null) expect(actionIds).toContain(o.actionId);
      for (const a of s.audiences) for (const n of a.presentOn) expect(isNetworkId(n)).toBe(true);
    });

    it('fills every step', () => {
      expect(s.title).not.toBe('');
      expect(s.summary.length).toBeGreaterThan(100);
      expect(s.objectives.length).toBeGreaterThanOrEqual(3);
      expect(s.audiences.length).toBeGreaterThanOrEqual(3);
      expect(s.existingActions.length).toBeGreaterThanOrEqual(4);
      expect(chosen.size).toBeGreaterThanOrEqual(3);
      expect(s.networkChoices.some((c) => !c.chosen)).toBe(true);
      expect(s.editorialLine.tone).not.toBe('');
      expect(s.editorialLine.dos.length).toBeGreaterThan(0);
      expect(s.editorialLine.wordsToAvoid.length).toBeGreaterThan(0);
      expect(s.actions.length).toBeGreaterThanOrEqual(5);
      expect(s.obstacles.length).toBeGreaterThanOrEqual(5);
      for (const c of s.networkChoices) expect(c.rationale.length).toBeGreaterThan(20);
    });

    it('gives every objective an audience and a typed indicator with a target', () => {
      for (const o of s.objectives) {
        expect(s.audiences.some((a) => a.objectiveIds.includes(o.id))).toBe(true);
        expect(s.indicators.some((i) => i.objectiveId === o.id && i.target !== null)).toBe(true);
      }
    });

    it('types indicators from the catalogue, ROI only where value is produced, cited targets with sources', () => {
      for (const i of s.indicators) {
        const m = METRICS[i.metric]!;
        expect(m).toBeDefined();
        expect(i.kind).toBe(m.kind);
        expect(i.unit).toBe(m.unit);
        if (i.networkId) expect(chosen).toContain(i.networkId);
        if (i.targetSource !== null) expect(i.target).not.toBeNull();
        if (i.kind === 'roi') {
          const o = s.objectives.find((x) => x.id === i.objectiveId)!;
          expect(VALUE_PRODUCING_OBJECTIVES).toContain(o.type);
        }
      }
      expect(s.indicators.some((i) => i.targetSource !== null)).toBe(true);
    });

    it('states a distinct value added for every chosen network, serving an objective', () => {
      for (const n of chosen) {
        expect(s.valueAdded.some((v) => v.networkId === n)).toBe(true);
        expect(s.networkChoices.find((c) => c.networkId === n)!.objectiveIds.length).toBeGreaterThan(0);
      }
      for (const v of s.valueAdded) expect(chosen).toContain(v.networkId);
      const statements = s.valueAdded.map((v) => v.statement.trim().toLowerCase());
      expect(new Set(statements).size).toBe(statements.length);
      const pairs = s.valueAdded.map((v) => `${v.objectiveId}/${v.networkId}`);
      expect(new Set(pairs).size).toBe(pairs.length);
    });

    it('has pillars summing to 100 and frequencies on chosen networks', () => {
      expect(s.editorialLine.pillars.reduce((sum, p) => sum + p.targetShare, 0)).toBe(100);
      for (const f of s.editorialLine.frequencies) expect(chosen).toContain(f.networkId);
    });

    it('leaves owners and RACI empty for the completeness report, and reviews every action’s obstacles', () => {
      for (const a of s.actions) {
        expect(a.ownerId).toBeNull();
        expect(a.raci).toEqual({ responsible: [], accountable: null, consulted: [], informed: [] });
        const hasObstacle = s.obstacles.some((o) => o.actionId === a.id);
        expect(hasObstacle || a.noObstaclesIdentified).toBe(true);
        expect(hasObstacle && a.noObstaclesIdentified).toBe(false);
        expect(a.budgetEstimate).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(a.budgetEstimate)).toBe(true);
      }
      for (const o of s.obstacles) {
        expect(o.likelihood).toBeGreaterThanOrEqual(1);
        expect(o.impact).toBeLessThanOrEqual(5);
        expect(o.mitigation.length).toBeGreaterThan(10);
      }
    });

    it('dates everything from next month, each period in order', () => {
      const iso = /^\d{4}-\d{2}-\d{2}$/;
      for (const p of [...s.objectives, ...s.indicators]) {
        expect(p.periodStart).toMatch(iso);
        expect(p.periodStart! <= p.periodEnd!).toBe(true);
        expect(p.periodStart! >= '2026-04-01').toBe(true);
      }
      for (const a of s.actions) expect(a.startDate! <= a.endDate!).toBe(true);
    });

    it('keeps labels within the API limits', () => {
      for (const x of [...s.objectives, ...s.actions]) expect(x.title.length).toBeLessThanOrEqual(200);
      for (const list of [s.editorialLine.dos, s.editorialLine.donts, s.editorialLine.formats]) {
        for (const entry of list) expect(entry.length).toBeLessThanOrEqual(300);
      }
    });

    it('leaves only the RACI for the completeness report to ask', () => {
      const report = completenessReport(s);
      expect(new Set(report.gaps.map((g) => g.rule))).toEqual(
        new Set(['action_has_responsible_and_accountable']),
      );
      expect(report.gaps).toHaveLength(s.actions.length);
    });

    it('ranks one of its chosen networks first in the recommendation', () => {
      expect(chosen).toContain(recommendNetworks(s).at(0)!.networkId);
    });
  });

  it('is written in both languages: no long text left untranslated, French with its accents', () => {
    for (const t of STRATEGY_TEMPLATES) {
      const en = strings(t.build('en', NOW));
      const fr = new Map(strings(t.build('fr', NOW)));
      const same = en.filter(([path, text]) => text.length > 25 && fr.get(path) === text);
      expect(same).toEqual([]);
      const french = [...fr.values()].join(' ');
      expect(french).toMatch(/[éèàçê]/);
      expect(french).not.toMatch(/ the | and | with /);
    }
  });
});
