import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { PUBLISH_VARIANT_JOB } from '../../src/modules/publishing/scheduler/publish.jobs.js';
import { PostsRepository } from '../../src/modules/publishing/scheduler/posts.repository.js';
import { createPublishScheduler } from '../../src/modules/publishing/scheduler/scheduler.factory.js';
import { MastodonEmulator } from '../connectors/mastodon/emulator-server.js';
import { solidPng } from '../connectors/support/png.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

interface VariantJson {
  id: string;
  status: string;
  scheduledAt: string | null;
  remoteUrl: string | null;
  publishedAt: string | null;
  failure: { code: string } | null;
  attempts: number;
}
interface PostJson {
  id: string;
  status: string;
  variants: VariantJson[];
}
interface CheckJson {
  severity: string;
  code: string;
  params: Record<string, string | number>;
}

// End to end on the Mastodon emulator: compose → schedule in Paris time → the worker's jobs publish
// once, with tracked links, thread, first comment, visibility and content warning.
describe.each(DIALECTS)('posts end to end on the Mastodon emulator (%s)', (dialect) => {
  let t: TestApp;
  let clock: ManualClock;
  let owner: Client;
  let ws: string;
  let emulator: MastodonEmulator;
  let token: string;
  let accountId: string;
  const previousAllow = process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;

  const api = (path: string) => `/api/v1/workspaces/${ws}${path}`;

  /** Runs the publish jobs due at the manual clock's now, as the worker does. */
  async function runDue(): Promise<number> {
    const scheduler = createPublishScheduler(t.ctx, t.ctx.queue);
    const jobs = await t.ctx.queue.fetch(PUBLISH_VARIANT_JOB, { batchSize: 100 });
    for (const job of jobs) {
      await scheduler.publishVariant(job.payload);
      await t.ctx.queue.complete(PUBLISH_VARIANT_JOB, job.id);
    }
    return jobs.length;
  }

  async function create(text: string, extra: Record<string, unknown> = {}): Promise<PostJson> {
    const res = await owner.post(api('/posts'), { variants: [{ accountId, text, ...extra }] });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ data: PostJson }>().data;
  }

  const statusesOf = () => [...emulator.state.statuses.values()];

  beforeAll(async () => {
    process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = '1';
    emulator = await MastodonEmulator.start();
    token = emulator.state.createAccount('presence', 'Presence Team').token;
    t = await createTestApp(dialect, { clock: 'manual' });
    clock = t.clock as ManualClock;
    clock.set('2026-03-27T10:00:00.000Z');
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    const res = await owner.post(api('/accounts'), {
      network: 'mastodon',
      instanceUrl: emulator.baseUrl,
      accessToken: token,
    });
    expect(res.statusCode, res.body).toBe(201);
    accountId = res.json<{ data: { id: string } }>().data.id;
  });
  afterAll(async () => {
    if (previousAllow === undefined) delete process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;
    else process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = previousAllow;
    await t.close();
    await emulator.stop();
  });

  it('schedules in Paris time across the 2026-03-29 change and publishes once, with its URL', async () => {
    const upload = await t.app.inject({
      method: 'POST',
      url: api('/media?filename=chart.png'),
      headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': 'image/png' },
      payload: Buffer.from(solidPng(4, 3, [10, 20, 30])),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const mediaId = upload.json<{ data: { id: string } }>().data.id;
    const post = await create('Our spring webinar programme is out: https://example.com/spring?ref=a', {
      media: [{ mediaId, altText: 'The programme as a chart' }],
      thread: [{ text: 'Part two: the speakers', media: [] }],
      firstComment: 'Register early!',
      visibility: 'unlisted',
      contentWarning: 'Long read',
    });
    // 09:00 in Paris on the 29th is already summer time (UTC+2): 07:00 UTC, not 08:00.
    const res = await owner.post(api(`/posts/${post.id}/schedule`), {
      local: '2026-03-29T09:00',
      timeZone: 'Europe/Paris',
    });
    expect(res.statusCode, res.body).toBe(200);
    const scheduled = res.json<{ data: PostJson }>().data;
    expect(scheduled.status).toBe('scheduled');
    expect(scheduled.variants[0]!.scheduledAt).toBe('2026-03-29T07:00:00.000Z');

    const before = statusesOf().length;
    expect(await runDue()).toBe(0); // not due yet
    clock.set('2026-03-29T06:59:00.000Z');
    await runDue();
    expect(statusesOf()).toHaveLength(before);

    clock.set('2026-03-29T07:00:00.000Z');
    expect(await runDue()).toBe(1);
    const got = (await owner.get(api(`/posts/${post.id}`))).json<{ data: PostJson }>().data;
    const v = got.variants[0]!;
    expect(got.status).toBe('published');
    expect(v).toMatchObject({ status: 'published', publishedAt: '2026-03-29T07:00:00.000Z', attempts: 1 });
    expect(v.remoteUrl).toMatch(new RegExp(`^${emulator.baseUrl}/.+`));

    const mine = statusesOf().slice(before);
    // The post, its thread part and the first comment (a self-reply on Mastodon).
    expect(mine).toHaveLength(3);
    const [main, part, comment] = mine;
    expect(v.remoteUrl).toContain(main!.id);
    expect(main!.visibility).toBe('unlisted');
    expect(main!.spoilerText).toBe('Long read');
    expect(main!.mediaIds).toHaveLength(1);
    expect(emulator.state.media.get(main!.mediaIds[0]!)?.description).toBe('The programme as a chart');
    // The link was rewritten to a tracked short link at publish time.
    expect(main!.source).not.toContain('example.com');
    expect(main!.source).toContain(`${t.ctx.config.publicUrl}/l/`);
    expect(part!.source).toBe('Part two: the speakers');
    expect(part!.inReplyToId).toBe(main!.id);
    expect(comment!.source).toBe('Register early!');

    // Running the queue again publishes nothing more.
    clock.advance(3_600_000);
    await runDue();
    expect(statusesOf()).toHaveLength(before + 3);
  });

  it('moves a time in the spring-forward gap after the jump and says so', async () => {
    clock.set('2026-03-27T10:00:00.000Z');
    const post = await create('A post at a time that does not exist in Paris');
    const res = await owner.post(api(`/posts/${post.id}/schedule`), {
      local: '2026-03-29T02:30',
      timeZone: 'Europe/Paris',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ data: PostJson; checks: { items: CheckJson[] } }>();
    expect(body.data.variants[0]!.scheduledAt).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(body.checks.items).toContainEqual(
      expect.objectContaining({
        severity: 'info',
        code: 'time_shifted_by_dst',
        params: { asked: '2026-03-29T02:30', actual: '2026-03-29T03:30', timeZone: 'Europe/Paris' },
      }),
    );
    await owner.post(api(`/posts/${post.id}/unschedule`));
  });

  it('after a reconnect, failed future variants go back on schedule and past ones stay failed', async () => {
    clock.set('2026-04-01T10:00:00.000Z');
    const past = await create('Due while the token was revoked');
    const future = await create('Due next week');
    await owner.post(api(`/posts/${past.id}/schedule`), { scheduledAt: '2026-04-01T10:05:00.000Z' });
    await owner.post(api(`/posts/${future.id}/schedule`), { scheduledAt: '2026-04-08T10:00:00.000Z' });

    emulator.revokeToken(token);
    clock.set('2026-04-01T10:05:00.000Z');
    await runDue();
    const failed = (await owner.get(api(`/posts/${past.id}`))).json<{ data: PostJson }>().data.variants[0]!;
    expect(failed).toMatchObject({ status: 'failed', failure: { code: 'account_needs_reconnect' } });

    // The future variant failed the same way (as it would when a publish found the account flagged).
    const futureId = future.variants[0]!.id;
    const posts = new PostsRepository(t.ctx.database.db);
    await posts.markFailed(ws, futureId, {
      code: 'account_needs_reconnect',
      reason: 'The account must be reconnected before it can publish.',
      rawError: null,
      now: clock.now().toISOString(),
    });
    await t.ctx.queue.cancelBySingletonKey(PUBLISH_VARIANT_JOB, futureId);

    // Checks block scheduling while the account needs reconnecting.
    const blocked = await owner.post(api(`/posts/${past.id}/variants/${failed.id}/retry`));
    expect(blocked.statusCode, blocked.body).toBe(422);
    expect(blocked.json<{ code: string }>().code).toBe('checks_blocking');

    const account = emulator.state.accountByUsername('presence')!;
    const fresh = 'fresh-token-after-reconnect-0123456789';
    account.tokens.add(fresh);
    const rec = await owner.post(api(`/accounts/${accountId}/reconnect`), {
      network: 'mastodon',
      instanceUrl: emulator.baseUrl,
      accessToken: fresh,
    });
    expect(rec.statusCode, rec.body).toBe(200);

    const afterPast = (await owner.get(api(`/posts/${past.id}`))).json<{ data: PostJson }>().data
      .variants[0]!;
    const afterFuture = (await owner.get(api(`/posts/${future.id}`))).json<{ data: PostJson }>().data
      .variants[0]!;
    expect(afterPast.status).toBe('failed');
    expect(afterFuture).toMatchObject({
      status: 'scheduled',
      scheduledAt: '2026-04-08T10:00:00.000Z',
      failure: null,
    });

    // The future one has its job again: it publishes at its time.
    clock.set('2026-04-08T10:00:00.000Z');
    await runDue();
    const published = (await owner.get(api(`/posts/${future.id}`))).json<{ data: PostJson }>().data
      .variants[0]!;
    expect(published.status).toBe('published');

    // The past one is retried by hand: same variant, same idempotency key, published once.
    const before = statusesOf().length;
    const retry = await owner.post(api(`/posts/${past.id}/variants/${failed.id}/retry`));
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json<{ data: PostJson }>().data.variants[0]!.status).toBe('scheduled');
    await runDue();
    await runDue();
    const done = (await owner.get(api(`/posts/${past.id}`))).json<{ data: PostJson }>().data.variants[0]!;
    expect(done).toMatchObject({ status: 'published', attempts: 2 });
    expect(statusesOf()).toHaveLength(before + 1);
    const attempts = (await owner.get(api(`/posts/${past.id}/attempts`))).json<{
      data: { outcome: string }[];
    }>();
    expect(attempts.data.map((a) => a.outcome)).toEqual(['auth', 'published']);
  });
});
