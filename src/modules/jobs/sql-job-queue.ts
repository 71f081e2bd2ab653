import { EventEmitter } from 'node:events';
import { sql, type Kysely } from 'kysely';
import { newId } from '../../core/ids.js';
import type { Dialect } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import {
  backoffDelay,
  errorText,
  type FetchOptions,
  type Job,
  type JobDefinition,
  type JobHandler,
  type JobQueue,
  type JobState,
  type SendOptions,
  type WorkOptions,
} from './job-queue.port.js';
import type { JobsTable } from './jobs.tables.js';

const DEFAULTS = { retryLimit: 3, backoffMs: 1000, leaseMs: 60_000 };
const WORK_DEFAULTS: Required<WorkOptions> = { batchSize: 50, concurrency: 1, pollMs: 1000 };
const INSERT_CHUNK = 500;

/** How long settled jobs are kept, on every queue engine (the worker's jobs.purge task, pg-boss's archive). */
export const JOB_RETENTION_DAYS = { done: 7, failed: 30 } as const;

/**
 * The job queue on the application's own database (the `jobs` table), on SQLite (the embedded
 * default) and PostgreSQL. A claim is one statement, `UPDATE … WHERE id IN (SELECT … LIMIT n)
 * RETURNING`, that takes due waiting jobs and jobs whose lease expired (their worker died); on
 * PostgreSQL the inner select uses `FOR UPDATE SKIP LOCKED` so concurrent workers never wait on each
 * other. A singleton key holds while its job waits. Completed jobs are deleted: the domain tables (publish attempts) keep the history.
 */
export class SqlJobQueue implements JobQueue {
  readonly kind = 'sql' as const;
  readonly #db: Kysely<DB>;
  readonly #dialect: Dialect;
  readonly #now: () => Date;
  readonly #wake = new EventEmitter();
  readonly #loops: Promise<void>[] = [];
  #stopped = false;

  constructor(db: Kysely<DB>, dialect: Dialect, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#dialect = dialect;
    this.#now = now;
    this.#wake.setMaxListeners(0);
  }

  async start(): Promise<void> {
    this.#stopped = false;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake.emit('wake');
    await Promise.allSettled(this.#loops);
    this.#loops.length = 0;
  }

  async send<P>(def: JobDefinition<P>, payload: P, opts: SendOptions = {}): Promise<string | null> {
    const row = this.#row(def, payload, opts);
    const res = await this.#db
      .insertInto('jobs')
      .values(row)
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(res.numInsertedOrUpdatedRows ?? 0) === 0) return null;
    if (row.run_at <= this.#now().toISOString()) this.#wake.emit(def.name);
    return row.id;
  }

  async sendMany<P>(
    def: JobDefinition<P>,
    items: readonly { payload: P; opts?: SendOptions }[],
  ): Promise<number> {
    let created = 0;
    for (let i = 0; i < items.length; i += INSERT_CHUNK) {
      const rows = items.slice(i, i + INSERT_CHUNK).map((it) => this.#row(def, it.payload, it.opts ?? {}));
      const res = await this.#db
        .insertInto('jobs')
        .values(rows)
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      created += Number(res.numInsertedOrUpdatedRows ?? 0);
    }
    if (created > 0) this.#wake.emit(def.name);
    return created;
  }

  async fetch<P>(def: JobDefinition<P>, opts: FetchOptions = {}): Promise<Job<P>[]> {
    const rows = await this.#claim(def.name, opts.batchSize ?? WORK_DEFAULTS.batchSize);
    const jobs: Job<P>[] = [];
    for (const row of rows) {
      // A job that kept losing its lease (it crashes its worker) stops once past its retry limit.
      if (row.attempts > row.retry_limit + 1) {
        await this.#settle(row.id, 'failed', 'lease expired on every attempt');
        continue;
      }
      const parsed = def.schema.safeParse(JSON.parse(row.payload));
      if (!parsed.success) {
        await this.#settle(row.id, 'failed', `invalid payload: ${parsed.error.message}`);
        continue;
      }
      jobs.push({ id: row.id, name: row.name, payload: parsed.data, attempt: row.attempts });
    }
    return jobs;
  }

  async complete(_def: JobDefinition<unknown>, id: string): Promise<void> {
    await this.#db.deleteFrom('jobs').where('id', '=', id).where('state', '=', 'active').execute();
  }

  async fail(_def: JobDefinition<unknown>, id: string, error: unknown): Promise<void> {
    const row = await this.#db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || row.state !== 'active') return;
    const now = this.#now();
    if (row.attempts > row.retry_limit) {
      await this.#settle(id, 'failed', errorText(error));
      return;
    }
    try {
      await this.#db
        .updateTable('jobs')
        .set({
          state: 'waiting',
          lease_until: null,
          run_at: new Date(now.getTime() + backoffDelay(row.backoff_ms, row.attempts)).toISOString(),
          last_error: errorText(error),
          updated_at: now.toISOString(),
        })
        .where('id', '=', id)
        .where('state', '=', 'active')
        .execute();
    } catch (err) {
      // A newer job with the same singleton key is already waiting: it supersedes this retry.
      if (!isUniqueViolation(err)) throw err;
      await this.#db
        .updateTable('jobs')
        .set({
          state: 'cancelled',
          lease_until: null,
          last_error: errorText(error),
          updated_at: now.toISOString(),
        })
        .where('id', '=', id)
        .execute();
    }
  }

  async cancel(_def: JobDefinition<unknown>, id: string): Promise<boolean> {
    const res = await this.#db
      .updateTable('jobs')
      .set({ state: 'cancelled', updated_at: this.#now().toISOString() })
      .where('id', '=', id)
      .where('state', '=', 'waiting')
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }

  async cancelBySingletonKey(def: JobDefinition<unknown>, key: string): Promise<boolean> {
    const res = await this.#db
      .updateTable('jobs')
      .set({ state: 'cancelled', updated_at: this.#now().toISOString() })
      .where('name', '=', def.name)
      .where('singleton_key', '=', key)
      .where('state', '=', 'waiting')
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }

  async state(_def: JobDefinition<unknown>, id: string): Promise<JobState | null> {
    const row = await this.#db.selectFrom('jobs').select('state').where('id', '=', id).executeTakeFirst();
    return row ? (row.state as JobState) : null;
  }

  /**
   * Deletes settled jobs last changed before the given instants: completed and cancelled ones before
   * `done`, failed ones before `failed` (kept longer: their last error is what someone investigates).
   * Waiting and active jobs are never touched. Returns how many rows went. Completed jobs are normally
   * deleted at completion already; they are listed so a row left in that state cannot stay forever.
   */
  async purge(before: { done: Date; failed: Date }): Promise<number> {
    const res = await this.#db
      .deleteFrom('jobs')
      .where((eb) =>
        eb.or([
          eb.and([
            eb('state', 'in', ['completed', 'cancelled']),
            eb('updated_at', '<', before.done.toISOString()),
          ]),
          eb.and([eb('state', '=', 'failed'), eb('updated_at', '<', before.failed.toISOString())]),
        ]),
      )
      .executeTakeFirst();
    return Number(res.numDeletedRows);
  }

  async work<P>(def: JobDefinition<P>, handler: JobHandler<P>, opts: WorkOptions = {}): Promise<void> {
    const o = { ...WORK_DEFAULTS, ...opts };
    this.#loops.push(this.#loop(def, handler, o));
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
        // One statement settles the whole batch.
        if (done.length > 0) {
          await this.#db.deleteFrom('jobs').where('id', 'in', done).where('state', '=', 'active').execute();
        }
      } catch {
        // The database was unreachable: wait a poll interval and try again; leases protect the jobs.
        jobs = [];
      }
      // A full batch means more may be due: claim again at once instead of sleeping.
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

  async #claim(name: string, limit: number): Promise<JobsTable[]> {
    const now = this.#now();
    const nowIso = now.toISOString();
    // The lease end is computed in SQL from each job's own lease_ms, as an ISO string on both engines.
    const lease =
      this.#dialect === 'postgres'
        ? sql`${nowIso}::timestamptz + lease_ms * interval '1 millisecond'`
        : sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${nowIso}, '+' || (lease_ms / 1000.0) || ' seconds')`;
    const lock = this.#dialect === 'postgres' ? sql`for update skip locked` : sql``;
    const res = await sql<JobsTable>`
      update jobs set state = 'active', attempts = attempts + 1, lease_until = ${lease}, updated_at = ${nowIso}
      where id in (
        select id from jobs
        where name = ${name}
          and ((state = 'waiting' and run_at <= ${nowIso}) or (state = 'active' and lease_until <= ${nowIso}))
        order by run_at
        limit ${limit}
        ${lock}
      )
      returning *`.execute(this.#db);
    return res.rows;
  }

  async #settle(id: string, state: 'failed', error: string): Promise<void> {
    await this.#db
      .updateTable('jobs')
      .set({ state, lease_until: null, last_error: error, updated_at: this.#now().toISOString() })
      .where('id', '=', id)
      .execute();
  }

  #row<P>(def: JobDefinition<P>, payload: P, opts: SendOptions): JobsTable {
    const checked = def.schema.parse(payload);
    const now = this.#now();
    return {
      id: newId(now.getTime()),
      name: def.name,
      payload: JSON.stringify(checked),
      state: 'waiting',
      singleton_key: opts.singletonKey ?? null,
      run_at: (opts.runAt ?? now).toISOString(),
      attempts: 0,
      retry_limit: opts.retryLimit ?? DEFAULTS.retryLimit,
      backoff_ms: opts.backoffMs ?? DEFAULTS.backoffMs,
      lease_ms: opts.leaseMs ?? DEFAULTS.leaseMs,
      lease_until: null,
      last_error: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
  }
}

/** True for a unique-constraint violation on either engine. */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Runs `fn` over `items` with at most `limit` at a time. */
export async function runLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  });
  await Promise.all(lanes);
}
