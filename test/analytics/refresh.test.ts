import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { SnapshotCollector } from '../../src/modules/analytics/collection/snapshot-collector.js';
import { SNAPSHOT_JOB } from '../../src/modules/analytics/collection/snapshot.jobs.js';
import { PUBLISH_VARIANT_JOB } from '../../src/modules/publishing/scheduler/publish.jobs.js';
import { createPublishScheduler } from '../../src/modules/publishing/scheduler/scheduler.factory.js';
import { MastodonEmulator } from '../connectors/mastodon/emulator-server.js';
import type { EmuAccount } from '../connectors/mastodon/emulator-state.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

// "Refresh metrics now": on-demand readings are stored beside the schedule, never in place of a point.
describe.each(DIALECTS)('refreshing metrics on demand (%s)', (dialect) => {
  let t: TestApp;
  let clock: ManualClock;
  let owner: Client;
  let ws: string;
  let emulator: MastodonEmulator;
  let me: { account: EmuAccount; token: string };
  let fan: EmuAccount;
  let accountId: string;
  const previousAllow = process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;
  const api = (path: string) => `/api/v1/workspaces/${ws}${path}`;

  beforeAll(async () => {
    process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = '1';
    emulator = await MastodonEmulator.start();
    me = emulator.state.createAccount('presence', 'Presence Team');
    fan = emulator.state.createAccount('ana', 'Ana').account;
    t = await createTestApp(dialect, { clock: 'manual' });
    clock = t.clock as ManualClock;
    clock.set('2026-06-01T08:00:00.000Z');
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    const res = await owner.post(api('/accounts'), {
      network: 'mastodon',
      instanceUrl: emulator.baseUrl,
      accessToken: me.token,
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

  it('reads posts and accounts now, keeps the 1 h point due, and refuses a second refresh within a minute', async () => {
    const created = await owner.post(api('/posts'), {
      title: 'Refresh',
      variants: [{ accountId, text: 'Our summer menu is out' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const postId = created.json<{ data: { id: string } }>().data.id;
    expect((await owner.post(api(`/posts/${postId}/publish-now`))).statusCode).toBe(200);
    const scheduler = createPublishScheduler(t.ctx, t.ctx.queue);
    for (const job of await t.ctx.queue.fetch(PUBLISH_VARIANT_JOB, { batchSize: 10 })) {
      await scheduler.publishVariant(job.payload);
      await t.ctx.queue.complete(PUBLISH_VARIANT_JOB, job.id);
    }
    const variant = await t.ctx.database.db
      .selectFrom('post_variants')
      .select(['id', 'remote_id'])
      .where('post_id', '=', postId)
      .executeTakeFirstOrThrow();
    emulator.state.statuses.get(variant.remote_id!)!.favouritedBy.add(fan.id);

    clock.set('2026-06-01T08:20:00.000Z');
    const first = await owner.post(api('/analytics/refresh'));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<{ data: unknown }>().data).toMatchObject({
      accounts: 1,
      postSnapshots: 1,
      accountSnapshots: 1,
      failed: [],
    });
    const again = await owner.post(api('/analytics/refresh'));
    expect(again.statusCode).toBe(429);
    expect(again.json<{ code: string }>().code).toBe('refresh_too_soon');

    // The scheduled 1 h reading still happens after the on-demand one.
    clock.set('2026-06-01T09:00:30.000Z');
    const collector = new SnapshotCollector(t.ctx);
    let stored = 0;
    for (const job of await t.ctx.queue.fetch(SNAPSHOT_JOB, { batchSize: 10 })) {
      stored += (await collector.run(job.payload)).stored;
      await t.ctx.queue.complete(SNAPSHOT_JOB, job.id);
    }
    expect(stored).toBe(1);
    const rows = await t.ctx.database.db
      .selectFrom('post_metric_snapshots')
      .select(['due_at', 'on_demand', 'metrics'])
      .where('variant_id', '=', variant.id)
      .orderBy('observed_at')
      .execute();
    expect(rows.map((r) => [new Date(r.due_at).toISOString(), r.on_demand])).toEqual([
      ['2026-06-01T08:20:00.000Z', 1],
      ['2026-06-01T09:00:00.000Z', 0],
    ]);
    expect(JSON.parse(rows[0]!.metrics)).toMatchObject({ likes: 1 });
    clock.set('2026-06-01T09:02:00.000Z');
    expect((await owner.post(api('/analytics/refresh'))).statusCode).toBe(200);
  });
});
