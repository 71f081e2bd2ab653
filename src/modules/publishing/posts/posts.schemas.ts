import { z } from 'zod';
import { isValidTimeZone } from '../../../core/time-zones.js';
import { VARIANT_STATUSES } from '../scheduler/publishing.types.js';

// The composer's API contract (/work/notes/POSTS-API.md): what the web sends and receives.

const zId = z.string().trim().min(1).max(64);
const zInstant = z.iso.datetime({ offset: true, message: 'Use an ISO-8601 instant' });
const zVisibility = z.enum(['public', 'unlisted', 'followers', 'direct']);

export const zMediaAttachment = z.object({
  mediaId: zId,
  altText: z.string().max(5000).default(''),
});

export const zThreadPart = z.object({
  text: z.string().max(10_000),
  media: z.array(zMediaAttachment).max(10).default([]),
});

export const zVariantInput = z.object({
  id: zId.optional(),
  accountId: zId,
  text: z.string().max(10_000),
  media: z.array(zMediaAttachment).max(10).optional(),
  thread: z.array(zThreadPart).max(30).optional(),
  firstComment: z.string().max(10_000).nullable().optional(),
  visibility: zVisibility.nullable().optional(),
  contentWarning: z.string().max(1000).nullable().optional(),
  scheduledAt: zInstant.nullable().optional(),
});
export type VariantInput = z.infer<typeof zVariantInput>;

const zTimeZone = z.string().refine(isValidTimeZone, { message: 'Unknown IANA time zone' });
const zLocal = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use YYYY-MM-DDTHH:mm');

const postFields = {
  title: z.string().trim().max(200).optional(),
  objectiveId: zId.nullable().optional(),
  actionId: zId.nullable().optional(),
  pillarId: zId.nullable().optional(),
  trackLinks: z.boolean().optional(),
  /**
   * The wall-clock time the post is planned for, before anyone schedules it (an editor's draft, a post
   * in review): it becomes the time of every variant given without its own `scheduledAt`.
   */
  plannedTime: z.object({ local: zLocal, timeZone: zTimeZone }).nullable().optional(),
};

export const zPostInput = z.object({
  ...postFields,
  variants: z.array(zVariantInput).min(1, 'Add at least one account').max(20),
});
export type PostInput = z.infer<typeof zPostInput>;

export const zPostPatch = z.object({
  ...postFields,
  variants: z.array(zVariantInput).min(1, 'Add at least one account').max(20).optional(),
});
export type PostPatch = z.infer<typeof zPostPatch>;

/** A time: an instant, or a wall-clock time and its zone (converted by the server). */
export const zTimeBody = z.union([
  z.object({ scheduledAt: zInstant, variantIds: z.array(zId).max(20).optional() }),
  z.object({ local: zLocal, timeZone: zTimeZone, variantIds: z.array(zId).max(20).optional() }),
]);
export type TimeBody = z.infer<typeof zTimeBody>;

export const zVariantSelection = z.object({ variantIds: z.array(zId).max(20).optional() });

const csv = z
  .string()
  .max(2000)
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );

export const zPostsQuery = z.object({
  from: zInstant.optional(),
  to: zInstant.optional(),
  status: z
    .string()
    .max(400)
    .transform((s) => s.split(',').map((x) => x.trim()))
    .pipe(z.array(z.enum(VARIANT_STATUSES)))
    .optional(),
  objectiveId: csv.optional(),
  actionId: csv.optional(),
  pillarId: csv.optional(),
  network: csv.optional(),
  accountId: csv.optional(),
  authorId: csv.optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});
export type PostsQuery = z.infer<typeof zPostsQuery>;

export const zCheck = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  variantIndex: z.number().nullable(),
  path: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const zChecks = z.object({
  items: z.array(zCheck),
  blocking: z.boolean(),
  lengths: z.array(
    z.object({
      variantIndex: z.number(),
      used: z.number(),
      limit: z.number(),
      unit: z.enum(['graphemes', 'characters']),
    }),
  ),
});

export const zVariantView = z.object({
  id: z.string(),
  accountId: z.string(),
  network: z.string(),
  accountHandle: z.string(),
  accountHealth: z.enum(['valid', 'expiring', 'needs_reconnect']),
  text: z.string(),
  media: z.array(z.object({ mediaId: z.string(), altText: z.string() })),
  thread: z.array(
    z.object({ text: z.string(), media: z.array(z.object({ mediaId: z.string(), altText: z.string() })) }),
  ),
  firstComment: z.string().nullable(),
  visibility: zVisibility.nullable(),
  contentWarning: z.string().nullable(),
  scheduledAt: z.string().nullable(),
  status: z.enum(VARIANT_STATUSES),
  remoteUrl: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedLate: z.boolean(),
  failure: z.object({ code: z.string(), reason: z.string() }).nullable(),
  attempts: z.number(),
});
export type VariantView = z.infer<typeof zVariantView>;

export const zPostView = z.object({
  id: z.string(),
  title: z.string(),
  objectiveId: z.string().nullable(),
  actionId: z.string().nullable(),
  pillarId: z.string().nullable(),
  trackLinks: z.boolean(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  status: z.enum(VARIANT_STATUSES),
  scheduledAt: z.string().nullable(),
  variants: z.array(zVariantView),
});
export type PostView = z.infer<typeof zPostView>;

export const zPostWithChecks = z.object({ data: zPostView, checks: zChecks });
export const zPostPage = z.object({ data: z.array(zPostView), nextCursor: z.string().nullable() });

export const zAttempts = z.object({
  data: z.array(
    z.object({
      variantId: z.string(),
      number: z.number(),
      startedAt: z.string(),
      finishedAt: z.string().nullable(),
      outcome: z.string().nullable(),
      error: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
});

export const zNetworks = z.object({
  data: z.array(
    z.object({ id: z.string(), name: z.string(), capabilities: z.record(z.string(), z.unknown()) }),
  ),
});
