import { z } from 'zod';
import { defineJob } from '../../jobs/job-queue.port.js';

/** Publish one variant: sent for its scheduled time, singleton per variant. */
export const PUBLISH_VARIANT_JOB = defineJob(
  'publishing.publish-variant',
  z.object({ workspaceId: z.string().min(1), variantId: z.string().min(1) }),
);
export type PublishVariantPayload = z.infer<typeof PUBLISH_VARIANT_JOB.schema>;
