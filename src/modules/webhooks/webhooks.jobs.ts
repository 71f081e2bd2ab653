import { z } from 'zod';
import { defineJob } from '../jobs/job-queue.port.js';

/**
 * Attempt one webhook delivery: sent at once for a new event, then with `runAt` for each retry,
 * singleton per delivery. The handler claims the attempt on the row, so a job run twice sends once.
 */
export const WEBHOOK_DELIVER_JOB = defineJob(
  'webhooks.deliver',
  z.object({ workspaceId: z.string().min(1), deliveryId: z.string().min(1) }),
);
export type WebhookDeliverPayload = z.infer<typeof WEBHOOK_DELIVER_JOB.schema>;
