import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { PUBLISH_VARIANT_JOB } from '../../src/modules/publishing/scheduler/publish.jobs.js';
import { createPublishScheduler } from '../../src/modules/publishing/scheduler/scheduler.factory.js';
import { MastodonEmulator } from '../connectors/mastodon/emulator-server.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

// A published or failed post reaches the outside world once: the post.published / post.failed
// webhook deliveries, and the author's notification.
describe.each(DIALECTS)('publish outcomes: webhooks and notifications (%s)', (dialect) => {
  let t: TestApp;
  let clock: ManualClock;
  let owner: Client;
  let ws: string;
  let emulator: MastodonEmulator;
  let accountId: string;
  const previousAllow = process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;
  const api = (path: string) => `/api/v1/workspaces/${ws}${path}`;

  async function runDue(): Promise<void> {
    const scheduler = createPublishScheduler(t.ctx, t.ctx.queue);
    for (const job of await t.ctx.queue.fetch(PUBLISH_VARIANT_JOB, { batchSize: 100 })) {
      await scheduler.publishVariant(job.payload);
      await t.ctx.queue.complete(PUBLISH_VARIANT_JOB, job.id);
    }
  }

  async function publishNow(text: string): Promise<string> {
    const created = await owner.post(api('/posts'), {
      title: text.slice(0, 20),
      variants: [{ accountId, text }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const postId = created.json<{ data: { id: string } }>().data.id;
    const res = await owner.post(api(`/posts/${postId}/publish-now`));
    expect(res.statusCode, res.body).toBe(200);
    return postId;
  }

  const deliveries = (type: string) =>
    t.ctx.database.db
      .selectFrom('webhook_deliveries')
      .select(['event_type', 'payload'])
      .where('workspace_id', '=', ws)
      .where('event_type', '=', type)
      .execute();
  const notifications = (type: string) =>
    t.ctx.database.db
      .selectFrom('notifications')
      .select(['type', 'user_id', 'link'])
      .where('workspace_id', '=', ws)
      .where('type', '=', type)
      .execute();

  beforeAll(async () => {
    process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = '1';
    emulator = await MastodonEmulator.start();
    const token = emulator.state.createAccount('presence', 'Presence Team').token;
    t = await createTestApp(dialect, { clock: 'manual' });
    clock = t.clock as ManualClock;
    clock.set('2026-05-04T08:00:00.000Z');
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    const res = await owner.post(api('/accounts'), {
      network: 'mastodon',
      instanceUrl: emulator.baseUrl,
      accessToken: token,
    });
    expect(res.statusCode, res.body).toBe(201);
    accountId = res.json<{ data: { id: string } }>().data.id;
    const hook = await owner.post(api('/webhooks'), {
      url: 'http://127.0.0.1:9/presence',
      kind: 'generic',
      events: ['post.published', 'post.failed'],
    });
    expect(hook.statusCode, hook.body).toBe(201);
  });
  afterAll(async () => {
    if (previousAllow === undefined) delete process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;
    else process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = previousAllow;
    await t.close();
    await emulator.stop();
  });

  it('fires post.published once and tells the author', async () => {
    const postId = await publishNow('Spring opening hours are online');
    await runDue();
    await runDue();
    const sent = await deliveries('post.published');
    expect(sent).toHaveLength(1);
    const payload = (
      typeof sent[0]!.payload === 'string' ? JSON.parse(sent[0]!.payload) : sent[0]!.payload
    ) as {
      data: { postId: string; network: string; url: string };
    };
    expect(payload.data).toMatchObject({ postId, network: 'mastodon' });
    expect(payload.data.url).toMatch(/^http:\/\/127\.0\.0\.1/);
    const told = await notifications('post.published');
    expect(told).toEqual([
      { type: 'post.published', user_id: owner.userId, link: `/w/${ws}/posts/${postId}` },
    ]);
  });

  it('fires post.failed once with the reason when the network refuses the credentials', async () => {
    const postId = await publishNow('This one cannot go out');
    // The token is revoked on the network: a 401, the account is flagged and the post kept, failed.
    for (const account of emulator.state.accounts.values()) account.tokens.clear();
    await runDue();
    await runDue();
    const failed = await deliveries('post.failed');
    expect(failed).toHaveLength(1);
    const payload = (
      typeof failed[0]!.payload === 'string' ? JSON.parse(failed[0]!.payload) : failed[0]!.payload
    ) as {
      data: { postId: string; code: string };
    };
    expect(payload.data).toMatchObject({ postId, code: 'account_needs_reconnect' });
    expect(await notifications('post.failed')).toHaveLength(1);
    expect(await deliveries('post.published')).toHaveLength(1);
  });
});
