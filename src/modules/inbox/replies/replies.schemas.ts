import { z } from 'zod';

export const zReplyInput = z
  .object({
    text: z.string().trim().min(1).max(5000).optional(),
    savedReplyId: z.string().trim().min(1).max(64).optional(),
  })
  .refine((b) => b.text !== undefined || b.savedReplyId !== undefined, {
    message: 'Write a text or pick a saved reply',
    path: ['text'],
  });
export type ReplyInput = z.infer<typeof zReplyInput>;

export const zReply = z.object({
  id: z.string(),
  itemId: z.string(),
  text: z.string(),
  /** pending: being sent (or interrupted; retry it). */
  status: z.enum(['pending', 'sent', 'failed']),
  remoteId: z.string().nullable(),
  url: z.string().nullable(),
  sentAt: z.string().nullable(),
  failure: z.object({ code: z.string(), reason: z.string() }).nullable(),
  authorId: z.string().nullable(),
  createdAt: z.string(),
});
export type ReplyView = z.infer<typeof zReply>;

export const zNoteInput = z.object({ text: z.string().trim().min(1).max(5000) });

export const zNote = z.object({
  id: z.string(),
  text: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type NoteView = z.infer<typeof zNote>;
