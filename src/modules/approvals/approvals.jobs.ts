import { z } from 'zod';
import { defineJob } from '../jobs/job-queue.port.js';

/**
 * One engine timer (reminder, breach, publication check) persisted as a delayed job; the singleton key
 * is the timer key, so the same timer is never queued twice. A job that outlived its step is
 * recognised by the engine as stale and ignored (decision 0013).
 */
export const APPROVAL_TIMER_JOB = defineJob(
  'approvals.timer',
  z.object({
    workspaceId: z.string().min(1),
    requestId: z.string().min(1),
    key: z.string().min(1),
    kind: z.enum(['reminder', 'breach', 'publication']),
  }),
);
export type ApprovalTimerPayload = z.infer<typeof APPROVAL_TIMER_JOB.schema>;
