import { SessionsRepository } from '../modules/identity/sessions.repository.js';
import { MailService } from '../modules/mail/mail.service.js';
import type { JobDefinition } from '../modules/jobs/job-queue.port.js';
import { PUBLISH_VARIANT_JOB } from '../modules/publishing/scheduler/publish.jobs.js';
import { createPublishScheduler } from '../modules/publishing/scheduler/scheduler.factory.js';
import type { JobSetup, PeriodicTask } from './worker.js';

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

/** Every job kind the application sends; the worker refuses to start without a handler for each. */
export const JOB_CATALOG: JobDefinition<unknown>[] = [PUBLISH_VARIANT_JOB];

/** Registers the worker's job handlers; modules add theirs here. */
export const WORKER_JOBS: JobSetup = async (ctx, queue, registry) => {
  const scheduler = createPublishScheduler(ctx, queue);
  // Before consuming: posts that fell due while no worker ran are requeued or flagged, never lost.
  await scheduler.recoverMissed();
  registry.handle(PUBLISH_VARIANT_JOB, (job) => scheduler.publishVariant(job.payload), {
    batchSize: 50,
    concurrency: 8,
  });
};
