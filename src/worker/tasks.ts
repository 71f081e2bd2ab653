import { SessionsRepository } from '../modules/identity/sessions.repository.js';
import { MailService } from '../modules/mail/mail.service.js';
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
  {
    // Failed mail after its backoff, and mail whose delivery was interrupted (see MailService).
    name: 'mail.retry',
    everyMs: 60_000,
    run: async (ctx) => {
      const r = await new MailService(ctx).retryDue();
      if (r.attempted) ctx.logger.info(r, 'mail.retry: delivery attempts made');
    },
  },
];
