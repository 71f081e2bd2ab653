import { EventEmitter } from 'node:events';
import PgBoss from 'pg-boss';
import { isUniqueViolation, JOB_RETENTION_DAYS, runLimited } from './sql-job-queue.js';
import type {
  FetchOptions,
  Job,
  JobDefinition,
  JobHandler,
  JobQueue,
  JobState,
  SendOptions,
  WorkOptions,
} from './job-queue.port.js';

const DEFAULTS = { retryLimit: 3, backoffMs: 1000, leaseMs: 60_000 };
const WORK_DEFAULTS: Required<WorkOptions> = { batchSize: 50, concurrency: 1, pollMs: 1000 };
const INSERT_CHUNK = 500;
const SCHEMA = 'pgboss';
const DAY_SECONDS = 86_400;
/** The archive keeps settled jobs this long before pg-boss deletes them. */
const ARCHIVE_DAYS = 6;

/**
 * pg-boss's own maintenance keeps its tables small: settled jobs move from `job` to `archive`, which is
 * emptied `deleteAfterDays` later. Together they match JOB_RETENTION_DAYS (7 days for completed and
 * cancelled jobs, 30 for failed ones): archived after 1 and 24 days, deleted 6 days after that.
 */
export const PG_BOSS_RETENTION = {
  archiveCompletedAfterSeconds: (JOB_RETENTION_DAYS.done - ARCHIVE_DAYS) * DAY_SECONDS,
  archiveFailedAfterSeconds: (JOB_RETENTION_DAYS.failed - ARCHIVE_DAYS) * DAY_SECONDS,
  deleteAfterDays: ARCHIVE_DAYS,
} as const;

export interface PgBossQueueOptions {
  connectionString: string;
  /** How often pg-boss expires abandoned jobs and retries them (default 30 s; tests use 1). */
  maintenanceIntervalSeconds?: number;
}

/**
 * The job queue on PostgreSQL through pg-boss 10, for several API and worker processes.
 *
 * pg-boss's own `work()` waits its polling interval (0.5 s at least) after every fetch, even a full
 * one (see PERF-NOTES), so consumers here run their own fetch/complete loop: a full batch is followed
 * by another fetch at once, an empty one by a sleep of `pollMs` that a `send` in this process or a
 * NOTIFY from another process (channel `presence_jobs`) cuts short.
 */
export class PgBossJobQueue implements JobQueue {
  readonly kind = 'pg-boss' as const;
  readonly #boss: PgBoss;
  readonly #queues = new Set<string>();
  readonly #wake = new EventEmitter();
  readonly #loops: Promise<void>[] = [];
  #stopped = false;

  constructor(opts: PgBossQueueOptions) {
    this.#boss = new PgBoss({
      connectionString: opts.connectionString,
      schema: SCHEMA,
      max: 4,
      supervise: true,
      schedule: false,
      maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 30,
      ...PG_BOSS_RETENTION,
    });
    this.#boss.on('error', () => {
      // Connection blips surface again at the next fetch; the loop already retries.
    });
    this.#wake.setMaxListeners(0);
  }

  async start(): Promise<void> {
    this.#stopped = false;
    await this.#boss.start();
    // pg-boss 10 only deduplicates singleton keys per queue policy, and its policies that do also
    // allow a single unkeyed job. This index gives the port's guarantee on a standard queue: one
    // waiting job per (name, key). the job table is partitioned by name, so the index includes it.
    await this.#boss.getDb().executeSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS presence_job_singleton_uq ON ${SCHEMA}.job (name, singleton_key)
         WHERE singleton_key IS NOT NULL AND state IN ('created', 'retry')`,
      [],
    );
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake.emit('wake');
    await Promise.allSettled(this.#loops);
    this.#loops.length = 0;
    await this.#boss.stop({ graceful: false, wait: true });
  }

  async send<P>(def: JobDefinition<P>, payload: P, opts: SendOptions = {}): Promise<string | null> {
    await this.#ensureQueue(def.name);
    const id = await this.#boss.send(def.name, this.#data(def, payload), this.#options(opts));
    if (id && (!opts.runAt || opts.runAt.getTime() <= Date.now())) this.#wake.emit(def.name);
    return id;
  }

  async sendMany<P>(
    def: JobDefinition<P>,
    items: readonly { payload: P; opts?: SendOptions }[],
  ): Promise<number> {
    await this.#ensureQueue(def.name);
    for (let i = 0; i < items.length; i += INSERT_CHUNK) {
      await this.#boss.insert(
        items.slice(i, i + INSERT_CHUNK).map((it) => this.#insert(def, it.payload, it.opts ?? {})),
      );
    }
    this.#wake.emit(def.name);
    // insert() reports nothing; singleton duplicates are skipped by pg-boss's unique index.
    return items.length;
  }

  async fetch<P>(def: JobDefinition<P>, opts: FetchOptions = {}): Promise<Job<P>[]> {
    await this.#ensureQueue(def.name);
    const batch = await this.#boss.fetch<unknown>(def.name, {
      batchSize: opts.batchSize ?? WORK_DEFAULTS.batchSize,
      includeMetadata: true,
    });
    const jobs: Job<P>[] = [];
    for (const j of batch) {
      // The application's pg type parsers (src/db/database.ts) leave jsonb as text in this process.
      const parsed = def.schema.safeParse(typeof j.data === 'string' ? JSON.parse(j.data) : j.data);
      if (!parsed.success) {
        await this.#boss.fail(def.name, j.id, { error: `invalid payload: ${parsed.error.message}` });
        continue;
      }
      jobs.push({ id: j.id, name: def.name, payload: parsed.data, attempt: j.retryCount + 1 });
    }
    return jobs;
  }

  async complete(def: JobDefinition<unknown>, id: string): Promise<void> {
    await this.#boss.complete(def.name, id);
  }

  async fail(def: JobDefinition<unknown>, id: string, error: unknown): Promise<void> {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    try {
      await this.#boss.fail(def.name, id, { error: message.slice(0, 1000) });
    } catch (err) {
      // A newer job with the same singleton key is already waiting: it supersedes this retry.
      if (!isUniqueViolation(err)) throw err;
      await this.#boss
        .getDb()
        .executeSql(
          `UPDATE ${SCHEMA}.job SET state = 'cancelled', completed_on = now() WHERE name = $1 AND id = $2`,
          [def.name, id],
        );
    }
  }

  async cancel(def: JobDefinition<unknown>, id: string): Promise<boolean> {
    await this.#ensureQueue(def.name);
    const res = await this.#boss.getDb().executeSql(
      `UPDATE ${SCHEMA}.job SET state = 'cancelled', completed_on = now()
         WHERE name = $1 AND id = $2 AND state IN ('created', 'retry') RETURNING id`,
      [def.name, id],
    );
    return res.rows.length > 0;
  }

  async cancelBySingletonKey(def: JobDefinition<unknown>, key: string): Promise<boolean> {
    await this.#ensureQueue(def.name);
    const res = await this.#boss.getDb().executeSql(
      `UPDATE ${SCHEMA}.job SET state = 'cancelled', completed_on = now()
         WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry') RETURNING id`,
      [def.name, key],
    );
    return res.rows.length > 0;
  }

  async state(def: JobDefinition<unknown>, id: string): Promise<JobState | null> {
    const job = await this.#boss.getJobById(def.name, id);
    if (!job) return null;
    const map: Record<string, JobState> = {
      created: 'waiting',
      retry: 'waiting',
      active: 'active',
      completed: 'completed',
      failed: 'failed',
      cancelled: 'cancelled',
    };
    return map[job.state] ?? null;
  }

  async work<P>(def: JobDefinition<P>, handler: JobHandler<P>, opts: WorkOptions = {}): Promise<void> {
    await this.#ensureQueue(def.name);
    this.#loops.push(this.#loop(def, handler, { ...WORK_DEFAULTS, ...opts }));
  }

  async #loop<P>(def: JobDefinition<P>, handler: JobHandler<P>, o: Required<WorkOptions>): Promise<void> {
    while (!this.#stopped) {
      let jobs: Job<P>[] = [];
      try {
        jobs = await this.fetch(def, { batchSize: o.batchSize });
        const done: string[] = [];
        await runLimited(jobs, o.concurrency, async (job) => {
          try {
            await handler(job);
            done.push(job.id);
          } catch (err) {
            await this.fail(def, job.id, err);
          }
        });
        // One round trip settles the whole batch.
        if (done.length > 0) await this.#boss.complete(def.name, done);
      } catch {
        // The database was unreachable: wait a poll interval and try again; expiry protects the jobs.
        jobs = [];
      }
      if (jobs.length < o.batchSize && !this.#stopped) await this.#sleep(def.name, o.pollMs);
    }
  }

  #sleep(name: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wake.off(name, done);
        this.#wake.off('wake', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#wake.once(name, done);
      this.#wake.once('wake', done);
    });
  }

  async #ensureQueue(name: string): Promise<void> {
    if (this.#queues.has(name)) return;
    if (!(await this.#boss.getQueue(name))) await this.#boss.createQueue(name, { name, policy: 'standard' });
    this.#queues.add(name);
  }

  #data<P>(def: JobDefinition<P>, payload: P): object {
    return def.schema.parse(payload) as object;
  }

  #insert<P>(def: JobDefinition<P>, payload: P, opts: SendOptions): PgBoss.JobInsert {
    const o = this.#options(opts);
    const row: PgBoss.JobInsert = {
      name: def.name,
      data: this.#data(def, payload),
      retryLimit: o.retryLimit ?? DEFAULTS.retryLimit,
      retryDelay: o.retryDelay ?? 1,
      retryBackoff: true,
      expireInSeconds: o.expireInSeconds ?? 60,
    };
    if (opts.runAt) row.startAfter = opts.runAt;
    if (opts.singletonKey) row.singletonKey = opts.singletonKey;
    return row;
  }

  #options(opts: SendOptions): PgBoss.SendOptions {
    const o: PgBoss.SendOptions = {
      retryLimit: opts.retryLimit ?? DEFAULTS.retryLimit,
      // pg-boss delays are whole seconds; backoff doubles them like the SQL adapter.
      retryDelay: Math.max(1, Math.ceil((opts.backoffMs ?? DEFAULTS.backoffMs) / 1000)),
      retryBackoff: true,
      expireInSeconds: Math.max(1, Math.ceil((opts.leaseMs ?? DEFAULTS.leaseMs) / 1000)),
    };
    if (opts.runAt) o.startAfter = opts.runAt;
    if (opts.singletonKey) o.singletonKey = opts.singletonKey;
    return o;
  }
}
