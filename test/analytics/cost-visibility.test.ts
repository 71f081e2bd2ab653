import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/core/clock.js';
import type {
  IndicatorCard,
  IndicatorValue,
} from '../../src/modules/analytics/indicators/indicator.types.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { addMember } from '../support/resource-factories.js';
import { seedWorkspace, type Seeded } from './engine.support.js';

// Editors do not see the budget: analytics must not reopen it through costs or figures built on them.
describe.each(DIALECTS)('costs in analytics follow the budget’s visibility (%s)', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let editor: Client;
  let analyst: Client;
  let ws: string;
  let s: Seeded;
  const OCTOBER = 'from=2026-10-01&to=2026-10-31';
  const base = () => `/api/v1/workspaces/${ws}/analytics`;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    (t.clock as ManualClock).set('2026-11-10T09:00:00.000Z');
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    s = await seedWorkspace(t, ws);
    editor = (await addMember(t.app, ws, 'editor')).client;
    analyst = (await addMember(t.app, ws, 'analyst')).client;
  });
  afterAll(async () => t.close());

  async function metricsAs(c: Client): Promise<Record<string, IndicatorValue>> {
    const res = await c.get(`${base()}/metrics?${OCTOBER}`);
    expect(res.statusCode, res.body).toBe(200);
    return Object.fromEntries(res.json<{ values: IndicatorValue[] }>().values.map((v) => [v.metric, v]));
  }

  it('hides costs and cost-based figures from an editor, keeps them for roles that see the budget', async () => {
    const full = await metricsAs(analyst);
    expect(full.roi!.value).toBe(69.49);
    expect(full.roi!.inputs.find((i) => i.key === 'cost')?.value).toBe(4720);

    const seen = await metricsAs(editor);
    for (const m of ['roi', 'cost_per_acquisition', 'attention_per_euro', 'attention_per_hour'])
      expect(seen[m], m).toMatchObject({ value: null, unavailable: 'restricted' });
    expect(seen.roi!.inputs.find((i) => i.key === 'cost')).toMatchObject({ value: null });
    expect(seen.roi!.inputs.find((i) => i.key === 'budget_cost')).not.toHaveProperty('source');
    // What is not a cost stays visible: the value the posts brought, the attention they got.
    expect(seen.roi!.inputs.find((i) => i.key === 'attributed_value')?.value).toBe(
      full.roi!.inputs.find((i) => i.key === 'attributed_value')?.value,
    );
    expect(seen.engagements!.value).toBe(full.engagements!.value);
  });

  it('hides them in the indicator cards, the breakdown and the executive summary, and refuses their rows', async () => {
    const cards = (await editor.get(`${base()}/indicators?${OCTOBER}`)).json<{ cards: IndicatorCard[] }>()
      .cards;
    const roi = cards.find((c) => c.indicatorId === s.indicators.roi)!;
    expect(roi.current).toMatchObject({ value: null, unavailable: 'restricted' });
    expect(roi.previous.value).toBeNull();
    expect(roi.trend.every((p) => p.value === null)).toBe(true);
    expect(roi.status).toBe('no_value');

    const breakdown = await editor.get(`${base()}/breakdown?by=objective&${OCTOBER}`);
    expect(breakdown.statusCode, breakdown.body).toBe(200);
    const rows = breakdown.json<{ rows: { cost: number | null }[] }>().rows;
    expect(rows.every((r) => r.cost === null)).toBe(true);
    const ownerRows = (await owner.get(`${base()}/breakdown?by=objective&${OCTOBER}`)).json<{
      rows: { cost: number | null }[];
    }>().rows;
    expect(ownerRows.some((r) => r.cost !== null && r.cost > 0)).toBe(true);

    const exec = (await editor.get(`${base()}/executive?${OCTOBER}`)).json<{
      headline: { cost: unknown; roi: unknown; engagements: { current: number | null } };
    }>().headline;
    expect(exec.cost).toEqual({ current: null, previous: null });
    expect(exec.roi).toEqual({ current: null, previous: null });
    expect(exec.engagements.current).not.toBeNull();

    const trace = (who: Client, input: string) =>
      who.get(`${base()}/trace?${OCTOBER}&metric=roi&input=${input}`);
    expect((await trace(editor, 'budget_cost')).statusCode).toBe(403);
    expect((await trace(editor, 'attributed_value')).statusCode).toBe(200);
    expect((await trace(analyst, 'budget_cost')).statusCode).toBe(200);

    // The management reports carry the budget: not an editor's.
    expect((await editor.get(`${base()}/reports/monthly.pdf?month=2026-10`)).statusCode).toBe(403);
  });
});
