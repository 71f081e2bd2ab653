// A publishing worker in its own process, for the crash test: the parent SIGKILLs it mid-burst.
// Environment: CHILD_DIALECT (sqlite|postgres), CHILD_DB (SQLite file or PostgreSQL URL), CHILD_KEYS
// (the fake network's file of published keys), CHILD_DELAY_MS (time each publish call takes).
import path from 'node:path';
import { systemClock } from '../../../src/core/clock.js';
import { SecretBox } from '../../../src/core/secrets.js';
import { openDatabase } from '../../../src/db/database.js';
import type { JobQueue } from '../../../src/modules/jobs/job-queue.port.js';
import { PgBossJobQueue } from '../../../src/modules/jobs/pg-boss-job-queue.js';
import { SqlJobQueue } from '../../../src/modules/jobs/sql-job-queue.js';
import { PublishScheduler } from '../../../src/modules/publishing/scheduler/scheduler.service.js';
import { FakeConnector } from './fake-connector.js';
import { TEST_SECRET } from './seed.js';

const dialect = process.env.CHILD_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
const target = process.env.CHILD_DB ?? '';
const database =
  dialect === 'postgres'
    ? openDatabase({ databaseUrl: target, dataDir: '.' })
    : openDatabase({ databaseUrl: null, dataDir: path.dirname(target), sqliteFile: target });
const queue: JobQueue =
  dialect === 'postgres'
    ? new PgBossJobQueue({ connectionString: target, maintenanceIntervalSeconds: 1 })
    : new SqlJobQueue(database.db, 'sqlite');
const connector = new FakeConnector(process.env.CHILD_KEYS ?? null, Number(process.env.CHILD_DELAY_MS ?? 0));
const scheduler = new PublishScheduler({
  db: database.db,
  secrets: new SecretBox(TEST_SECRET),
  clock: systemClock,
  queue,
  connectorFor: () => connector,
  // Short leases so the restarted worker takes over the dead one's jobs within seconds — but not so
  // short that a live worker starved of CPU (a loaded test machine) looks dead: an attempt is only
  // judged abandoned after staleAttemptMs, and a live call must finish well within it.
  jobLeaseMs: 4000,
  policy: { staleAttemptMs: 8000, baseDelayMs: 200 },
});
await queue.start();
await scheduler.recoverMissed();
await scheduler.start({ batchSize: 10, concurrency: 4, pollMs: 100 });
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void queue
    .stop()
    .then(() => database.db.destroy())
    .then(() => process.exit(0));
});
