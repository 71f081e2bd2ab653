import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ManualClock } from '../../src/core/clock.js';
import { defineJob } from '../../src/modules/jobs/job-queue.port.js';
import { PG_BOSS_RETENTION, PgBossJobQueue } from '../../src/modules/jobs/pg-boss-job-queue.js';
import { JOB_RETENTION_DAYS, SqlJobQueue } from '../../src/modules/jobs/sql-job-queue.js';
import { WORKER_TASKS } from '../../src/worker/tasks.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../support/databases.js';
import { eventually } from './queue.contract.js';

const DAY = 86_400_000;
const JOB = defineJob('purge_test', z.object({ n: z.number().int() }));
const T0 = Date.parse('2026-11-01T00:00:00.000Z');

describe.each(DIALECTS)('SqlJobQueue.purge on %s', (dialect) => {
  let tdb: TestDatabase;
  let queue: SqlJobQueue;
  let now = T0;

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    queue = new SqlJobQueue(tdb.database.db, dialect, () => new Date(now));
  });
  afterAll(async () => {
    await queue.stop();
    await tdb.drop();
  });

  /** A job taken to `state` by the queue itself, at `day` days after T0. */
  async function jobIn(state: 'waiting' | 'active' | 'cancelled' | 'failed', day: number): Promise<string> {
    now = T0 + day * DAY;
    const id = (await queue.send(JOB, { n: day }, { retryLimit: 0 }))!;
    if (state === 'cancelled') expect(await queue.cancel(JOB, id)).toBe(true);
    if (state === 'active' || state === 'failed') {
      const claimed = await queue.fetch(JOB, { batchSize: 100 });
      expect(claimed.map((j) => j.id)).toContain(id);
      if (state === 'failed') await queue.fail(JOB, id, new Error('boom'));
    }
    expect(await queue.state(JOB, id)).toBe(state);
    return id;
  }

  it('deletes cancelled jobs past the short cut-off and failed ones past the long one, nothing else', async () => {
    const oldCancelled = await jobIn('cancelled', 0);
    const recentCancelled = await jobIn('cancelled', 30);
    const oldFailed = await jobIn('failed', 1);
    const middleFailed = await jobIn('failed', 20);
    // An active job long past its lease is the claim's business (a crashed worker), not the purge's.
    // (Claimed before the waiting one exists, so that one stays waiting.)
    const oldActive = await jobIn('active', 3);
    const oldWaiting = await jobIn('waiting', 2);

    // Cancelled before day 25 go, failed before day 10 go.
    now = T0 + 40 * DAY;
    const deleted = await queue.purge({ done: new Date(T0 + 25 * DAY), failed: new Date(T0 + 10 * DAY) });
    expect(deleted).toBe(2);
    expect(await queue.state(JOB, oldCancelled)).toBeNull();
    expect(await queue.state(JOB, oldFailed)).toBeNull();
    expect(await queue.state(JOB, recentCancelled)).toBe('cancelled');
    expect(await queue.state(JOB, middleFailed)).toBe('failed');
    expect(await queue.state(JOB, oldWaiting)).toBe('waiting');
    expect(await queue.state(JOB, oldActive)).toBe('active');

    // The cut-off is strict and idempotent: purging again removes nothing more.
    expect(await queue.purge({ done: new Date(T0 + 30 * DAY), failed: new Date(T0 + 20 * DAY) })).toBe(0);
    expect(
      await queue.purge({ done: new Date(T0 + 30 * DAY + 1), failed: new Date(T0 + 20 * DAY + 1) }),
    ).toBe(2);
    expect(await queue.state(JOB, recentCancelled)).toBeNull();
    expect(await queue.state(JOB, middleFailed)).toBeNull();
  });

  it('also removes a row left in the completed state', async () => {
    now = T0;
    const id = (await queue.send(JOB, { n: 99 }))!;
    await tdb.database.db
      .updateTable('jobs')
      .set({ state: 'completed', updated_at: new Date(T0).toISOString() })
      .where('id', '=', id)
      .execute();
    expect(await queue.purge({ done: new Date(T0 + DAY), failed: new Date(T0) })).toBe(1);
    expect(await queue.state(JOB, id)).toBeNull();
  });
});

describe.each(DIALECTS)('the jobs.purge worker task on %s', (dialect) => {
  let t: TestApp;
  const task = WORKER_TASKS.find((x) => x.name === 'jobs.purge')!;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
  });
  afterAll(async () => t.close());

  it('keeps cancelled jobs 7 days and failed ones 30 days', async () => {
    expect(task).toBeDefined();
    expect(JOB_RETENTION_DAYS).toEqual({ done: 7, failed: 30 });
    const clock = t.clock as ManualClock;
    const q = t.ctx.queue;
    expect(q.kind).toBe('sql');
    clock.set(new Date(T0));
    const cancelled = (await q.send(JOB, { n: 1 }))!;
    await q.cancel(JOB, cancelled);
    const failed = (await q.send(JOB, { n: 2 }, { retryLimit: 0 }))!;
    await q.fetch(JOB, { batchSize: 10 });
    await q.fail(JOB, failed, new Error('gave up'));

    clock.set(new Date(T0 + 7 * DAY - 60_000));
    await task.run(t.ctx);
    expect(await q.state(JOB, cancelled)).toBe('cancelled');

    clock.set(new Date(T0 + 7 * DAY + 60_000));
    await task.run(t.ctx);
    expect(await q.state(JOB, cancelled)).toBeNull();
    expect(await q.state(JOB, failed)).toBe('failed');

    clock.set(new Date(T0 + 30 * DAY + 60_000));
    await task.run(t.ctx);
    expect(await q.state(JOB, failed)).toBeNull();
    await q.stop();
  });
});

describe('pg-boss retention', () => {
  let tdb: TestDatabase;
  let queue: PgBossJobQueue;
  let client: pg.Client;

  beforeAll(async () => {
    tdb = await createTestDatabase('postgres');
    queue = new PgBossJobQueue({ connectionString: tdb.url!, maintenanceIntervalSeconds: 1 });
    await queue.start();
    client = new pg.Client({ connectionString: tdb.url! });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await queue.stop();
    await tdb.drop();
  });

  it('adds up to the same 7 and 30 days as the SQL queue', () => {
    const days = (s: number) => s / 86_400;
    expect(days(PG_BOSS_RETENTION.archiveCompletedAfterSeconds) + PG_BOSS_RETENTION.deleteAfterDays).toBe(
      JOB_RETENTION_DAYS.done,
    );
    expect(days(PG_BOSS_RETENTION.archiveFailedAfterSeconds) + PG_BOSS_RETENTION.deleteAfterDays).toBe(
      JOB_RETENTION_DAYS.failed,
    );
  });

  it('archives settled jobs after their delay and deletes them from the archive later', async () => {
    const done = (await queue.send(JOB, { n: 1 }))!;
    const cancelled = (await queue.send(JOB, { n: 2 }, { runAt: new Date(Date.now() + 3600_000) }))!;
    const failed = (await queue.send(JOB, { n: 3 }, { retryLimit: 0 }))!;
    const claimed = await queue.fetch(JOB, { batchSize: 10 });
    expect(claimed.map((j) => j.id).sort()).toEqual([done, failed].sort());
    await queue.complete(JOB, done);
    await queue.fail(JOB, failed, new Error('boom'));
    expect(await queue.cancel(JOB, cancelled)).toBe(true);

    const where = async (id: string) => {
      const inJob = await client.query('SELECT 1 FROM pgboss.job WHERE id = $1', [id]);
      if (inJob.rowCount) return 'job';
      const inArchive = await client.query('SELECT 1 FROM pgboss.archive WHERE id = $1', [id]);
      return inArchive.rowCount ? 'archive' : 'gone';
    };
    // Settled 2 days ago: completed and cancelled pass the 1-day archive delay, failed (24 days) does not.
    await client.query(`UPDATE pgboss.job SET completed_on = now() - interval '2 days' WHERE id = ANY($1)`, [
      [done, cancelled, failed],
    ]);
    await eventually(async () => (await where(done)) === 'archive' && (await where(cancelled)) === 'archive');
    expect(await where(failed)).toBe('job');

    await client.query(`UPDATE pgboss.job SET completed_on = now() - interval '25 days' WHERE id = $1`, [
      failed,
    ]);
    await eventually(async () => (await where(failed)) === 'archive');

    // Archived 6½ days ago: past our 6-day archive retention (pg-boss's default of 7 would keep them).
    await client.query(
      `UPDATE pgboss.archive SET archived_on = now() - interval '6 days 12 hours' WHERE id = ANY($1)`,
      [[done, failed]],
    );
    await eventually(async () => (await where(done)) === 'gone' && (await where(failed)) === 'gone');
    expect(await where(cancelled)).toBe('archive');
  });
});
