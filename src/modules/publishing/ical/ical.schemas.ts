import { z } from 'zod';

/** POST body: a name the person recognises the feed by ("Google Calendar at work"). */
export const zCalendarFeedCreate = z.object({ label: z.string().trim().min(1).max(100) });

/**
 * A feed as its owner sees it. `url` holds the secret only in the answer that creates the feed; lists
 * show it masked, since only the secret's hash is stored.
 */
export const zCalendarFeedView = z.object({
  id: z.string(),
  label: z.string(),
  url: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type CalendarFeedView = z.infer<typeof zCalendarFeedView>;
