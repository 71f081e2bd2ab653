import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../../src/core/secrets.js';
import type { JobQueue } from '../../src/modules/jobs/job-queue.port.js';
import { PgBossJobQueue } from '../../src/modules/jobs/pg-boss-job-queue.js';
import { SqlJobQueue } from '../../src/modules/jobs/sql-job-queue.js';
import { PublishScheduler } from '../../src/modules/publishing/scheduler/scheduler.service.js';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../support/databases.js';
import { eventually } from '../jobs/queue.contract.js';
import { FakeConnector } from './support/fake-connector.js';
import { TEST_SECRET, seedScheduled, seedWorkspace } from './support/seed.js';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'support', 'worker-child.ts');
const BURST = 150;

function startWorker(dialect: string, target: string, keys: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, CHILD_DIALECT: dialect, CHILD_DB: target, CHILD_KEYS: keys, CHILD_DELAY_MS: '15' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe.each(DIALECTS)('a worker killed mid-burst on %s', (dialect) => {
  const open: TestDatabase[] = [];
  afterAll(async () => {
    for (const t of open) await t.drop();
  });

  it('publishes every due post exactly once after a restart', async () => {
    const tdb = await createTestDatabase(dialect);
    open.push(tdb);
    const db = tdb.database.db;
    const target = dialect === 'postgres' ? tdb.url! : path.join(tdb.dataDir, 'presence.sqlite');
    const keysFile = path.join(tdb.dataDir, 'network.log');
    const secrets = new SecretBox(TEST_SECRET);
    const now = new Date().toISOString();
    const ws = await seedWorkspace(db, secrets, now);
    const ids = await seedScheduled(db, ws, BURST, now, now);
    const queue: JobQueue =
      dialect === 'postgres'
        ? new PgBossJobQueue({ connectionString: tdb.url! })
        : new SqlJobQueue(db, 'sqlite');
    await queue.start();
    const scheduler = new PublishScheduler({
      db,
      secrets,
      clock: { now: () => new Date() },
      queue,
      connectorFor: () => new FakeConnector(),
      jobLeaseMs: 1000,
    });
    await scheduler.scheduleMany(
      ids.map((variantId) => ({ workspaceId: ws.workspaceId, variantId, at: new Date(now) })),
    );
    await queue.stop();

    const network = new FakeConnector(keysFile);
    const first = startWorker(dialect, target, keysFile);
    await eventually(() => network.keys().length >= BURST / 4, 60_000);
    first.kill('SIGKILL');
    await exited(first);
    const atKill = network.keys().length;
    expect(atKill).toBeLessThan(BURST); // the kill did land in the middle of the burst

    const second = startWorker(dialect, target, keysFile);
    try {
      await eventually(async () => {
        const rows = await db
          .selectFrom('post_variants')
          .select('id')
          .where('workspace_id', '=', ws.workspaceId)
          .where('status', '=', 'published')
          .execute();
        return rows.length === BURST;
      }, 90_000);
    } finally {
      second.kill('SIGTERM');
      await exited(second);
    }

    const keys = network.keys();
    const variants = await db
      .selectFrom('post_variants')
      .select(['idempotency_key', 'status', 'remote_id'])
      .where('workspace_id', '=', ws.workspaceId)
      .execute();
    expect(keys).toHaveLength(BURST);
    expect(new Set(keys).size).toBe(BURST);
    expect(new Set(keys)).toEqual(new Set(variants.map((v) => v.idempotency_key)));
    for (const v of variants) expect(v.remote_id).toBe(`remote-${v.idempotency_key}`);
  }, 180_000);
});
