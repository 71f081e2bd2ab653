import { z } from 'zod';

/** Bounds of an account's poll interval: a minute keeps us far below every network's rate limits. */
export const MIN_POLL_SECONDS = 60;
export const MAX_POLL_SECONDS = 3600;

export const zPolling = z.object({
  accountId: z.string(),
  network: z.string(),
  handle: z.string(),
  healthStatus: z.string(),
  intervalSeconds: z.number().int(),
  nextPollAt: z.string(),
  lastPolledAt: z.string().nullable(),
  lastError: z.string().nullable(),
  consecutiveFailures: z.number().int(),
});
export type PollingView = z.infer<typeof zPolling>;

export const zPollingInput = z.object({
  intervalSeconds: z
    .number()
    .int()
    .min(MIN_POLL_SECONDS)
    .max(MAX_POLL_SECONDS)
    .describe(`Seconds between two reads of the account (${MIN_POLL_SECONDS}–${MAX_POLL_SECONDS})`),
  pollNow: z.boolean().optional().describe('Also read the account at the worker’s next tick'),
});
export type PollingInput = z.infer<typeof zPollingInput>;
