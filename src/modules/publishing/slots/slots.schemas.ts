import { z } from 'zod';

/** One weekly slot: ISO weekday (Monday = 1) and a wall-clock time in the workspace's zone. */
export const zPostingSlot = z.object({
  weekday: z.number().int().min(1).max(7),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, 00:00 to 23:59'),
});

/** PUT body: the account's complete set of slots (an empty list removes them all). */
export const zPostingSlotsInput = z.object({
  // A slot every 15 minutes of a working week stays well below this; it bounds the queue search.
  slots: z.array(zPostingSlot).max(200),
});
export type PostingSlotsInput = z.infer<typeof zPostingSlotsInput>;

/** An account's slots with the zone they are read in. */
export const zPostingSlotsView = z.object({
  timeZone: z.string(),
  slots: z.array(zPostingSlot),
});
export type PostingSlotsView = z.infer<typeof zPostingSlotsView>;
