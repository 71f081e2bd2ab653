import { SessionsRepository } from '../modules/identity/sessions.repository.js';
import type { PeriodicTask } from './worker.js';

/** Every periodic task the worker role runs; modules add theirs here. */
export const WORKER_TASKS: PeriodicTask[] = [
  {
    name: 'sessions.purge-expired',
    everyMs: 3600_000,
    run: async (ctx) => {
      await new SessionsRepository(ctx.database.db).deleteExpired(ctx.clock.now().toISOString());
    },
  },
];
