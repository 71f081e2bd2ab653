import { z } from 'zod';
import { zInboxItem } from '../triage/inbox.schemas.js';

export const zPersonContact = z.object({
  id: z.string(),
  network: z.string(),
  handle: z.string(),
  displayName: z.string().nullable(),
  avatarUrl: z.string().nullable(),
  profileUrl: z.string().nullable(),
  /** Shared by the contacts linked as one person; null when the contact stands alone. */
  personId: z.string().nullable(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
});
export type PersonContact = z.infer<typeof zPersonContact>;

const zCount = z.object({ key: z.string(), count: z.number().int() });

export const zContactProfile = z.object({
  contact: zPersonContact,
  /** Every contact of the person, this one included, first seen first. */
  linked: z.array(zPersonContact),
  counts: z.object({
    items: z.number().int(),
    questions: z.number().int(),
    byNetwork: z.array(zCount),
    byKind: z.array(zCount),
    bySentiment: z.object({ positive: z.number(), neutral: z.number(), negative: z.number() }),
  }),
  /** When the person first and last wrote to the workspace, on any network (null: never wrote). */
  firstSeenAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  /** Messages per month (workspace time zone) and sentiment, oldest first, from the latest 2,000. */
  sentimentTrend: z.array(
    z.object({ month: z.string(), positive: z.number(), neutral: z.number(), negative: z.number() }),
  ),
  /** The latest 100 messages on every network, newest first. */
  items: z.array(zInboxItem),
});
export type ContactProfile = z.infer<typeof zContactProfile>;

export const zSuggestion = z.object({
  contact: zPersonContact,
  reasons: z.array(z.enum(['same_name', 'same_handle'])),
});

export const zLinkInput = z.object({
  contactId: z.string().trim().min(1).max(64).describe('The contact that is the same person'),
});
