import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { SecretBox } from '../../src/core/secrets.js';
import { SqlJobQueue } from '../../src/modules/jobs/sql-job-queue.js';
import { ConnectorError } from '../../src/modules/publishing/connectors/connector.errors.js';
import { ConnectedAccountsRepository } from '../../src/modules/publishing/scheduler/connected-accounts.repository.js';
import {
  PublishAttemptsRepository,
  PublishingSettingsRepository,
} from '../../src/modules/publishing/scheduler/publish-attempts.repository.js';
import { PUBLISH_VARIANT_JOB } from '../../src/modules/publishing/scheduler/publish.jobs.js';
import { PostsRepository } from '../../src/modules/publishing/scheduler/posts.repository.js';
import { PublishScheduler } from '../../src/modules/publishing/scheduler/scheduler.service.js';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../support/databases.js';
import { FakeConnector } from './support/fake-connector.js';
import { TEST_SECRET, seedScheduled, seedWorkspace } from './support/seed.js';

describe.each(DIALECTS)('PublishScheduler on %s', (dialect) => {
  let tdb: TestDatabase;
  const secrets = new SecretBox(TEST_SECRET);
  const clock = new ManualClock('2026-03-02T10:00:00.000Z');
  const T0 = '2026-03-02T10:00:00.000Z';

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await tdb.drop();
  });

  async function setup() {
    clock.set(T0);
    const db = tdb.database.db;
    const queue = new SqlJobQueue(db, dialect, () => clock.now());
    const connector = new FakeConnector();
    const scheduler = new PublishScheduler({ db, secrets, clock, queue, connectorFor: () => connector });
    const ws = await seedWorkspace(db, secrets, T0);
    const posts = new PostsRepository(db);
    const attempts = new PublishAttemptsRepository(db);
    const accounts = new ConnectedAccountsRepository(db, secrets);
    /** Runs the publish jobs due now, as a worker would. */
    const runDue = async () => {
      for (const job of await queue.fetch(PUBLISH_VARIANT_JOB, { batchSize: 100 })) {
        await scheduler.publishVariant(job.payload);
        await queue.complete(PUBLISH_VARIANT_JOB, job.id);
      }
    };
    return { db, queue, connector, scheduler, ws, posts, attempts, accounts, runDue };
  }

  it('publishes a variant when due, once, recording the attempt and the remote post', async () => {
    const s = await setup();
    const [id] = await seedScheduled(s.db, s.ws, 1, '2026-03-02T10:05:00.000Z', T0);
    await s.scheduler.schedule(s.ws.workspaceId, id!, new Date('2026-03-02T10:05:00.000Z'));
    await s.runDue();
    expect(s.connector.calls).toEqual([]);
    clock.set('2026-03-02T10:05:00.000Z');
    await s.runDue();
    await s.runDue();
    const v = await s.posts.getVariant(s.ws.workspaceId, id!);
    expect(v).toMatchObject({
      status: 'published',
      remoteId: `remote-${v!.idempotencyKey}`,
      publishedLate: false,
    });
    expect(s.connector.published).toEqual([v!.idempotencyKey]);
    const list = await s.attempts.list(s.ws.workspaceId, id!);
    expect(list.map((a) => a.outcome)).toEqual(['published']);
  });

  it('retries transient errors with backoff and honours Retry-After on rate limits', async () => {
    const s = await setup();
    const [id] = await seedScheduled(s.db, s.ws, 1, T0, T0);
    await s.scheduler.schedule(s.ws.workspaceId, id!, new Date(T0));
    s.connector.script(
      new ConnectorError('transient', '503', { code: 'unavailable' }),
      new ConnectorError('rate_limited', '429', { code: 'rate_limited', retryAfterMs: 600_000 }),
    );
    await s.runDue();
    expect((await s.posts.getVariant(s.ws.workspaceId, id!))!.status).toBe('publishing');
    clock.advance(29_000);
    await s.runDue(); // backoff (30 s) not over yet
    expect(s.connector.calls).toHaveLength(1);
    clock.advance(1_000);
    await s.runDue(); // rate limited for 10 minutes
    const account = await s.accounts.get(s.ws.workspaceId, s.ws.accountId);
    expect(account!.rateLimitedUntil).toBe(new Date(clock.now().getTime() + 600_000).toISOString());
    clock.advance(599_000);
    await s.runDue();
    expect(s.connector.calls).toHaveLength(2);
    clock.advance(1_000);
    await s.runDue();
    expect((await s.posts.getVariant(s.ws.workspaceId, id!))!.status).toBe('published');
    const outcomes = (await s.attempts.list(s.ws.workspaceId, id!)).map((a) => a.outcome);
    expect(outcomes).toEqual(['transient', 'rate_limited', 'published']);
  });

  it('resolves an unknown outcome with findPublished instead of publishing twice', async () => {
    const s = await setup();
    const [id] = await seedScheduled(s.db, s.ws, 1, T0, T0);
    await s.scheduler.schedule(s.ws.workspaceId, id!, new Date(T0));
    s.connector.script('ok_then_timeout');
    await s.runDue();
    clock.advance(60_000);
    await s.runDue();
    const v = await s.posts.getVariant(s.ws.workspaceId, id!);
    expect(v!.status).toBe('published');
    expect(s.connector.published).toHaveLength(1);
    expect(s.connector.calls.map((c) => c.op)).toEqual(['publish', 'find']);
    const outcomes = (await s.attempts.list(s.ws.workspaceId, id!)).map((a) => a.outcome);
    expect(outcomes).toEqual(['unknown']);
  });

  it('flags the account on auth errors and keeps the post, failed with a reason', async () => {
    const s = await setup();
    const [id] = await seedScheduled(s.db, s.ws, 1, T0, T0);
    await s.scheduler.schedule(s.ws.workspaceId, id!, new Date(T0));
    s.connector.script(
      new ConnectorError('auth', 'Token expired', {
        code: 'token_expired',
        raw: { status: 401, error: 'ExpiredToken', message: null },
      }),
    );
    await s.runDue();
    const v = await s.posts.getVariant(s.ws.workspaceId, id!);
    expect(v).toMatchObject({ status: 'failed', failureCode: 'account_needs_reconnect', text: 'Hello 0' });
    expect(v!.rawError).toMatchObject({ kind: 'auth', raw: { status: 401 } });
    expect(await s.accounts.get(s.ws.workspaceId, s.ws.accountId)).toMatchObject({
      healthStatus: 'needs_reconnect',
      healthReason: 'token_expired',
    });
  });

  it('fails refused content without calling the network', async () => {
    const s = await setup();
    const [id] = await seedScheduled(s.db, s.ws, 1, T0, T0);
    await s.posts.updateVariant(s.ws.workspaceId, id!, { text: '' }, T0);
    await s.scheduler.schedule(s.ws.workspaceId, id!, new Date(T0));
    await s.runDue();
    expect(await s.posts.getVariant(s.ws.workspaceId, id!)).toMatchObject({
      status: 'failed',
      failureCode: 'text_empty',
    });
    expect(s.connector.calls).toEqual([]);
  });

  it('does not publish a cancelled variant', async () => {
    const s = await setup();
    const [id] = await seedScheduled(s.db, s.ws, 1, T0, T0);
    await s.scheduler.schedule(s.ws.workspaceId, id!, new Date(T0));
    expect(await s.posts.setStatus(s.ws.workspaceId, id!, ['scheduled'], 'cancelled', T0)).toBe(true);
    await s.scheduler.unschedule(id!);
    await s.runDue();
    expect(s.connector.calls).toEqual([]);
  });

  it('at worker start, flags or publishes late the posts missed while down, per workspace', async () => {
    const s = await setup();
    const late = await seedScheduled(s.db, s.ws, 2, '2026-03-02T08:00:00.000Z', T0);
    await s.scheduler.scheduleMany(
      late.map((variantId) => ({
        workspaceId: s.ws.workspaceId,
        variantId,
        at: new Date('2026-03-02T08:00:00.000Z'),
      })),
    );
    const other = await setup();
    await new PublishingSettingsRepository(s.db).setMissedPostPolicy(other.ws.workspaceId, 'flag', T0);
    const flagged = await seedScheduled(s.db, other.ws, 1, '2026-03-02T08:00:00.000Z', T0);
    await s.scheduler.schedule(other.ws.workspaceId, flagged[0]!, new Date('2026-03-02T08:00:00.000Z'));

    const report = await s.scheduler.recoverMissed();
    expect(report.flagged).toBe(1);
    await s.runDue();
    for (const id of late) {
      expect(await s.posts.getVariant(s.ws.workspaceId, id)).toMatchObject({
        status: 'published',
        publishedLate: true,
      });
    }
    expect(await s.posts.getVariant(other.ws.workspaceId, flagged[0]!)).toMatchObject({
      status: 'failed',
      failureCode: 'missed_while_offline',
    });
    expect(s.connector.published).toHaveLength(2);
  });

  it('seals credentials bound to the account', async () => {
    const s = await setup();
    const row = await s.db
      .selectFrom('connected_accounts')
      .select('credentials')
      .where('id', '=', s.ws.accountId)
      .executeTakeFirstOrThrow();
    expect(row.credentials).not.toContain('abcd-efgh');
    expect(await s.accounts.openCredentials(s.ws.workspaceId, s.ws.accountId)).toEqual({
      appPassword: 'abcd-efgh-ijkl-mnop',
    });
    expect(() => secrets.open(row.credentials, 'another-account')).toThrow();
  });
});
