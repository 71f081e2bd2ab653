import { z } from 'zod';

export const zSavedReplyInput = z.object({
  title: z.string().trim().min(1).max(120),
  body: z.string().trim().min(1).max(5000),
  language: z.enum(['fr', 'en']).nullable().default(null),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
});
export type SavedReplyInput = z.infer<typeof zSavedReplyInput>;

export const zSavedReplyPatch = z
  .object({
    title: z.string().trim().min(1).max(120).optional(),
    body: z.string().trim().min(1).max(5000).optional(),
    language: z.enum(['fr', 'en']).nullable().optional(),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'Change at least one field' });
export type SavedReplyPatch = z.infer<typeof zSavedReplyPatch>;

export const zSavedReply = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  language: z.enum(['fr', 'en']).nullable(),
  tags: z.array(z.string()),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedReplyView = z.infer<typeof zSavedReply>;

export const zSavedRepliesQuery = z.object({
  language: z.enum(['fr', 'en']).optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Words in the title or the body'),
});

export const zRenderInput = z.object({ itemId: z.string().trim().min(1).max(64) });
