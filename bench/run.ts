// `npm run bench` (tsx bench/run.ts [--posts N] [--engine sqlite|postgres]): the scheduler burst of
// issue 4. N posts (default 10,000) fall due at the same instant; the worker publishes them to a
// no-op connector. Printed per engine: posts/s, p50/p99 lateness (published_at − scheduled_at), and
// the ratio to a baseline measured in the same run on the same database: a bare claim-and-mark loop
// over N due rows without the application's logic. A benchmark, not a test: it asserts nothing.
// Then the inbox benchmark of issue 7 (bench/inbox.ts, --interactions N, default 100,000), on its own
// fresh database per engine.
// Then the analytics dashboard benchmark of issue 8 (bench/analytics.ts, --snapshots N, default 1,000,000,
// with as many inbox items and N / 10 link clicks; --analytics-runs, --analytics-skip), likewise.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { systemClock } from '../src/core/clock.js';
import { newId } from '../src/core/ids.js';
import { SecretBox } from '../src/core/secrets.js';
import { openDatabase, type Database, type Dialect } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrator.js';
import type { JobQueue } from '../src/modules/jobs/job-queue.port.js';
import { PgBossJobQueue } from '../src/modules/jobs/pg-boss-job-queue.js';
import { SqlJobQueue } from '../src/modules/jobs/sql-job-queue.js';
import { ConnectedAccountsRepository } from '../src/modules/publishing/scheduler/connected-accounts.repository.js';
import { PostsRepository } from '../src/modules/publishing/scheduler/posts.repository.js';
import { PublishScheduler } from '../src/modules/publishing/scheduler/scheduler.service.js';
import { noopConnector } from './noop-connector.js';
import { inboxBench } from './inbox.js';
import { analyticsBench } from './analytics.js';

const PG_ADMIN = process.env.PRESENCE_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BATCH = 50;
const ACCOUNTS = 20;

interface Result {
  perSecond: number;
  p50: number;
  p99: number;
}

/** A fresh migrated database of the engine, and how to remove it. */
async function freshDatabase(
  engine: Dialect,
): Promise<{ database: Database; url: string | null; drop(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presence-bench-'));
  if (engine === 'sqlite') {
    const database = openDatabase({ databaseUrl: null, dataDir: dir });
    await migrateToLatest(database);
    return {
      database,
      url: null,
      drop: async () => {
        await database.db.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `presence_bench_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  const database = openDatabase({ databaseUrl: url.toString(), dataDir: dir });
  await migrateToLatest(database);
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.db.destroy();
      const a = new pg.Client({ connectionString: PG_ADMIN });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summarise(dueAt: number, doneAt: number[]): Result {
  const lateness = doneAt.map((t) => t - dueAt).sort((a, b) => a - b);
  const last = Math.max(...doneAt);
  return {
    perSecond: doneAt.length / Math.max(0.001, (last - dueAt) / 1000),
    p50: percentile(lateness, 50),
    p99: percentile(lateness, 99),
  };
}

/** The baseline: claim due rows in batches and mark them done, nothing else, on the same database. */
async function baseline(database: Database, n: number): Promise<Result> {
  const db = database.db;
  const pgEngine = database.dialect === 'postgres';
  await sql`create table bench_baseline (id integer primary key, due_at text not null, state text not null, done_at text)`.execute(
    db,
  );
  await sql`create index bench_baseline_due on bench_baseline (state, due_at)`.execute(db);
  const due = new Date(Date.now() + 1000);
  const dueIso = due.toISOString();
  for (let i = 0; i < n; i += 500) {
    const rows = Array.from(
      { length: Math.min(500, n - i) },
      (_, k) => sql`(${i + k}, ${dueIso}, 'waiting', null)`,
    );
    await sql`insert into bench_baseline (id, due_at, state, done_at) values ${sql.join(rows)}`.execute(db);
  }
  while (Date.now() < due.getTime()) await new Promise((r) => setTimeout(r, 5));
  const lock = pgEngine ? sql`for update skip locked` : sql``;
  for (;;) {
    const now = new Date().toISOString();
    const claimed = await sql<{ id: number }>`
      update bench_baseline set state = 'active'
      where id in (select id from bench_baseline where state = 'waiting' and due_at <= ${now} order by due_at limit ${BATCH} ${lock})
      returning id`.execute(db);
    if (claimed.rows.length === 0) break;
    const ids = claimed.rows.map((r) => r.id);
    await sql`update bench_baseline set state = 'done', done_at = ${new Date().toISOString()} where id in (${sql.join(ids)})`.execute(
      db,
    );
  }
  const done = await sql<{ done_at: string }>`select done_at from bench_baseline`.execute(db);
  await sql`drop table bench_baseline`.execute(db);
  return summarise(
    due.getTime(),
    done.rows.map((r) => new Date(r.done_at).getTime()),
  );
}

/** The application: variants due at one instant, published by the scheduler through the queue. */
async function schedulerBurst(
  database: Database,
  url: string | null,
  n: number,
): Promise<Result & { queue: string }> {
  const db = database.db;
  const secrets = new SecretBox(crypto.randomBytes(32).toString('hex'));
  const now = new Date().toISOString();
  const workspaceId = newId();
  await db
    .insertInto('workspaces')
    .values({
      id: workspaceId,
      name: 'Bench',
      time_zone: 'UTC',
      currency: 'EUR',
      locale: 'en',
      business_hours: '{}',
      created_at: now,
      updated_at: now,
    })
    .execute();
  const accounts = new ConnectedAccountsRepository(db, secrets);
  const accountIds: string[] = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const id = newId();
    accountIds.push(id);
    await accounts.create({
      id,
      workspaceId,
      network: 'noop',
      remoteId: `noop-${i}`,
      handle: `bench${i}`,
      displayName: null,
      avatarUrl: null,
      profileUrl: null,
      credentials: { token: 'x' },
      now,
    });
  }
  const postId = newId();
  await db
    .insertInto('posts')
    .values({
      id: postId,
      workspace_id: workspaceId,
      title: 'Bench',
      objective_id: null,
      action_id: null,
      pillar_id: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const due = new Date(Date.now() + 5000);
  const variants = Array.from({ length: n }, (_, i) => ({
    id: newId(),
    workspaceId,
    postId,
    accountId: accountIds[i % ACCOUNTS]!,
    text: `Post ${i}`,
    scheduledAt: due.toISOString(),
    status: 'scheduled' as const,
    now,
  }));
  await new PostsRepository(db).createVariants(variants);

  const queue: JobQueue = url ? new PgBossJobQueue({ connectionString: url }) : new SqlJobQueue(db, 'sqlite');
  await queue.start();
  const connector = noopConnector();
  const scheduler = new PublishScheduler({
    db,
    secrets,
    clock: systemClock,
    queue,
    connectorFor: () => connector,
  });
  await scheduler.scheduleMany(variants.map((v) => ({ workspaceId, variantId: v.id, at: due })));
  if (Date.now() > due.getTime()) process.stderr.write('warning: seeding took longer than the lead time\n');
  await scheduler.start({ batchSize: BATCH, concurrency: 8, pollMs: 200 });
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    const row = await db
      .selectFrom('post_variants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    if (Number(row.n) >= n) break;
  }
  await queue.stop();
  const rows = await db.selectFrom('post_variants').select('published_at').execute();
  return {
    ...summarise(
      due.getTime(),
      rows.map((r) => new Date(r.published_at!).getTime()),
    ),
    queue: queue.kind,
  };
}

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '10000' },
    engine: { type: 'string' },
    interactions: { type: 'string', default: '100000' },
    snapshots: { type: 'string', default: '1000000' },
    'analytics-runs': { type: 'string', default: '30' },
    'analytics-skip': { type: 'boolean', default: false },
  },
});
const n = Number(values.posts);
const engines: Dialect[] =
  values.engine === 'sqlite' || values.engine === 'postgres' ? [values.engine] : ['sqlite', 'postgres'];
const fmt = (r: Result) =>
  `${Math.round(r.perSecond).toString().padStart(6)} posts/s  p50 ${Math.round(r.p50).toString().padStart(6)} ms  p99 ${Math.round(r.p99).toString().padStart(6)} ms`;
process.stdout.write(
  `Scheduler burst: ${n} posts due at the same instant, no-op connector, ${os.cpus().length} cores\n`,
);
for (const engine of engines) {
  const fresh = await freshDatabase(engine);
  try {
    const base = await baseline(fresh.database, n);
    const app = await schedulerBurst(fresh.database, fresh.url, n);
    process.stdout.write(
      `${engine.padEnd(8)} baseline (bare claim-and-mark, batch ${BATCH}): ${fmt(base)}\n`,
    );
    process.stdout.write(`${engine.padEnd(8)} scheduler (${app.queue} queue):             ${fmt(app)}\n`);
    process.stdout.write(
      `${engine.padEnd(8)} ratio scheduler/baseline: ${(app.perSecond / base.perSecond).toFixed(2)}\n`,
    );
  } finally {
    await fresh.drop();
  }
}
const interactions = Number(values.interactions);
process.stdout.write(
  `Inbox: ingest ${interactions} interactions (20 % duplicates, ~5,000 contacts, 10 accounts), then the list query\n`,
);
for (const engine of engines) {
  const fresh = await freshDatabase(engine);
  try {
    await inboxBench(fresh.database, interactions, (line) => process.stdout.write(line));
  } finally {
    await fresh.drop();
  }
}
if (!values['analytics-skip']) {
  const snapshots = Number(values.snapshots);
  process.stdout.write(
    `Analytics: ${snapshots} metric snapshots, ${snapshots} inbox items, ${Math.round(snapshots / 10)} link clicks in one workspace; the dashboard query vs hand SQL\n`,
  );
  for (const engine of engines) {
    const fresh = await freshDatabase(engine);
    try {
      await analyticsBench(
        fresh.database,
        {
          snapshots,
          interactions: snapshots,
          clicks: Math.round(snapshots / 10),
          runs: Number(values['analytics-runs']),
        },
        (line) => process.stdout.write(line),
      );
    } finally {
      await fresh.drop();
    }
  }
}
