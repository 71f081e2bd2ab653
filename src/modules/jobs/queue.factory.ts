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
