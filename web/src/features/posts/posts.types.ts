/**
 * The posts API as the composer sees it (see POSTS-API.md); mirrored by hand like web/src/api/types.ts,
 * never imported from the server.
 */

export type VariantStatus =
  | 'draft'
  | 'pending_approval'
  | 'changes_requested'
  | 'approved'
  | 'approval_overdue'
  | 'scheduled'
  | 'publishing'
  | 'published'
  | 'failed'
  | 'cancelled';

export type Visibility = 'public' | 'unlisted' | 'followers' | 'direct';
export type HealthStatus = 'valid' | 'expiring' | 'needs_reconnect';

export interface MediaAttachment {
  mediaId: string;
  altText: string;
}

/** A thread part after the first post. */
export interface ThreadPart {
  text: string;
  media: MediaAttachment[];
}

export interface VariantView {
  id: string;
  accountId: string;
  network: string;
  accountHandle: string;
  accountHealth: HealthStatus;
  text: string;
  media: MediaAttachment[];
  thread: ThreadPart[];
  firstComment: string | null;
  visibility: Visibility | null;
  contentWarning: string | null;
  scheduledAt: string | null;
  status: VariantStatus;
  remoteUrl: string | null;
  publishedAt: string | null;
  publishedLate: boolean;
  failure: { code: string; reason: string } | null;
  attempts: number;
}

export interface PostView {
  id: string;
  title: string;
  objectiveId: string | null;
  actionId: string | null;
  pillarId: string | null;
  trackLinks: boolean;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  status: VariantStatus;
  scheduledAt: string | null;
  variants: VariantView[];
}

export type CheckSeverity = 'error' | 'warning' | 'info';

/** One live-check finding; `path` names the field it is about (`variants.1.media.0.altText`). */
export interface Check {
  severity: CheckSeverity;
  code: string;
  variantIndex: number | null;
  path: string;
  params: Record<string, string | number>;
}

export interface LengthUse {
  variantIndex: number;
  used: number;
  limit: number;
  unit: 'graphemes' | 'characters';
}

export interface Checks {
  items: Check[];
  blocking: boolean;
  lengths: LengthUse[];
}

export interface VariantInput {
  id?: string;
  accountId: string;
  text: string;
  media: MediaAttachment[];
  thread: ThreadPart[];
  firstComment: string | null;
  visibility: Visibility | null;
  contentWarning: string | null;
}

export interface PostInput {
  title: string;
  objectiveId: string | null;
  actionId: string | null;
  pillarId: string | null;
  trackLinks: boolean;
  /** The time typed before anything is scheduled (see toInput). */
  plannedTime?: LocalTime;
  variants: VariantInput[];
}

/** A wall-clock time and the zone it is read in; the server converts it to UTC. */
export interface LocalTime {
  local: string;
  timeZone: string;
}

/** What a network allows, from GET /publishing/networks (the connector's declared capabilities). */
export interface NetworkCapabilities {
  text: {
    maxLength: number;
    unit: 'graphemes' | 'characters';
    urlLength: number | null;
    mentionDomainsFree: boolean;
    maxBytes: number | null;
  };
  media: Partial<
    Record<
      'image' | 'video' | 'gif',
      { maxPerPost: number; maxBytes: number; mimeTypes: readonly string[]; altTextMaxLength: number | null }
    >
  >;
  threads: { supported: boolean; maxParts: number };
  firstComment: 'native' | 'self_reply' | 'none';
  visibility: readonly Visibility[];
  contentWarning: boolean;
}

export interface NetworkInfo {
  id: string;
  name: string;
  capabilities: NetworkCapabilities;
}

export interface CalendarFilters {
  objectives: { id: string; title: string }[];
  actions: { id: string; title: string }[];
  pillars: { id: string; name: string; colour: string; targetShare: number }[];
  accounts: { id: string; network: string; handle: string }[];
  authors: { id: string; name: string }[];
}

export interface PublishAttempt {
  variantId: string;
  number: number;
  startedAt: string;
  finishedAt: string | null;
  /** null while the attempt is in flight. */
  outcome: string | null;
  /** The network's error as recorded: a message, or an object with `code` and `message`. */
  error: unknown;
}
