import { z } from 'zod';
import { defineJob } from '../../jobs/job-queue.port.js';

/**
 * Read the metrics of one account's published variants that are due at `dueAt` (and any other of its
 * variants due by the time the job runs): one network call per account and run. Singleton per
 * (account, dueAt), so planning twice queues one job.
 */
export const SNAPSHOT_JOB = defineJob(
  'analytics.snapshot',
  z.object({ workspaceId: z.string().min(1), accountId: z.string().min(1), dueAt: z.string().datetime() }),
);
export type SnapshotPayload = z.infer<typeof SNAPSHOT_JOB.schema>;

/** Retries of a snapshot job after a transient network error, a minute apart then doubling. */
export const SNAPSHOT_RETRY = { retryLimit: 5, backoffMs: 60_000 } as const;
