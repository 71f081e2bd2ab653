import { z } from 'zod';
import { PRIORITIES } from '../inbox.types.js';

export const zResponseTarget = z.object({
  network: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_-]{0,39}$/u, 'A network id such as x, bluesky or mastodon'),
  priority: z.enum(PRIORITIES).nullable(),
  // Up to a week: a longer target is no longer a response target.
  minutes: z.number().int().min(1).max(10_080),
});

export const zInboxSettings = z.object({
  clock: z.enum(['business', 'around_the_clock']),
  targets: z.array(zResponseTarget).max(100),
});
export type InboxSettingsInput = z.infer<typeof zInboxSettings>;

export const zInboxSettingsView = z.object({
  data: zInboxSettings.extend({ updatedAt: z.string().nullable() }),
});
