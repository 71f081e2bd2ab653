import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type MemoryMailer, type TestApp } from '../support/app.js';
import { addMember } from '../support/members.js';
import {
  account,
  action,
  budgetLine,
  campaign,
  click,
  conversion,
  indicator,
  link,
  objective,
  pillar,
  post,
  site,
  snapshot,
  variant,
} from './dashboards.support.js';

/**
 * A month of hand-checkable data (October 2026, Europe/Paris: the 25th has 25 hours). Every figure
 * expected below is worked out in the comments from these rows alone.
 */
async function seed(t: TestApp, ws: string) {
  await t.ctx.database.db.updateTable('workspaces').set({ currency: 'EUR' }).where('id', '=', ws).execute();
  const sky = await account(t, ws, 'bluesky');
  const don = await account(t, ws, 'mastodon');
  const sales = await objective(t, ws, 'Grow sales', 'sales');
  const awareness = await objective(t, ws, 'Awareness', 'institutional');
  const launch = await action(t, ws, 'Launch', sales);
  const education = await pillar(t, ws, 'Education', 60);
  const product = await pillar(t, ws, 'Product', 40);

  // post1 (objective sales, pillar education) on both networks, 5 Oct.
  const p1 = await post(t, ws, { objectiveId: sales, pillarId: education });
  const v1a = await variant(t, ws, p1, sky, '2026-10-05T10:00:00.000Z', 'x'.repeat(200));
  await snapshot(t, ws, v1a, sky, '2026-10-05T11:00:00.000Z', { likes: 1 });
  // Latest before the end of October: 10 + 2 + 3 + 0 = 15 engagements on 100 impressions (15 %).
  await snapshot(t, ws, v1a, sky, '2026-10-12T10:00:00.000Z', {
    likes: 10,
    replies: 2,
    reposts: 3,
    quotes: 0,
    impressions: 100,
  });
  await snapshot(t, ws, v1a, sky, '2026-11-02T10:00:00.000Z', { likes: 999, impressions: 5000 });
  const v1b = await variant(t, ws, p1, don, '2026-10-05T10:00:00.000Z');
  await snapshot(t, ws, v1b, don, '2026-10-06T10:00:00.000Z', { likes: 4, replies: 1 }); // 5, no impressions
  // post2 (action launch → objective sales, pillar product), 25 Oct 23:30 in Paris (22:30 UTC).
  const p2 = await post(t, ws, { actionId: launch, pillarId: product });
  const v2 = await variant(t, ws, p2, sky, '2026-10-25T22:30:00.000Z');
  await snapshot(t, ws, v2, sky, '2026-10-26T10:00:00.000Z', { likes: 20, impressions: 400 }); // 20 on 400 (5 %)
  // post3: no grouping, no snapshot: a post that reports nothing.
  const p3 = await post(t, ws);
  const v3 = await variant(t, ws, p3, don, '2026-10-10T08:00:00.000Z');
  // post4 in September (previous period), and a variant never published.
  const p4 = await post(t, ws, { pillarId: education });
  const v4 = await variant(t, ws, p4, sky, '2026-09-20T08:00:00.000Z');
  await snapshot(t, ws, v4, sky, '2026-09-21T08:00:00.000Z', { likes: 7 });
  await variant(t, ws, p4, don, null);

  // Clicks: 3 human on v1a's link in October (+1 bot, +1 in September), 1 on v2's, none on v3's.
  const l1 = await link(t, ws, p1, v1a, 'bluesky');
  for (const at of ['2026-10-05T12:00:00.000Z', '2026-10-06T12:00:00.000Z', '2026-10-31T22:59:00.000Z'])
    await click(t, ws, l1, at);
  await click(t, ws, l1, '2026-10-06T13:00:00.000Z', true);
  await click(t, ws, l1, '2026-09-30T12:00:00.000Z');
  const l2 = await link(t, ws, p2, v2, 'bluesky');
  await click(t, ws, l2, '2026-10-26T09:00:00.000Z');
  await link(t, ws, p3, v3, 'mastodon');

  // Conversions: 50.00 € and a lead on v1a, 30.00 $ on v2 (other currency), one unattributed.
  const s = await site(t, ws);
  await conversion(t, ws, s, {
    at: '2026-10-06T12:00:00.000Z',
    value: 5000,
    postId: p1,
    variantId: v1a,
    linkId: l1,
  });
  await conversion(t, ws, s, {
    at: '2026-10-07T12:00:00.000Z',
    value: null,
    postId: p1,
    variantId: v1a,
    linkId: l1,
  });
  await conversion(t, ws, s, {
    at: '2026-10-26T12:00:00.000Z',
    value: 3000,
    currency: 'USD',
    postId: p2,
    variantId: v2,
    linkId: l2,
  });
  await conversion(t, ws, s, { at: '2026-10-08T12:00:00.000Z', value: 9999, attribution: 'none' });

  // Costs: 310 € on sales, 62 € on launch, 10 € on nothing, in October; paid media via the campaign.
  await budgetLine(t, ws, { month: '2026-10', actual: 31000, objectiveId: sales });
  await budgetLine(t, ws, { month: '2026-10', actual: 6200, actionId: launch });
  await budgetLine(t, ws, { month: '2026-10', actual: 1000 });
  await budgetLine(t, ws, {
    month: '2026-10',
    actual: 50000,
    category: 'sponsored_campaigns',
    objectiveId: sales,
  });
  await budgetLine(t, ws, { month: '2026-11', actual: 77700, objectiveId: sales });
  await campaign(t, ws, {
    network: 'mastodon',
    endDate: '2026-10-20',
    spend: 20000,
    conversions: 2,
    value: 1000,
    objectiveId: awareness,
  });
  // Indicator cards: 5 conversions ≥ 3 (on track), ROI −89.69 % < 10 % (behind); awareness has no post, so no engagements value.
  await indicator(t, ws, sales, { metric: 'conversions', kind: 'roi', target: 3 });
  await indicator(t, ws, sales, { metric: 'roi', kind: 'roi', target: 10 });
  await indicator(t, ws, awareness, { metric: 'engagements', kind: 'roa', target: null });
  return { sales, awareness, launch, education, product, v1a, v1b, v2, v3 };
}

type Ids = Awaited<ReturnType<typeof seed>>;
interface Row {
  key: string;
  label: string;
  posts: number;
  engagements: number | null;
  impressions: number | null;
  linkClicks: number;
  conversions: number;
  attributedValue: number;
  cost: number | null;
  engagementRateImpressions: number | null;
  coverage: { impressions: number; engagements: number; reach: number };
  share?: number;
  targetShare?: number | null;
}
interface Breakdown {
  rows: Row[];
  unassigned: Omit<Row, 'key' | 'label'>;
  notes: string[];
  currency: string;
}

describe.each(DIALECTS)('analytics dashboards on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let ids: Ids;
  const OCT = 'from=2026-10-01&to=2026-10-31';
  const api = (path: string) => `/api/v1/workspaces/${ws}/analytics/${path}`;
  const get = async <T>(path: string, client = owner): Promise<T> => {
    const res = await client.get(api(path));
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    ids = await seed(t, ws);
    // Another workspace with the same rows: any leak would double the figures below.
    const other = await signUp(t.app);
    await seed(t, other.workspaceId);
  });
  afterAll(async () => t.close());

  it('breaks down by network: sums, coverage, median rate, clicks and conversions by their own time', async () => {
    const b = await get<Breakdown>(`breakdown?by=network&${OCT}`);
    expect(b.currency).toBe('EUR');
    expect(b.rows.map((r) => r.key)).toEqual(['bluesky', 'mastodon']);
    const [sky, don] = b.rows;
    // v1a (15 on 100) and v2 (20 on 400): median of [5, 15] at rank ceil(2/2) = 1.
    expect(sky).toMatchObject({
      label: 'Bluesky',
      posts: 2,
      engagements: 35,
      impressions: 500,
      reach: null,
      linkClicks: 4,
      conversions: 3,
      attributedValue: 5000,
      cost: null,
      engagementRateImpressions: 5,
      coverage: { impressions: 2, engagements: 2, reach: 0 },
    });
    // v1b reports 5, v3 nothing: not a zero. The campaign's 2 conversions (10 €) are Mastodon's.
    expect(don).toMatchObject({
      posts: 2,
      engagements: 5,
      impressions: null,
      linkClicks: 0,
      conversions: 2,
      attributedValue: 1000,
      engagementRateImpressions: null,
      coverage: { impressions: 0, engagements: 1, reach: 0 },
    });
    expect(b.unassigned).toMatchObject({ posts: 0, engagements: null, linkClicks: 0, conversions: 0 });
    expect(b.notes).toEqual(['other_currency:1']);
  });

  it('breaks down by objective (through actions) with prorated costs, sorted by label', async () => {
    const b = await get<Breakdown>(`breakdown?by=objective&${OCT}`);
    expect(b.rows.map((r) => r.label)).toEqual(['Awareness', 'Grow sales']);
    const [awareness, sales] = b.rows;
    expect(awareness).toMatchObject({ key: ids.awareness, posts: 0, engagements: null, conversions: 2 });
    expect(awareness).toMatchObject({ attributedValue: 1000, cost: 20000 });
    // v1a, v1b and v2 (through its action); 310 € + 62 € (the action's line), never the paid-media line.
    expect(sales).toMatchObject({
      key: ids.sales,
      posts: 3,
      engagements: 40,
      linkClicks: 4,
      conversions: 3,
      attributedValue: 5000,
      cost: 37200,
    });
    expect(b.unassigned).toMatchObject({ posts: 1, engagements: null, cost: 1000, conversions: 0 });

    // Ten days of October: 310 € × 10/31 + 62 € × 10/31 = 120 €; the campaign ends after.
    const part = await get<Breakdown>('breakdown?by=objective&from=2026-10-01&to=2026-10-10');
    expect(part.rows.find((r) => r.key === ids.sales)?.cost).toBe(12000);
    expect(part.rows.find((r) => r.key === ids.awareness)?.cost).toBe(0);
  });

  it('breaks down by action and by pillar (share against the editorial line’s target)', async () => {
    const byAction = await get<Breakdown>(`breakdown?by=action&${OCT}`);
    expect(byAction.rows).toHaveLength(1);
    expect(byAction.rows[0]).toMatchObject({
      key: ids.launch,
      label: 'Launch',
      posts: 1,
      engagements: 20,
      linkClicks: 1,
      conversions: 1,
      attributedValue: 0,
      cost: 6200,
    });
    expect(byAction.unassigned).toMatchObject({ posts: 3, cost: 31000 + 1000 + 20000 });

    const byPillar = await get<Breakdown>(`breakdown?by=pillar&${OCT}`);
    expect(byPillar.rows.map((r) => [r.label, r.posts, r.share, r.targetShare, r.cost])).toEqual([
      ['Education', 2, 50, 60, null],
      ['Product', 1, 25, 40, null],
    ]);
    expect(byPillar.unassigned).toMatchObject({ posts: 1, share: 25, targetShare: null });
  });

  it('ranks posts, leaving out those whose value is unknown', async () => {
    interface Ranked {
      rows: {
        variantId: string;
        engagements: number | null;
        linkClicks: number | null;
        value: number | null;
      }[];
    }
    const top = await get<Ranked & { rows: { text: string; engagementRateImpressions: number | null }[] }>(
      `posts?order=top&by=engagements&limit=10&${OCT}`,
    );
    expect(top.rows.map((r) => r.variantId)).toEqual([ids.v2, ids.v1a, ids.v1b]); // v3: no snapshot
    expect(top.rows[1]).toMatchObject({
      engagements: 15,
      linkClicks: 3,
      value: 5000,
      engagementRateImpressions: 15,
    });
    expect(top.rows[1]!.text).toHaveLength(140);
    const bottom = await get<Ranked>(`posts?order=bottom&by=engagements&limit=2&${OCT}`);
    expect(bottom.rows.map((r) => r.variantId)).toEqual([ids.v1b, ids.v1a]);
    const rate = await get<Ranked>(`posts?order=top&by=engagement_rate_impressions&${OCT}`);
    expect(rate.rows.map((r) => r.variantId)).toEqual([ids.v1a, ids.v2]);
    // v3 has a link without clicks (0, ranked); v1b has no tracked link (left out).
    const clicks = await get<Ranked>(`posts?order=bottom&by=link_clicks&${OCT}`);
    expect(clicks.rows.map((r) => [r.variantId, r.linkClicks])).toEqual([
      [ids.v3, 0],
      [ids.v2, 1],
      [ids.v1a, 3],
    ]);
  });

  it('buckets the series on the workspace’s wall clock, a DST day lasting 25 hours', async () => {
    interface Series {
      points: {
        from: string;
        to: string;
        fromInstant: string;
        toInstant: string;
        values: Record<string, number | null>;
      }[];
    }
    const s = await get<Series>(
      `series?metrics=posts,engagements,link_clicks,conversions,attributed_value&bucket=day&${OCT}`,
    );
    expect(s.points).toHaveLength(31);
    const day = (d: string) => s.points.find((p) => p.from === d)!;
    expect(day('2026-10-25')).toMatchObject({
      fromInstant: '2026-10-24T22:00:00.000Z',
      toInstant: '2026-10-25T23:00:00.000Z',
      values: { posts: 1, engagements: 20, link_clicks: 0, conversions: 0, attributed_value: 0 },
    });
    expect(day('2026-10-26').values).toMatchObject({
      posts: 0,
      engagements: null,
      link_clicks: 1,
      conversions: 1,
    });
    expect(day('2026-10-05').values).toMatchObject({ posts: 2, engagements: 20, link_clicks: 1 });
    expect(day('2026-10-20').values).toMatchObject({ conversions: 2, attributed_value: 1000 });
    expect(day('2026-10-31').values.link_clicks).toBe(1); // 23:59 in Paris is still the 31st
    const weeks = await get<Series>(`series?metrics=posts&bucket=week&${OCT}`);
    expect(weeks.points.map((p) => [p.from, p.to, p.values.posts])).toEqual([
      ['2026-10-01', '2026-10-04', 0],
      ['2026-10-05', '2026-10-11', 3],
      ['2026-10-12', '2026-10-18', 0],
      ['2026-10-19', '2026-10-25', 1],
      ['2026-10-26', '2026-10-31', 0],
    ]);
  });

  it('summarises for the executive role, against the previous whole month', async () => {
    const exec = await addMember(t.app, t.mailer as MemoryMailer, owner, ws, 'executive');
    interface Executive {
      previousPeriod: { from: string; to: string };
      headline: Record<string, { current: number | null; previous: number | null }>;
      objectives: { id: string; kind: string; cards: Record<string, number> | null }[];
      risks: { kind: string; expectedLoss: number | null }[] | null;
    }
    const e = await get<Executive>(`executive?${OCT}`, exec.client);
    expect(e.previousPeriod).toMatchObject({ from: '2026-09-01', to: '2026-09-30' });
    expect(e.headline).toEqual({
      posts: { current: 4, previous: 1 },
      engagements: { current: 40, previous: 7 },
      linkClicks: { current: 4, previous: 1 },
      conversions: { current: 5, previous: 0 },
      attributedValue: { current: 6000, previous: 0 },
      cost: { current: 58200, previous: 0 },
      // (60 € − 582 €) ÷ 582 € × 100; no cost in September.
      roi: { current: -89.69, previous: null },
    });
    expect(e.objectives.map((o) => [o.id, o.kind, o.cards])).toEqual([
      [ids.sales, 'roi', { on_track: 1, behind: 1, no_target: 0, no_value: 0 }],
      [ids.awareness, 'roa', { on_track: 0, behind: 0, no_target: 0, no_value: 1 }],
    ]);
    expect(Array.isArray(e.risks) && e.risks.length <= 3).toBe(true);
    const approver = await addMember(t.app, t.mailer as MemoryMailer, owner, ws, 'approver');
    expect((await approver.client.get(api('executive'))).statusCode).toBe(403);
  });

  it('names the field of a bad query', async () => {
    const bad = await owner.get(api('breakdown?by=colour'));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('by');
    const long = await owner.get(api('series?from=2025-01-01&to=2026-10-31'));
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('to');
    const metric = await owner.get(api('series?metrics=posts,likes'));
    expect(metric.statusCode).toBe(400);
    expect(metric.body).toContain('metrics');
  });
});
