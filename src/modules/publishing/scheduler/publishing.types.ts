/**
 * The publishing vocabulary shared by the repositories, the scheduler and (next) the composer and
 * calendar routes.
 *
 * Variant lifecycle: draft → scheduled → publishing → published | failed | cancelled. `publishing`
 * covers the network call and any retry pending after it. Approval (next issue) slots in between
 * draft and scheduled (`pending_approval`, `changes_requested`, `approved`): the scheduler only ever
 * acts on `scheduled` and `publishing`, so new states need no change here.
 */
export const VARIANT_STATUSES = [
  'draft',
  'pending_approval',
  'changes_requested',
  'approved',
  'scheduled',
  'publishing',
  'published',
  'failed',
  'cancelled',
  // Its publication time passed before the approval circuit approved it: never published (issue 6).
  'approval_overdue',
] as const;
export type VariantStatus = (typeof VARIANT_STATUSES)[number];

/** What one publish attempt ended with; null in the row while in flight (or its worker died). */
export type AttemptOutcome =
  | 'published'
  /** The network already held the post: a previous attempt had succeeded. */
  | 'found_published'
  /** The worker died or lost track mid-call; resolved by `findPublished` before any retry. */
  | 'abandoned'
  | 'unknown'
  | 'transient'
  | 'rate_limited'
  | 'auth'
  | 'invalid_content'
  | 'not_found';

/** What happens to posts that fell due while no worker was running. */
export type MissedPostPolicy = 'publish_late' | 'flag';
export const MISSED_POST_POLICIES: readonly MissedPostPolicy[] = ['publish_late', 'flag'];

/** A reference to an uploaded media file; the media store (another module) turns it into bytes. */
export interface MediaRef {
  mediaId: string;
  altText: string;
}

/** One thread part after the first (the variant's own text and media are part one). */
export interface ThreadPart {
  text: string;
  media: MediaRef[];
}

/** Who may see a post, where the network has the notion (Mastodon). */
export type VariantVisibility = 'public' | 'unlisted' | 'followers' | 'direct';

/** Stable failure codes the UI translates (besides the connector's own `code`s). */
export type FailureCode =
  | 'account_needs_reconnect'
  | 'missed_while_offline'
  | 'retries_exhausted'
  | 'media_unavailable'
  | (string & {});
