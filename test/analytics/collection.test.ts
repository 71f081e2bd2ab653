import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { snapshotAccounts } from '../../src/modules/analytics/collection/account-snapshots.js';
import { SnapshotCollector } from '../../src/modules/analytics/collection/snapshot-collector.js';
import { replanAll } from '../../src/modules/analytics/collection/snapshot-planner.js';
import { SNAPSHOT_JOB } from '../../src/modules/analytics/collection/snapshot.jobs.js';
import { ConnectorError } from '../../src/modules/publishing/connectors/connector.errors.js';
import { createMastodonConnector } from '../../src/modules/publishing/connectors/mastodon/mastodon.connector.js';
import { PUBLISH_VARIANT_JOB } from '../../src/modules/publishing/scheduler/publish.jobs.js';
import { createPublishScheduler } from '../../src/modules/publishing/scheduler/scheduler.factory.js';
import { MastodonEmulator } from '../connectors/mastodon/emulator-server.js';
import type { EmuAccount } from '../connectors/mastodon/emulator-state.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

interface Snapshot {
  observedAt: string;
  dueAt: string;
  metrics: Record<string, number>;
  unavailable: string[];
  gone: boolean;
}

// Publish on the Mastodon emulator, move a manual clock along the schedule and run the snapshot jobs by
// hand. On pg-boss every job is due at once (it compares with the database's real time, and the manual
// clock is in the past): the collector decides from the clock and the stored points, so an early run
// stores nothing.
describe.each(DIALECTS)('metric snapshots collected over time (%s)', (dialect) => {
  let t: TestApp;
  let clock: ManualClock;
  let owner: Client;
  let ws: string;
  let email: string;
  let emulator: MastodonEmulator;
  let me: { account: EmuAccount; token: string };
  let fans: EmuAccount[];
  let accountId: string;
  const previousAllow = process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;
  const api = (path: string) => `/api/v1/workspaces/${ws}${path}`;

  async function runPublish(): Promise<void> {
    const scheduler = createPublishScheduler(t.ctx, t.ctx.queue);
    for (const job of await t.ctx.queue.fetch(PUBLISH_VARIANT_JOB, { batchSize: 100 })) {
      await scheduler.publishVariant(job.payload);
      await t.ctx.queue.complete(PUBLISH_VARIANT_JOB, job.id);
    }
  }

  /** Runs the snapshot jobs due now, as the worker would; returns the stored and skipped counts. */
  async function runSnapshots(): Promise<{ stored: number; skipped: number; gone: number; jobs: number }> {
    const collector = new SnapshotCollector(t.ctx);
    const total = { stored: 0, skipped: 0, gone: 0, jobs: 0 };
    for (const job of await t.ctx.queue.fetch(SNAPSHOT_JOB, { batchSize: 100 })) {
      const r = await collector.run(job.payload);
      await t.ctx.queue.complete(SNAPSHOT_JOB, job.id);
      total.stored += r.stored;
      total.skipped += r.skipped;
      total.gone += r.gone;
      total.jobs += 1;
    }
    return total;
  }

  /** Publishes a post now; returns its variant and the status on the emulator. */
  async function publishNow(text: string): Promise<{ variantId: string; statusId: string }> {
    const created = await owner.post(api('/posts'), {
      title: text.slice(0, 20),
      variants: [{ accountId, text }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const postId = created.json<{ data: { id: string } }>().data.id;
    expect((await owner.post(api(`/posts/${postId}/publish-now`))).statusCode).toBe(200);
    await runPublish();
    const v = await t.ctx.database.db
      .selectFrom('post_variants')
      .select(['id', 'remote_id', 'status'])
      .where('post_id', '=', postId)
      .executeTakeFirstOrThrow();
    expect(v.status).toBe('published');
    return { variantId: v.id, statusId: v.remote_id! };
  }

  /** Signs in again after the clock jumped past the session's lifetime. */
  async function signIn(): Promise<void> {
    const res = await owner.post('/api/v1/auth/sign-in', { email, password: 'correct horse battery' });
    expect(res.statusCode, res.body).toBe(200);
    owner.adopt(res);
  }

  async function series(variantId: string) {
    const res = await owner.get(api(`/analytics/variants/${variantId}/metrics`));
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ data: { gone: boolean; unavailable: string[]; snapshots: Snapshot[] } }>().data;
  }

  const like = (statusId: string, n: number) => {
    for (const fan of fans.slice(0, n)) emulator.state.statuses.get(statusId)!.favouritedBy.add(fan.id);
  };
  const reblog = (statusId: string, n: number) => {
    for (const fan of fans.slice(0, n)) emulator.state.statuses.get(statusId)!.rebloggedBy.add(fan.id);
  };

  beforeAll(async () => {
    process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = '1';
    emulator = await MastodonEmulator.start();
    me = emulator.state.createAccount('presence', 'Presence Team');
    fans = ['ana', 'ben', 'cleo', 'dan'].map((n) => emulator.state.createAccount(n, n).account);
    t = await createTestApp(dialect, { clock: 'manual' });
    clock = t.clock as ManualClock;
    clock.set('2026-05-04T08:00:00.000Z');
    ({ client: owner, workspaceId: ws, email } = await signUp(t.app));
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

  let first: { variantId: string; statusId: string };
  let second: { variantId: string; statusId: string };

  it('stores the 1 h and 6 h snapshots with what Mastodon reports, and marks the rest unavailable', async () => {
    first = await publishNow('Spring opening hours are online');
    clock.set('2026-05-04T08:30:00.000Z');
    expect((await runSnapshots()).stored).toBe(0); // nothing due yet

    like(first.statusId, 2);
    reblog(first.statusId, 1);
    clock.set('2026-05-04T09:00:30.000Z');
    expect((await runSnapshots()).stored).toBe(1);
    expect((await runSnapshots()).stored).toBe(0); // the point is answered once

    like(first.statusId, 3);
    clock.set('2026-05-04T14:02:00.000Z');
    expect((await runSnapshots()).stored).toBe(1);

    const s = await series(first.variantId);
    expect(s.gone).toBe(false);
    expect(s.snapshots.map((x) => x.dueAt)).toEqual(['2026-05-04T09:00:00.000Z', '2026-05-04T14:00:00.000Z']);
    expect(s.snapshots.map((x) => x.metrics)).toEqual([
      { likes: 2, reposts: 1, replies: 0 },
      { likes: 3, reposts: 1, replies: 0 },
    ]);
    expect(s.snapshots[0]!.observedAt).toBe('2026-05-04T09:00:30.000Z');
    for (const name of ['impressions', 'reach', 'quotes', 'bookmarks', 'link_clicks', 'video_views']) {
      expect(s.unavailable).toContain(name);
      expect(s.snapshots[0]!.unavailable).toContain(name);
      expect(s.snapshots[0]!.metrics).not.toHaveProperty(name);
    }
    expect(s.unavailable).not.toContain('likes');
  });

  it('marks a deleted post gone and takes no more snapshots of it', async () => {
    clock.set('2026-05-04T15:00:00.000Z');
    second = await publishNow('A post that will not stay');
    clock.set('2026-05-04T16:00:10.000Z');
    expect((await runSnapshots()).stored).toBe(1); // only the new post's 1 h point
    emulator.state.deleteStatus(second.statusId);
    clock.set('2026-05-04T21:00:10.000Z');
    expect(await runSnapshots()).toMatchObject({ stored: 1, gone: 1 });

    clock.set('2026-05-05T16:00:10.000Z'); // both 24 h points have passed: only the live post is read
    expect((await runSnapshots()).stored).toBe(1);
    const gone = await series(second.variantId);
    expect(gone.gone).toBe(true);
    expect(gone.snapshots.map((x) => [x.dueAt, x.gone])).toEqual([
      ['2026-05-04T16:00:00.000Z', false],
      ['2026-05-04T21:00:00.000Z', true],
    ]);
    expect(gone.snapshots[1]!.metrics).toEqual({});
    expect((await series(first.variantId)).snapshots.at(-1)!.dueAt).toBe('2026-05-05T08:00:00.000Z');
  });

  it('catches up after downtime with one snapshot against the latest missed point', async () => {
    // The worker was down from day 1 to day 9 + 2 h: the 7 d, day 8 and day 9 points were missed.
    clock.set('2026-05-13T10:00:00.000Z');
    expect(await runSnapshots()).toMatchObject({ stored: 1, skipped: 2 });
    const s = await series(first.variantId);
    expect(s.snapshots.map((x) => x.dueAt)).toEqual([
      '2026-05-04T09:00:00.000Z',
      '2026-05-04T14:00:00.000Z',
      '2026-05-05T08:00:00.000Z',
      '2026-05-13T08:00:00.000Z',
    ]);
    expect(s.snapshots.at(-1)!.observedAt).toBe('2026-05-13T10:00:00.000Z');
  });

  it('re-plans a variant whose job was lost, and stops after day 30', async () => {
    // Every job settles without running, as a handler that crashed past its retries would: the day-10
    // point has nothing waiting for it any more.
    clock.set('2026-05-14T08:05:00.000Z');
    for (const job of await t.ctx.queue.fetch(SNAPSHOT_JOB, { batchSize: 100 })) {
      await t.ctx.queue.complete(SNAPSHOT_JOB, job.id);
    }
    expect(await replanAll(t.ctx)).toBe(1);
    expect((await runSnapshots()).stored).toBe(1);
    // Down again until 23 h after the day-30 point (2026-06-03T08:00): one last catch-up against it.
    clock.set('2026-06-04T07:00:00.000Z');
    expect(await runSnapshots()).toMatchObject({ stored: 1, skipped: 19 });
    expect((await series(first.variantId)).snapshots.at(-1)!.dueAt).toBe('2026-06-03T08:00:00.000Z');
    expect(await replanAll(t.ctx)).toBe(0);
    clock.set('2026-06-11T09:00:00.000Z');
    expect(await replanAll(t.ctx)).toBe(0);
    expect((await runSnapshots()).stored).toBe(0);
  });

  it('stores a daily account snapshot and serves it by period', async () => {
    me.account.followers.add(fans[0]!.id);
    me.account.followers.add(fans[1]!.id);
    me.account.following.add(fans[2]!.id);
    expect(await snapshotAccounts(t.ctx)).toBe(1);
    clock.set('2026-06-11T20:00:00.000Z');
    expect(await snapshotAccounts(t.ctx)).toBe(0); // once a day
    clock.set('2026-06-12T09:30:00.000Z');
    me.account.followers.add(fans[3]!.id);
    expect(await snapshotAccounts(t.ctx)).toBe(1);

    await signIn();
    const res = await owner.get(
      api(`/analytics/accounts/${accountId}/metrics?from=2026-06-01T00:00:00Z&to=2026-06-30T00:00:00Z`),
    );
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json<{
      data: { unavailable: string[]; snapshots: { observedAt: string; metrics: object }[] };
    }>().data;
    expect(data.unavailable).toEqual([]);
    expect(data.snapshots).toEqual([
      {
        observedAt: '2026-06-11T09:00:00.000Z',
        metrics: { followers: 2, follows: 1, posts: 1 },
        unavailable: [],
      },
      {
        observedAt: '2026-06-12T09:30:00.000Z',
        metrics: { followers: 3, follows: 1, posts: 1 },
        unavailable: [],
      },
    ]);
    const none = await owner.get(api(`/analytics/accounts/${accountId}/metrics?from=2026-07-01T00:00:00Z`));
    expect(none.json<{ data: { snapshots: unknown[] } }>().data.snapshots).toEqual([]);
    const bad = await owner.get(
      api(`/analytics/accounts/${accountId}/metrics?from=2026-06-30T00:00:00Z&to=2026-06-01T00:00:00Z`),
    );
    expect(bad.statusCode).toBe(400);
    expect((await owner.get(api('/analytics/variants/nope/metrics'))).statusCode).toBe(404);
  });

  it('throws transient errors for the queue to retry, and flags an account whose token is revoked', async () => {
    clock.set('2026-06-12T10:00:00.000Z');
    await signIn();
    const third = await publishNow('Summer is coming');
    clock.set('2026-06-12T11:00:05.000Z');
    const failing = createMastodonConnector();
    const flaky = new SnapshotCollector(t.ctx, t.ctx.queue, () =>
      Object.assign(Object.create(failing) as typeof failing, {
        capabilities: failing.capabilities,
        readPostMetrics: () =>
          Promise.reject(new ConnectorError('transient', 'Bad gateway', { code: 'network_error' })),
      }),
    );
    await expect(
      flaky.run({ workspaceId: ws, accountId, dueAt: '2026-06-12T11:00:00.000Z' }),
    ).rejects.toThrow('Bad gateway');
    expect((await series(third.variantId)).snapshots).toEqual([]);

    for (const account of emulator.state.accounts.values()) account.tokens.clear();
    const r = await new SnapshotCollector(t.ctx).run({
      workspaceId: ws,
      accountId,
      dueAt: '2026-06-12T11:00:00.000Z',
    });
    expect(r.error).toMatch(/^auth/);
    const health = await t.ctx.database.db
      .selectFrom('connected_accounts')
      .select('health_status')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    expect(health.health_status).toBe('needs_reconnect');
    expect((await series(third.variantId)).snapshots).toEqual([]);
    // Nothing is read for a flagged account until it is reconnected.
    expect(await replanAll(t.ctx)).toBe(0);
    clock.set('2026-06-13T12:00:00.000Z');
    expect(await snapshotAccounts(t.ctx)).toBe(0);
  });
});
