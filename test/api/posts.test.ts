import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { newId } from '../../src/core/ids.js';
import { PUBLISH_VARIANT_JOB } from '../../src/modules/publishing/scheduler/publish.jobs.js';
import { ConnectedAccountsRepository } from '../../src/modules/publishing/scheduler/connected-accounts.repository.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { addMember } from '../support/resource-factories.js';

interface VariantJson {
  id: string;
  accountId: string;
  network: string;
  text: string;
  status: string;
  scheduledAt: string | null;
}
interface PostJson {
  id: string;
  title: string;
  status: string;
  pillarId: string | null;
  scheduledAt: string | null;
  createdBy: { id: string; name: string } | null;
  variants: VariantJson[];
}
interface CheckJson {
  severity: string;
  code: string;
  variantIndex: number | null;
  path: string;
  params: Record<string, string | number>;
}
interface ChecksJson {
  items: CheckJson[];
  blocking: boolean;
  lengths: { variantIndex: number; used: number; limit: number; unit: string }[];
}

describe.each(DIALECTS)('posts API on %s', (dialect) => {
  let t: TestApp;
  let clock: ManualClock;
  let owner: Client;
  let ws: string;
  let masto: string;
  let bsky: string;
  let pillarId: string;

  const api = (path: string) => `/api/v1/workspaces/${ws}${path}`;
  const T = '2026-12-01T08:00:00.000Z';

  async function account(network: 'mastodon' | 'bluesky'): Promise<string> {
    const id = newId();
    await new ConnectedAccountsRepository(t.ctx.database.db, t.ctx.secrets).create({
      id,
      workspaceId: ws,
      network,
      remoteId: `remote-${id}`,
      handle: `${network}-${id.slice(-6)}`,
      displayName: null,
      avatarUrl: null,
      profileUrl: null,
      credentials: { token: 'x' },
      now: clock.now().toISOString(),
    });
    return id;
  }

  async function create(body: Record<string, unknown>): Promise<{ data: PostJson; checks: ChecksJson }> {
    const res = await owner.post(api('/posts'), body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  const twoVariants = (a: string, b: string) => ({
    variants: [
      { accountId: masto, text: a },
      { accountId: bsky, text: b },
    ],
  });

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    clock = t.clock as ManualClock;
    clock.set('2026-11-20T10:00:00.000Z');
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    masto = await account('mastodon');
    bsky = await account('bluesky');
    const line = await owner.put(api('/editorial-line'), {
      wordsToAvoid: ['cheap'],
      requiredHashtags: ['presence'],
      pillars: [{ name: 'Expertise', targetShare: 60, colour: '#1f6feb' }],
    });
    expect(line.statusCode, line.body).toBe(200);
    pillarId = line.json<{ data: { pillars: { id: string }[] } }>().data.pillars[0]!.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the networks with their limits', async () => {
    const res = await owner.get(api('/publishing/networks'));
    expect(res.statusCode).toBe(200);
    const data = res.json<{
      data: { id: string; name: string; capabilities: { text: { maxLength: number } } }[];
    }>().data;
    expect(data.map((n) => [n.id, n.name, n.capabilities.text.maxLength])).toEqual([
      ['bluesky', 'Bluesky', 300],
      ['mastodon', 'Mastodon', 500],
    ]);
  });

  it('checks a post live: copy-paste, editorial line, lengths, without writing', async () => {
    const res = await owner.post(
      api('/posts/check'),
      twoVariants('A cheap trick for planning', 'A cheap trick for planning'),
    );
    expect(res.statusCode, res.body).toBe(200);
    const { checks } = res.json<{ checks: ChecksJson }>();
    const codes = checks.items.map((c) => `${c.code}:${c.path}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'word_to_avoid:variants.0.text',
        'missing_hashtag:variants.1.text',
        'variants_identical:variants.1.text',
        'no_pillar:pillarId',
      ]),
    );
    expect(checks.blocking).toBe(false);
    expect(checks.lengths).toEqual([
      { variantIndex: 0, used: 26, limit: 500, unit: 'characters' },
      { variantIndex: 1, used: 26, limit: 300, unit: 'graphemes' },
    ]);
    const list = await owner.get(api('/posts'));
    expect(list.json<{ data: unknown[] }>().data).toEqual([]);
  });

  it('measures lengths as published: a tracked link counts as a short link; unknown media block', async () => {
    const text = `${'a'.repeat(250)} https://example.com/${'p'.repeat(80)}`;
    const check = async (body: Record<string, unknown>) =>
      (await owner.post(api('/posts/check'), body)).json<{ checks: ChecksJson }>().checks;
    const raw = await check({ trackLinks: false, variants: [{ accountId: bsky, text }] });
    expect(raw.blocking).toBe(true);
    expect(raw.lengths[0]!.used).toBe(351);
    const tracked = await check({ variants: [{ accountId: bsky, text }] });
    expect(tracked.blocking).toBe(false);
    expect(tracked.lengths[0]!.used).toBeLessThan(300);
    const media = await check({
      variants: [{ accountId: masto, text: 'x', media: [{ mediaId: 'not-uploaded', altText: 'a' }] }],
    });
    expect(media.items).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'media_unavailable', path: 'variants.0.media.0' }),
    );
  });

  it('refuses the same account twice and an account of nowhere, naming the field', async () => {
    const twice = await owner.post(api('/posts'), {
      variants: [
        { accountId: masto, text: 'a' },
        { accountId: masto, text: 'b' },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('variants.1.accountId');
    const unknown = await owner.post(api('/posts'), { variants: [{ accountId: 'nope', text: 'a' }] });
    expect(unknown.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('variants.0.accountId');
    const pillar = await owner.post(api('/posts'), {
      pillarId: 'other',
      variants: [{ accountId: masto, text: 'a' }],
    });
    expect(pillar.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('pillarId');
  });

  it('creates a draft post with a default title, its author, and audits it', async () => {
    const { data, checks } = await create({
      pillarId,
      ...twoVariants('First words of the post #presence', 'Bluesky words #presence'),
    });
    expect(data).toMatchObject({
      title: 'First words of the post #presence',
      status: 'draft',
      pillarId,
      scheduledAt: null,
    });
    expect(data.createdBy?.name).toBe('Alice Martin');
    expect(data.variants.map((v) => [v.network, v.status])).toEqual([
      ['mastodon', 'draft'],
      ['bluesky', 'draft'],
    ]);
    expect(checks.items).toEqual([]);
    const audit = await owner.get(api(`/audit?objectId=${data.id}`));
    expect(audit.json<{ data: { action: string }[] }>().data.map((e) => e.action)).toContain('post.created');
  });

  it('schedules: refuses past times and blocking checks, then gives each variant one job', async () => {
    const { data } = await create({
      pillarId,
      ...twoVariants('Scheduled one #presence', 'Scheduled two #presence'),
    });
    const past = await owner.post(api(`/posts/${data.id}/schedule`), {
      scheduledAt: '2026-11-20T09:58:00.000Z',
    });
    expect(past.statusCode).toBe(422);
    expect(past.json<{ code: string }>().code).toBe('scheduled_in_past');

    const long = await owner.patch(api(`/posts/${data.id}`), {
      variants: [
        { id: data.variants[0]!.id, accountId: masto, text: 'Scheduled one #presence' },
        { id: data.variants[1]!.id, accountId: bsky, text: 'x'.repeat(301) },
      ],
    });
    expect(long.statusCode, long.body).toBe(200); // drafts may be over the limit
    const blocked = await owner.post(api(`/posts/${data.id}/schedule`), { scheduledAt: T });
    expect(blocked.statusCode).toBe(422);
    const problem = blocked.json<{ code: string; checks: ChecksJson }>();
    expect(problem.code).toBe('checks_blocking');
    expect(problem.checks.items).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'text_too_long',
        path: 'variants.1.text',
        params: { limit: 300, actual: 301 },
      }),
    );

    // Scheduling only the valid variant works.
    const one = await owner.post(api(`/posts/${data.id}/schedule`), {
      scheduledAt: T,
      variantIds: [data.variants[0]!.id],
    });
    expect(one.statusCode, one.body).toBe(200);
    const after = one.json<{ data: PostJson }>().data;
    expect(after.variants.map((v) => v.status)).toEqual(['scheduled', 'draft']);
    expect(after.status).toBe('draft'); // the least advanced
    expect(after.scheduledAt).toBe(T);

    // Editing the scheduled variant into something blocking is refused and changes nothing.
    const bad = await owner.patch(api(`/posts/${data.id}`), {
      variants: [
        { id: data.variants[0]!.id, accountId: masto, text: 'y'.repeat(501) },
        { id: data.variants[1]!.id, accountId: bsky, text: 'x'.repeat(301) },
      ],
    });
    expect(bad.statusCode).toBe(422);
    const still = (await owner.get(api(`/posts/${data.id}`))).json<{ data: PostJson }>().data;
    expect(still.variants[0]!.text).toBe('Scheduled one #presence');

    // Its job runs at T: before T the queue hands out nothing for it.
    expect(await t.ctx.queue.fetch(PUBLISH_VARIANT_JOB, { batchSize: 100 })).toEqual([]);
    await owner.post(api(`/posts/${data.id}/unschedule`));
  });

  it('reschedules the whole post keeping the gap between its variants', async () => {
    const { data } = await create({
      pillarId,
      ...twoVariants('Stagger one #presence', 'Stagger two #presence'),
    });
    const [a, b] = data.variants;
    await owner.post(api(`/posts/${data.id}/schedule`), { scheduledAt: T, variantIds: [a!.id] });
    await owner.post(api(`/posts/${data.id}/schedule`), {
      scheduledAt: '2026-12-01T09:30:00.000Z',
      variantIds: [b!.id],
    });
    const res = await owner.post(api(`/posts/${data.id}/reschedule`), {
      local: '2026-12-03T10:00',
      timeZone: 'Europe/Paris',
    });
    expect(res.statusCode, res.body).toBe(200);
    const moved = res.json<{ data: PostJson }>().data;
    expect(moved.variants.map((v) => v.scheduledAt)).toEqual([
      '2026-12-03T09:00:00.000Z',
      '2026-12-03T10:30:00.000Z',
    ]);
    expect(moved.variants.map((v) => v.status)).toEqual(['scheduled', 'scheduled']);

    const un = await owner.post(api(`/posts/${data.id}/unschedule`));
    expect(un.json<{ data: PostJson }>().data.variants.map((v) => v.status)).toEqual(['draft', 'draft']);
    const again = await owner.post(api(`/posts/${data.id}/unschedule`));
    expect(again.statusCode).toBe(409);
  });

  it('edits the variant list: adds, removes, and keeps the account of a variant', async () => {
    const { data } = await create({ variants: [{ accountId: masto, text: 'Only Mastodon #presence' }] });
    const added = await owner.patch(api(`/posts/${data.id}`), {
      title: 'Renamed',
      variants: [
        { id: data.variants[0]!.id, accountId: masto, text: 'Only Mastodon #presence' },
        { accountId: bsky, text: 'Now on Bluesky too #presence' },
      ],
    });
    expect(added.statusCode, added.body).toBe(200);
    const post = added.json<{ data: PostJson }>().data;
    expect(post.title).toBe('Renamed');
    expect(post.variants.map((v) => v.network)).toEqual(['mastodon', 'bluesky']);

    const swap = await owner.patch(api(`/posts/${data.id}`), {
      variants: [{ id: data.variants[0]!.id, accountId: bsky, text: 'x' }],
    });
    expect(swap.statusCode).toBe(400);
    expect(swap.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('variants.0.accountId');

    const removed = await owner.patch(api(`/posts/${data.id}`), {
      variants: [{ id: post.variants[1]!.id, accountId: bsky, text: 'Bluesky only now #presence' }],
    });
    expect(removed.json<{ data: PostJson }>().data.variants.map((v) => v.network)).toEqual(['bluesky']);
  });

  it('cancels, lists with filters, deletes', async () => {
    const { data } = await create({
      pillarId,
      ...twoVariants('To cancel #presence', 'To cancel too #presence'),
    });
    await owner.post(api(`/posts/${data.id}/schedule`), { scheduledAt: '2026-12-10T08:00:00.000Z' });
    const cancelled = await owner.post(api(`/posts/${data.id}/cancel`));
    expect(cancelled.json<{ data: PostJson }>().data.status).toBe('cancelled');

    const period = await owner.get(api('/posts?from=2026-12-03T00:00:00.000Z&to=2026-12-04T00:00:00.000Z'));
    expect(period.json<{ data: PostJson[] }>().data.map((p) => p.title)).toEqual(['Stagger one #presence']);
    const drafts = await owner.get(
      api('/posts?status=draft&from=2026-12-03T00:00:00.000Z&to=2026-12-04T00:00:00.000Z'),
    );
    const draftTitles = drafts.json<{ data: PostJson[] }>().data.map((p) => p.title);
    expect(draftTitles).toContain('Stagger one #presence');
    expect(draftTitles).toContain('Renamed'); // a draft with no time, listed whatever the period
    const byNetwork = await owner.get(api(`/posts?network=bluesky&q=bluesky only`));
    expect(byNetwork.json<{ data: PostJson[] }>().data.map((p) => p.title)).toEqual(['Renamed']);
    const paged = await owner.get(api('/posts?limit=2'));
    const page = paged.json<{ data: PostJson[]; nextCursor: string | null }>();
    expect(page.data).toHaveLength(2);
    const next = await owner.get(api(`/posts?limit=100&cursor=${page.nextCursor}`));
    expect(next.json<{ data: PostJson[] }>().data.map((p) => p.id)).not.toContain(page.data[0]!.id);

    expect((await owner.delete(api(`/posts/${data.id}`))).statusCode).toBe(204);
    expect((await owner.get(api(`/posts/${data.id}`))).statusCode).toBe(404);
  });

  it('shows the content mix of a period and the filter lists', async () => {
    const { data } = await create({ pillarId, ...twoVariants('Mix one #presence', 'Mix two #presence') });
    await owner.post(api(`/posts/${data.id}/schedule`), { scheduledAt: '2027-01-05T08:00:00.000Z' });
    const other = await create({ variants: [{ accountId: masto, text: 'No pillar #presence' }] });
    await owner.post(api(`/posts/${other.data.id}/schedule`), { scheduledAt: '2027-01-06T08:00:00.000Z' });
    const mix = await owner.get(
      api('/calendar/mix?from=2027-01-01T00:00:00.000Z&to=2027-02-01T00:00:00.000Z'),
    );
    expect(mix.statusCode, mix.body).toBe(200);
    expect(mix.json<{ data: unknown }>().data).toEqual({
      pillars: [
        { pillarId, name: 'Expertise', colour: '#1f6feb', targetShare: 60, actualShare: 50, count: 1 },
      ],
      unassigned: 1,
      total: 2,
    });
    const filters = (await owner.get(api('/calendar/filters'))).json<{
      data: { pillars: { id: string }[]; accounts: { id: string }[]; authors: { name: string }[] };
    }>().data;
    expect(filters.pillars.map((p) => p.id)).toEqual([pillarId]);
    expect(filters.accounts.map((a) => a.id).sort()).toEqual([masto, bsky].sort());
    expect(filters.authors.map((a) => a.name)).toEqual(['Alice Martin']);
  });

  it("queues each variant into its account's next free posting slot", async () => {
    const { data } = await create({
      pillarId,
      ...twoVariants('Queued one #presence', 'Queued two #presence'),
    });
    const none = await owner.post(api(`/posts/${data.id}/queue`));
    expect(none.statusCode).toBe(422);
    expect(none.json<{ code: string; accountId: string }>()).toMatchObject({
      code: 'no_free_slot',
      accountId: masto,
    });

    // Mondays 09:00 and Tuesdays 09:00 in the workspace zone (Paris, UTC+1 in November).
    const slots = [
      { weekday: 1, time: '09:00' },
      { weekday: 2, time: '09:00' },
    ];
    for (const id of [masto, bsky]) {
      const put = await owner.put(api(`/accounts/${id}/slots`), { slots });
      expect(put.statusCode, put.body).toBe(200);
    }
    // Monday's slot on Mastodon is taken by another post already.
    const other = await create({ pillarId, variants: [{ accountId: masto, text: 'Taken slot #presence' }] });
    await owner.post(api(`/posts/${other.data.id}/schedule`), { scheduledAt: '2026-11-23T08:00:00.000Z' });

    const res = await owner.post(api(`/posts/${data.id}/queue`));
    expect(res.statusCode, res.body).toBe(200);
    const queued = res.json<{ data: PostJson }>().data;
    expect(queued.variants.map((v) => [v.network, v.status, v.scheduledAt])).toEqual([
      ['mastodon', 'scheduled', '2026-11-24T08:00:00.000Z'],
      ['bluesky', 'scheduled', '2026-11-23T08:00:00.000Z'],
    ]);
    await owner.post(api(`/posts/${data.id}/cancel`));
    await owner.post(api(`/posts/${other.data.id}/cancel`));
  });

  it('lets an editor write drafts but not schedule them', async () => {
    const editor = await addMember(t.app, ws, 'editor');
    const res = await editor.client.post(api('/posts'), {
      variants: [{ accountId: masto, text: 'Editor draft' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<{ data: PostJson }>().data.id;
    const schedule = await editor.client.post(api(`/posts/${id}/schedule`), { scheduledAt: T });
    expect(schedule.statusCode).toBe(403);
    const cm = await addMember(t.app, ws, 'community_manager');
    const ok = await cm.client.post(api(`/posts/${id}/schedule`), { scheduledAt: T });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});
