import { describe, expect, it } from 'vitest';
import { METRICS, defaultTargetFor, findMetric, proposeDefaultIndicators } from './metrics.catalogue.js';
import {
  ATTENTION_OBJECTIVES,
  INDICATOR_KINDS,
  OBJECTIVE_TYPES,
  VALUE_PRODUCING_OBJECTIVES,
  type Objective,
  type ObjectiveType,
} from './strategy.model.js';
import { NETWORK_IDS } from './catalogue/networks.js';

function objective(type: ObjectiveType): Objective {
  return {
    id: `obj-${type}`,
    type,
    customType: null,
    title: type,
    description: '',
    priority: 'high',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
  };
}

describe('METRICS', () => {
  it('covers the metrics the method names', () => {
    const required = [
      'roi',
      'cost_per_acquisition',
      'conversions',
      'attributed_value',
      'engagement_rate_followers',
      'engagement_rate_impressions',
      'engagements',
      'reach',
      'impressions',
      'link_clicks',
      'follower_growth',
      'attention_per_euro',
      'attention_per_hour',
      'unanswered_questions',
      'late_answers',
      'audiences_not_reached',
      'competitor_presence',
      'first_response_time_median',
      'share_answered_within_target',
      'approval_cycle_time',
      'workload_vs_capacity',
    ];
    for (const id of required) expect(findMetric(id)?.id).toBe(id);
  });

  it('writes every formula out in both languages and uses a known kind and unit', () => {
    for (const m of Object.values(METRICS)) {
      expect(INDICATOR_KINDS).toContain(m.kind);
      expect(['percent', 'count', 'minutes', 'currency', 'ratio']).toContain(m.unit);
      expect(m.formula.en.length).toBeGreaterThan(15);
      expect(m.formula.fr.length).toBeGreaterThan(15);
      expect(m.formula.fr).not.toBe(m.formula.en);
      expect(m.name.fr.length).toBeGreaterThan(2);
    }
  });

  it('labels the two engagement rates apart', () => {
    const byFollowers = METRICS.engagement_rate_followers!;
    const byImpressions = METRICS.engagement_rate_impressions!;
    expect(byFollowers.name.en).not.toBe(byImpressions.name.en);
    expect(byFollowers.formula.en).toMatch(/followers/);
    expect(byImpressions.formula.en).toMatch(/impressions/);
  });

  it('pre-fills ROI as (value − cost) ÷ cost', () => {
    expect(METRICS.roi!.formula.en).toMatch(/\(attributed value − cost\) ÷ cost/);
    expect(METRICS.roi!.kind).toBe('roi');
  });

  it('cites the brief’s figures for default targets', () => {
    expect(defaultTargetFor('engagement_rate_followers', 'facebook')).toEqual({
      value: 0.063,
      source: expect.stringContaining('Rival IQ'),
    });
    expect(defaultTargetFor('engagement_rate_followers', 'instagram')?.value).toBe(0.47);
    expect(defaultTargetFor('engagement_rate_followers', 'x')?.value).toBe(0.035);
    expect(defaultTargetFor('engagement_rate_followers', 'tiktok')?.value).toBe(2.63);
    expect(defaultTargetFor('engagement_rate_followers', 'bluesky')).toBeUndefined();
    const x = defaultTargetFor('first_response_time_median', 'x')!;
    expect(x.value).toBe(30);
    expect(x.source).toMatch(/Lithium.*Millward Brown.*2013/);
    for (const id of ['facebook', 'instagram', 'linkedin']) {
      const t = defaultTargetFor('first_response_time_median', id)!;
      expect(t.value).toBe(240);
      expect(t.source).toMatch(/Sprout Social Index \(2016\)/);
    }
    for (const id of NETWORK_IDS) expect(defaultTargetFor('first_response_time_median', id)).toBeDefined();
    for (const m of Object.values(METRICS)) {
      for (const t of [m.defaultTarget, ...Object.values(m.defaultTargetByNetwork ?? {})]) {
        if (t) expect(t.source.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('proposeDefaultIndicators', () => {
  it('proposes ROI indicators for objectives that produce value', () => {
    for (const type of VALUE_PRODUCING_OBJECTIVES) {
      const proposed = proposeDefaultIndicators(objective(type), ['linkedin']);
      expect(proposed.length).toBeGreaterThan(0);
      expect(proposed.every((p) => p.kind === 'roi')).toBe(true);
      expect(proposed.map((p) => p.metric)).toContain('roi');
    }
  });

  it('proposes ROA indicators for attention objectives, one engagement rate per chosen network', () => {
    for (const type of ATTENTION_OBJECTIVES) {
      const proposed = proposeDefaultIndicators(objective(type), ['instagram', 'bluesky'], 'fr');
      expect(proposed.some((p) => p.kind === 'roi')).toBe(false);
      const rates = proposed.filter((p) => p.metric === 'engagement_rate_followers');
      expect(rates.map((r) => r.networkId)).toEqual(['instagram', 'bluesky']);
      expect(rates[0]).toMatchObject({ target: 0.47, unit: 'percent', kind: 'roa' });
      expect(rates[0]!.targetSource).toContain('Rival IQ');
      expect(rates[0]!.name).toBe("Taux d'engagement par abonnés — Instagram");
      // No published median for Bluesky: the target stays empty rather than invented.
      expect(rates[1]).toMatchObject({ target: null, targetSource: null });
    }
  });

  it('adds reply clocks and the RONI count of unanswered questions for customer relations', () => {
    const proposed = proposeDefaultIndicators(objective('customer_relations'), ['x', 'facebook']);
    const clocks = proposed.filter((p) => p.metric === 'first_response_time_median');
    expect(clocks.map((c) => [c.networkId, c.target, c.kind])).toEqual([
      ['x', 30, 'process'],
      ['facebook', 240, 'process'],
    ]);
    expect(proposed.find((p) => p.metric === 'unanswered_questions')?.kind).toBe('roni');
  });

  it('gives every objective type something to measure, tied to the objective and its period', () => {
    for (const type of OBJECTIVE_TYPES) {
      const o = objective(type);
      const proposed = proposeDefaultIndicators(o, ['linkedin']);
      expect(proposed.length).toBeGreaterThan(0);
      for (const p of proposed) {
        expect(p.objectiveId).toBe(o.id);
        expect(p.periodStart).toBe('2026-01-01');
        expect(METRICS[p.metric]).toBeDefined();
      }
    }
  });
});
