import type { AppContext } from '../../app/context.js';
import type { JobQueue } from './job-queue.port.js';
import { PgBossJobQueue } from './pg-boss-job-queue.js';
import { SqlJobQueue } from './sql-job-queue.js';

/**
 * The queue for this deployment: pg-boss when the database is PostgreSQL (several API and worker
 * processes), the `jobs` table on SQLite (the embedded default).
 */
export function createJobQueue(ctx: Pick<AppContext, 'config' | 'database' | 'clock'>): JobQueue {
  if (ctx.database.dialect === 'postgres' && ctx.config.databaseUrl) {
    return new PgBossJobQueue({ connectionString: ctx.config.databaseUrl });
  }
  return new SqlJobQueue(ctx.database.db, ctx.database.dialect, () => ctx.clock.now());
}

/**
 * Wraps a queue so it starts on first use: the API process sends jobs (scheduling a post) but most
 * requests never do, and pg-boss's start opens connections and checks its schema. `stop` only stops
 * a queue that was started. Starting twice is harmless (start is idempotent and memoised here).
 */
export function startOnFirstUse(queue: JobQueue): JobQueue {
  let started: Promise<void> | null = null;
  const ready = () =>
    (started ??= queue.start().catch((err: unknown) => {
      started = null; // let the next call try again (the database may be back)
      throw err;
    }));
  return {
    kind: queue.kind,
    start: ready,
    stop: async () => {
      if (started === null) return;
      await started.catch(() => undefined);
      started = null;
      await queue.stop();
    },
    send: async (def, payload, opts) => (await ready(), queue.send(def, payload, opts)),
    sendMany: async (def, items) => (await ready(), queue.sendMany(def, items)),
    work: async (def, handler, opts) => (await ready(), queue.work(def, handler, opts)),
    fetch: async (def, opts) => (await ready(), queue.fetch(def, opts)),
    complete: async (def, id) => (await ready(), queue.complete(def, id)),
    fail: async (def, id, error) => (await ready(), queue.fail(def, id, error)),
    cancel: async (def, id) => (await ready(), queue.cancel(def, id)),
    cancelBySingletonKey: async (def, key) => (await ready(), queue.cancelBySingletonKey(def, key)),
    state: async (def, id) => (await ready(), queue.state(def, id)),
  };
}
