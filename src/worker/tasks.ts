import { SessionsRepository } from '../modules/identity/sessions.repository.js';
import { createInboxIngestor, createNetworkAnswersCheck } from '../modules/inbox/ingest/ingest.factory.js';
import { mediaStoreFor } from '../modules/media/media-store.factory.js';
import { purgeOrphanMedia } from '../modules/media/media.purge.js';
import { SlaService } from '../modules/inbox/sla/sla.service.js';
import { MailService } from '../modules/mail/mail.service.js';
import type { JobDefinition } from '../modules/jobs/job-queue.port.js';
import { JOB_RETENTION_DAYS, SqlJobQueue } from '../modules/jobs/sql-job-queue.js';
import { PUBLISH_VARIANT_JOB } from '../modules/publishing/scheduler/publish.jobs.js';
import { createPublishScheduler } from '../modules/publishing/scheduler/scheduler.factory.js';
import { WEBHOOK_DELIVER_JOB } from '../modules/webhooks/webhooks.jobs.js';
import { WebhookDeliveries } from '../modules/webhooks/webhooks.delivery.js';
import { APPROVAL_TIMER_JOB } from '../modules/approvals/approvals.jobs.js';
import { ApprovalsService } from '../modules/approvals/approvals.service.js';
import { requeueLostTimers } from '../modules/approvals/approval-timers.js';
import { SNAPSHOT_JOB } from '../modules/analytics/collection/snapshot.jobs.js';
import { SnapshotCollector } from '../modules/analytics/collection/snapshot-collector.js';
import { replanAll } from '../modules/analytics/collection/snapshot-planner.js';
import { snapshotAccounts } from '../modules/analytics/collection/account-snapshots.js';
import { deliverDueReports } from '../modules/analytics/reports/report-delivery.js';
import type { JobSetup, PeriodicTask } from './worker.js';

/** Every periodic task the worker role runs; modules add theirs here. */
export const WORKER_TASKS: PeriodicTask[] = [
  {
    // Files without a row: a deleted workspace's media, an upload that crashed between file and row.
    name: 'media.purge-orphans',
    everyMs: 3600_000,
    run: async (ctx) => {
      const removed = await purgeOrphanMedia(ctx.database.db, mediaStoreFor(ctx.config), ctx.clock.now());
      if (removed) ctx.logger.info({ removed }, 'media.purge-orphans: files without a row deleted');
    },
  },
  {
    // Each account has its own interval and backoff (inbox_cursors); this tick only finds the due ones.
    name: 'inbox.poll',
    everyMs: 15_000,
    run: async (ctx) => {
      await createInboxIngestor(ctx).pollDue();
    },
  },
  {
    // Answers the team wrote in the network's own app stop the clock too (no notification announces
    // them): reads the replies under at most 25 running-clock items of the last 7 days per run.
    name: 'inbox.network-answers',
    everyMs: 60_000,
    run: async (ctx) => {
      const r = await createNetworkAnswersCheck(ctx).run();
      if (r.stopped) ctx.logger.info(r, 'inbox.network-answers: clocks stopped by answers on the network');
    },
  },
  {
    // Items past their response target without an answer: flagged once, assignee notified, webhook fired.
    name: 'inbox.sla',
    everyMs: 60_000,
    run: async (ctx) => {
      const n = await new SlaService(ctx).checkBreaches();
      if (n) ctx.logger.info({ breached: n }, 'inbox.sla: response targets missed');
    },
  },
  {
    // Approval timers whose job was lost (a crash between saving a state and queueing its timers).
    name: 'approvals.requeue-timers',
    everyMs: 300_000,
    run: async (ctx) => {
      const n = await requeueLostTimers(ctx);
      if (n) ctx.logger.info({ requeued: n }, 'approvals: lost timers queued again');
    },
  },
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
  {
    // A delivery whose queued job was lost (the send failed after the row was written) is queued again.
    name: 'webhooks.requeue-overdue',
    everyMs: 300_000,
    run: async (ctx) => {
      const n = await new WebhookDeliveries(ctx).requeueOverdue();
      if (n) ctx.logger.info({ requeued: n }, 'webhooks: overdue deliveries queued again');
    },
  },
  {
    // Settled jobs of the SQL queue; pg-boss archives and deletes its own (PG_BOSS_RETENTION).
    name: 'jobs.purge',
    everyMs: 3600_000,
    run: async (ctx) => {
      if (ctx.queue.kind !== 'sql') return;
      const now = ctx.clock.now().getTime();
      const daysAgo = (days: number) => new Date(now - days * 86_400_000);
      const deleted = await new SqlJobQueue(ctx.database.db, ctx.database.dialect).purge({
        done: daysAgo(JOB_RETENTION_DAYS.done),
        failed: daysAgo(JOB_RETENTION_DAYS.failed),
      });
      if (deleted) ctx.logger.info({ deleted }, 'jobs.purge: settled jobs deleted');
    },
  },
  {
    // Published variants still in their 30-day window without a waiting snapshot job (lost jobs, an
    // account reconnected, posts published before snapshots existed): their next job is queued.
    name: 'analytics.replan-snapshots',
    everyMs: 600_000,
    run: async (ctx) => {
      const n = await replanAll(ctx);
      if (n) ctx.logger.debug({ accounts: n }, 'analytics: snapshot jobs planned');
    },
  },
  {
    // Followers, follows and posts of each account, once a day.
    name: 'analytics.account-snapshots',
    everyMs: 900_000,
    run: async (ctx) => {
      const n = await snapshotAccounts(ctx);
      if (n) ctx.logger.info({ accounts: n }, 'analytics: account snapshots stored');
    },
  },
  {
    // Scheduled reports (Monday or the 1st, 08:00 workspace time): claimed once, mailed via the outbox.
    name: 'analytics.report-schedules',
    everyMs: 300_000,
    run: async (ctx) => {
      const r = await deliverDueReports(ctx);
      if (r.sent || r.failed) ctx.logger.info(r, 'analytics: scheduled reports sent');
    },
  },
];

/** Every job kind the application sends; the worker refuses to start without a handler for each. */
export const JOB_CATALOG: JobDefinition<unknown>[] = [
  PUBLISH_VARIANT_JOB,
  WEBHOOK_DELIVER_JOB,
  APPROVAL_TIMER_JOB,
  SNAPSHOT_JOB,
];

/** Registers the worker's job handlers; modules add theirs here. */
export const WORKER_JOBS: JobSetup = async (ctx, queue, registry) => {
  const scheduler = createPublishScheduler(ctx, queue);
  // Before consuming: posts that fell due while no worker ran are requeued or flagged, never lost.
  await scheduler.recoverMissed();
  registry.handle(PUBLISH_VARIANT_JOB, (job) => scheduler.publishVariant(job.payload), {
    batchSize: 50,
    concurrency: 8,
  });
  const webhooks = new WebhookDeliveries(ctx);
  registry.handle(WEBHOOK_DELIVER_JOB, (job) => webhooks.handle(job.payload), {
    batchSize: 20,
    concurrency: 4,
  });
  // Approval reminders, breaches and publication checks (decision 0015).
  const approvals = new ApprovalsService(ctx, queue);
  registry.handle(
    APPROVAL_TIMER_JOB,
    async (job) => {
      await approvals.fireTimer(job.payload);
    },
    { batchSize: 20, concurrency: 2 },
  );
  // Metric snapshots of published variants, one network call per account and run (decision 0016).
  const snapshots = new SnapshotCollector(ctx, queue);
  registry.handle(
    SNAPSHOT_JOB,
    async (job) => {
      await snapshots.run(job.payload);
    },
    { batchSize: 20, concurrency: 2 },
  );
};
