import type { PostRecord } from '../scheduler/posts.repository.js';
import type { VariantStatus } from '../scheduler/publishing.types.js';
import type { VariantRow } from './posts-query.repository.js';
import type { PostView, VariantView } from './posts.schemas.js';

// How far along the lifecycle a status is, for the post's summary status.
const PROGRESS: Record<VariantStatus, number> = {
  draft: 0,
  changes_requested: 1,
  pending_approval: 2,
  approval_overdue: 2,
  approved: 3,
  scheduled: 4,
  publishing: 5,
  published: 6,
  failed: -1,
  cancelled: -1,
};

/**
 * A post's status in one word: `failed` when any variant failed (it needs someone), `cancelled` only
 * when every variant is, otherwise the least advanced of the others (a post is published when all are).
 */
export function summaryStatus(statuses: readonly VariantStatus[]): VariantStatus {
  if (statuses.includes('failed')) return 'failed';
  const active = statuses.filter((s) => s !== 'cancelled');
  if (active.length === 0) return statuses.length > 0 ? 'cancelled' : 'draft';
  return active.reduce((a, b) => (PROGRESS[b] < PROGRESS[a] ? b : a));
}

const HEALTH = new Set(['valid', 'expiring', 'needs_reconnect']);

/** The API view of one variant. */
export function presentVariant(v: VariantRow): VariantView {
  return {
    id: v.id,
    accountId: v.accountId,
    network: v.network,
    accountHandle: v.accountHandle,
    accountHealth: (HEALTH.has(v.accountHealth)
      ? v.accountHealth
      : 'needs_reconnect') as VariantView['accountHealth'],
    text: v.text,
    media: v.media.map((m) => ({ mediaId: m.mediaId, altText: m.altText })),
    thread: v.thread.map((p) => ({
      text: p.text,
      media: p.media.map((m) => ({ mediaId: m.mediaId, altText: m.altText })),
    })),
    firstComment: v.firstComment,
    visibility: v.visibility,
    contentWarning: v.contentWarning,
    scheduledAt: v.scheduledAt,
    status: v.status,
    remoteUrl: v.remoteUrl,
    publishedAt: v.publishedAt,
    publishedLate: v.publishedLate,
    failure: v.failureCode ? { code: v.failureCode, reason: v.failureReason ?? '' } : null,
    attempts: v.attempts,
  };
}

/** The API view of a post with its variants. */
export function presentPost(
  p: PostRecord,
  variants: readonly VariantRow[],
  authorName: string | null,
): PostView {
  const times = variants.flatMap((v) => (v.scheduledAt && v.status !== 'cancelled' ? [v.scheduledAt] : []));
  return {
    id: p.id,
    title: p.title,
    objectiveId: p.objectiveId,
    actionId: p.actionId,
    pillarId: p.pillarId,
    trackLinks: p.trackLinks,
    createdBy: p.createdBy ? { id: p.createdBy, name: authorName ?? '' } : null,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    status: summaryStatus(variants.map((v) => v.status)),
    scheduledAt: times.length > 0 ? times.reduce((a, b) => (a < b ? a : b)) : null,
    variants: variants.map(presentVariant),
  };
}
