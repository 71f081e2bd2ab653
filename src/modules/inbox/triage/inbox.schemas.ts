import { z } from 'zod';
import { INBOX_STATES, PRIORITIES } from '../inbox.types.js';
import { zNote, zReply } from '../replies/replies.schemas.js';

const id = z.string().trim().min(1).max(64);
const csv = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .trim()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1));

export const zInboxQuery = z.object({
  state: csv(INBOX_STATES).optional().describe('One or more states, comma-separated'),
  network: z.string().trim().min(1).max(40).optional(),
  accountId: id.optional(),
  assigneeId: z
    .union([id, z.literal('none')])
    .optional()
    .describe('A user id, or "none" for unassigned'),
  departmentId: id.optional(),
  priority: csv(PRIORITIES).optional(),
  question: z.enum(['true', 'false']).optional(),
  sentiment: z.enum(['positive', 'neutral', 'negative']).optional(),
  overdue: z.enum(['true', 'false']).optional().describe('Only items past their target without an answer'),
  q: z.string().trim().min(1).max(200).optional().describe('Words in the text or the author handle'),
  before: z.string().trim().min(1).max(120).optional().describe('The nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type InboxQuery = z.infer<typeof zInboxQuery>;

const zClock = z.object({
  status: z.enum(['none', 'running', 'met', 'breached']),
  targetMinutes: z.number().nullable(),
  dueAt: z.string().nullable(),
  firstResponseAt: z.string().nullable(),
  minutesLeft: z.number().nullable(),
  responseMinutes: z.number().nullable(),
});

export const zContact = z.object({
  id: z.string(),
  network: z.string(),
  handle: z.string(),
  displayName: z.string().nullable(),
  avatarUrl: z.string().nullable(),
  profileUrl: z.string().nullable(),
});

export const zInboxItem = z.object({
  id: z.string(),
  accountId: z.string(),
  accountHandle: z.string(),
  network: z.string(),
  kind: z.string(),
  text: z.string(),
  url: z.string().nullable(),
  contact: zContact,
  threadKey: z.string(),
  variantId: z.string().nullable(),
  postId: z.string().nullable(),
  occurredAt: z.string(),
  language: z.string().nullable(),
  isQuestion: z.boolean(),
  sentiment: z.string(),
  priority: z.string(),
  state: z.string(),
  assigneeId: z.string().nullable(),
  departmentId: z.string().nullable(),
  tags: z.array(z.string()),
  clock: zClock,
});
export type InboxItemView = z.infer<typeof zInboxItem>;

export const zInboxPage = z.object({ data: z.array(zInboxItem), nextCursor: z.string().nullable() });

export const zInboxDetail = z.object({
  data: zInboxItem,
  /** Every item of the conversation, oldest first (this one included). */
  thread: z.array(zInboxItem),
  /** The author's other conversations with the workspace, newest first. */
  history: z.array(zInboxItem),
  /** Replies sent (or tried) from Presence in this conversation, oldest first; each names its item. */
  replies: z.array(zReply),
  /** Internal notes on this item, oldest first. */
  notes: z.array(zNote),
});

export const zTriagePatch = z
  .object({
    state: z.enum(INBOX_STATES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    assigneeId: id.nullable().optional(),
    departmentId: id.nullable().optional(),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'Change at least one field' });
export type TriagePatch = z.infer<typeof zTriagePatch>;

export const zBulkTriage = z.object({
  ids: z.array(id).min(1).max(200),
  set: zTriagePatch,
});
