import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/core/clock.js';
import type {
  IndicatorCard,
  IndicatorValue,
  Period,
  RoniEstimate,
} from '../../src/modules/analytics/indicators/indicator.types.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { seedWorkspace, type Seeded } from './engine.support.js';

interface MetricsJson {
  period: Period;
  previousPeriod: Period;
  currency: string;
  values: IndicatorValue[];
}

describe.each(DIALECTS)('indicator engine on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let s: Seeded;
  let other: Seeded;
  let otherOwner: Client;
  let otherWs: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    (t.clock as ManualClock).set('2026-11-10T09:00:00.000Z');
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    s = await seedWorkspace(t, ws);
    // The same rows in another workspace: any leak would double every figure below.
    ({ client: otherOwner, workspaceId: otherWs } = await signUp(t.app));
    other = await seedWorkspace(t, otherWs);
  });
  afterAll(async () => t.close());

  const base = () => `/api/v1/workspaces/${ws}/analytics`;
  async function metrics(query: string): Promise<MetricsJson> {
    const res = await owner.get(`${base()}/metrics?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<MetricsJson>();
  }
  async function values(query: string): Promise<Record<string, IndicatorValue>> {
    return Object.fromEntries((await metrics(query)).values.map((v) => [v.metric, v]));
  }
  const OCTOBER = 'from=2026-10-01&to=2026-10-31';

  it('answers every figure of the workspace for October as the definitions say', async () => {
    const body = await metrics(OCTOBER);
    expect(body.currency).toBe('EUR');
    expect(body.period).toMatchObject({
      fromInstant: '2026-09-30T22:00:00.000Z',
      toInstant: '2026-10-31T23:00:00.000Z',
    });
    expect(body.previousPeriod).toMatchObject({ from: '2026-09-01', to: '2026-09-30' });
    const v = Object.fromEntries(body.values.map((x) => [x.metric, x]));
    expect(v.engagements).toMatchObject({ value: 21, coverage: { reported: 2, of: 3 } });
    expect(v.impressions).toMatchObject({ value: 400, coverage: { reported: 1, of: 3 } });
    expect(v.reach).toMatchObject({ value: null, unavailable: 'not_reported' });
    expect(v.engagement_rate_impressions!.value).toBe(4);
    expect(v.engagement_rate_followers!.value).toBe(1.6);
    expect(v.follower_growth!.value).toBe(18.18);
    expect(v.link_clicks!.value).toBe(5);
    expect(v.conversions!.value).toBe(4);
    expect(v.attributed_value).toMatchObject({ value: 8000, currency: 'EUR', notes: ['other_currency:1'] });
    expect(v.roi!.value).toBe(69.49);
    expect(v.roi!.inputs.find((i) => i.key === 'cost')?.value).toBe(4720);
    expect(v.cost_per_acquisition!.value).toBe(1180);
    expect(v.attention_per_euro!.value).toBe(0.44);
    expect(v.attention_per_hour!.value).toBe(0.68);
    expect(v.first_response_time_median!.value).toBe(60);
    expect(v.share_answered_within_target!.value).toBe(50);
    expect(v.unanswered_questions!.value).toBe(1);
    expect(v.late_answers!.value).toBe(1);
    expect(v.audiences_not_reached!.value).toBe(2);
    expect(v.roni_total!.value).toBe(1000);
    expect(v.competitor_presence).toMatchObject({ value: null, unavailable: 'no_data' });
    expect(v.approval_cycle_time).toMatchObject({ value: null, unavailable: 'no_data' });
    expect(v.workload_vs_capacity).toMatchObject({ value: null, unavailable: 'zero_denominator' });
  });

  it('returns only the metrics asked, in that order', async () => {
    const body = await metrics(`${OCTOBER}&metrics=roi,engagements`);
    expect(body.values.map((v) => v.metric)).toEqual(['roi', 'engagements']);
  });

  it('narrows to an objective: its posts, its actions’ posts, its costs and campaigns', async () => {
    const v = await values(`${OCTOBER}&scope=objective&scopeId=${s.objective}`);
    expect(v.engagements).toMatchObject({ value: 21, coverage: { reported: 2, of: 2 } });
    expect(v.link_clicks!.value).toBe(5);
    expect(v.conversions!.value).toBe(4);
    expect(v.roi!.value).toBe(95.12);
    const empty = await values(`${OCTOBER}&scope=objective&scopeId=${s.otherObjective}`);
    expect(empty.engagements).toMatchObject({
      value: null,
      unavailable: 'not_reported',
      coverage: { reported: 0, of: 0 },
    });
    expect(empty.roi).toMatchObject({ value: null, unavailable: 'zero_cost' });
    expect(empty.conversions!.value).toBe(0);
    expect(empty.cost_per_acquisition).toMatchObject({ value: null, unavailable: 'zero_denominator' });
  });

  it('narrows to an action, a network and a pillar; costs are not attributable to the last two', async () => {
    const action = await values(`${OCTOBER}&scope=action&scopeId=${s.action}`);
    expect(action.engagements!.value).toBe(5);
    expect(action.link_clicks!.value).toBe(2);
    expect(action.conversions!.value).toBe(1);
    expect(action.attributed_value).toMatchObject({ value: 0, notes: ['other_currency:1'] });
    expect(action.roi).toMatchObject({ value: null, unavailable: 'zero_cost' });

    const bluesky = await values(`${OCTOBER}&scope=network&scopeId=bluesky`);
    expect(bluesky.engagements).toMatchObject({ value: 16, coverage: { reported: 1, of: 2 } });
    expect(bluesky.link_clicks!.value).toBe(3);
    expect(bluesky.conversions!.value).toBe(3);
    expect(bluesky.roi).toMatchObject({ value: null, unavailable: 'cost_not_attributable' });
    expect(bluesky.attention_per_hour).toMatchObject({ value: null, unavailable: 'cost_not_attributable' });
    expect(bluesky.first_response_time_median!.value).toBe(30);

    const pillar = await values(`${OCTOBER}&scope=pillar&scopeId=${s.pillar}`);
    expect(pillar.engagements!.value).toBe(16);
    expect(pillar.conversions!.value).toBe(1);
    expect(pillar.cost_per_acquisition).toMatchObject({ value: null, unavailable: 'cost_not_attributable' });
  });

  it('computes the previous month and prorates a partial one by days', async () => {
    const sept = await values('from=2026-09-01&to=2026-09-30');
    expect(sept.engagements!.value).toBe(5);
    expect(sept.link_clicks!.value).toBe(1);
    expect(sept.roi!.value).toBe(-100);
    const late = await metrics('from=2026-10-20&to=2026-10-31&metrics=roi,engagements');
    expect(late.previousPeriod).toMatchObject({ from: '2026-10-08', to: '2026-10-19' });
    const [roi, engagements] = late.values;
    // 3100 × 12/31 + 620 × 12/31 + the campaign ending on the 28th.
    expect(roi!.inputs.find((i) => i.key === 'cost')?.value).toBe(2440);
    expect(engagements).toMatchObject({
      value: null,
      unavailable: 'not_reported',
      coverage: { reported: 0, of: 1 },
    });
  });

  it('builds the objective’s indicator cards with previous value, target, status and trend', async () => {
    const res = await owner.get(`${base()}/indicators?${OCTOBER}&objectiveId=${s.objective}`);
    expect(res.statusCode, res.body).toBe(200);
    const { cards } = res.json<{ cards: IndicatorCard[] }>();
    const by = Object.fromEntries(cards.map((c) => [c.indicatorId, c]));
    expect(cards).toHaveLength(4);
    expect(by[s.indicators.roi]).toMatchObject({
      current: { value: 95.12 },
      previous: { value: null, unavailable: 'zero_cost' },
      target: 50,
      baseline: 10,
      status: 'on_track',
      higherIsBetter: true,
    });
    expect(by[s.indicators.rate]).toMatchObject({
      networkId: 'bluesky',
      current: { value: 1.6 },
      status: 'behind',
      benchmark: null,
    });
    expect(by[s.indicators.custom]).toMatchObject({
      current: { value: null, unavailable: 'not_computable' },
      status: 'no_value',
    });
    const conv = by[s.indicators.conversions]!;
    expect(conv).toMatchObject({ current: { value: 4 }, previous: { value: 0 }, status: 'behind' });
    expect(conv.trend.map((b) => [b.from, b.value])).toEqual([
      ['2026-10-01', 0],
      ['2026-10-05', 1],
      ['2026-10-12', 1],
      ['2026-10-19', 0],
      ['2026-10-26', 2],
    ]);
    const all = await owner.get(`${base()}/indicators?${OCTOBER}`);
    expect(all.json<{ cards: IndicatorCard[] }>().cards).toHaveLength(4);
  });

  it('estimates RONI with its inputs', async () => {
    const res = await owner.get(`${base()}/roni?${OCTOBER}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ estimate: RoniEstimate; counts: Record<string, number> }>();
    expect(body.counts).toEqual({ unansweredQuestions: 1, lateAnswers: 1, audiencesNotReached: 2 });
    expect(body.estimate.total).toBe(1000);
    expect(body.estimate.risks.map((r) => [r.kind, r.expectedLoss, r.unavailable ?? null])).toEqual([
      ['unanswered_questions', 1000, null],
      ['late_answers', null, 'needs_assumption'],
    ]);
  });

  it('traces an input to the rows that make it', async () => {
    const trace = async (q: string) => {
      const res = await owner.get(`${base()}/trace?${OCTOBER}&${q}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ source: string; rows: Record<string, unknown>[]; truncated: boolean }>();
    };
    const eng = await trace('metric=engagements&input=engagements');
    expect(eng.source).toBe('variants');
    expect(eng.rows.map((r) => r.id).sort()).toEqual([s.variants.v1, s.variants.v2].sort());
    expect(eng.rows.reduce((n, r) => n + (r.engagements as number), 0)).toBe(21);
    const clicks = await trace('metric=link_clicks&input=link_clicks&scope=network&scopeId=bluesky');
    expect(clicks).toMatchObject({ source: 'clicks', truncated: false });
    expect(clicks.rows).toHaveLength(3);
    const lines = await trace('metric=roi&input=budget_cost');
    expect(lines.source).toBe('budget_lines');
    expect(lines.rows.reduce((n, r) => n + (r.prorated as number), 0)).toBe(3720);
    const conv = await trace('metric=attributed_value&input=attributed_value');
    expect(conv.rows.map((r) => r.currency).sort()).toEqual(['EUR', 'USD']);
    const inbox = await trace('metric=unanswered_questions&input=unanswered_questions');
    expect(inbox).toMatchObject({ source: 'inbox_items' });
    expect(inbox.rows).toHaveLength(1);
    const bad = await owner.get(`${base()}/trace?${OCTOBER}&metric=roi&input=nonsense`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('input');
  });

  it('names the field of a bad period, metric or scope', async () => {
    const field = async (q: string, path = 'metrics') => {
      const res = await owner.get(`${base()}/${path}?${q}`);
      expect(res.statusCode, res.body).toBe(400);
      return res.json<{ errors: { field: string }[] }>().errors[0]?.field;
    };
    expect(await field('from=2026-10-31&to=2026-10-01')).toBe('to');
    expect(await field('from=2025-01-01&to=2026-10-01')).toBe('to');
    expect(await field('from=2026-02-30&to=2026-03-01')).toBe('from');
    expect(await field('metrics=roi,nonsense')).toBe('metrics');
    expect(await field('scope=objective')).toBe('scopeId');
    // Another workspace's objective is not a scope here.
    expect(await field(`scope=objective&scopeId=${other.objective}`)).toBe('scopeId');
    expect(await field('scope=network&scopeId=myspace')).toBe('scopeId');
  });

  it('keeps workspaces apart', async () => {
    const res = await otherOwner.get(`${base()}/metrics?${OCTOBER}`);
    expect(res.statusCode).toBe(404);
    const mine = await otherOwner.get(
      `/api/v1/workspaces/${otherWs}/analytics/metrics?${OCTOBER}&metrics=engagements`,
    );
    expect(mine.json<MetricsJson>().values[0]!.value).toBe(21);
    const cards = await owner.get(`${base()}/indicators?${OCTOBER}&objectiveId=${other.objective}`);
    expect(cards.statusCode).toBe(404);
  });
});
