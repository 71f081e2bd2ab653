import type { Selectable } from 'kysely';
import type { PostVariantsTable, PostsTable } from './publishing.tables.js';
import type {
  FailureCode,
  MediaRef,
  ThreadPart,
  VariantStatus,
  VariantVisibility,
} from './publishing.types.js';

// Posts and variants as the application sees them, and the mapping from and to their rows.

export interface PostRecord {
  id: string;
  workspaceId: string;
  title: string;
  objectiveId: string | null;
  actionId: string | null;
  pillarId: string | null;
  trackLinks: boolean;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface VariantRecord {
  id: string;
  workspaceId: string;
  postId: string;
  accountId: string;
  text: string;
  media: MediaRef[];
  thread: ThreadPart[];
  firstComment: string | null;
  visibility: VariantVisibility | null;
  contentWarning: string | null;
  /** Attempts made before the user's last retry (the automatic retry budget counts after them). */
  attemptBase: number;
  scheduledAt: string | null;
  status: VariantStatus;
  remoteId: string | null;
  remoteUrl: string | null;
  publishedAt: string | null;
  publishedLate: boolean;
  failureCode: FailureCode | null;
  failureReason: string | null;
  /** The redacted ConnectorError JSON of the last failure. */
  rawError: Record<string, unknown> | null;
  idempotencyKey: string;
  createdAt: string;
  updatedAt: string;
}

export interface NewPost {
  id: string;
  workspaceId: string;
  title: string;
  objectiveId?: string | null;
  actionId?: string | null;
  pillarId?: string | null;
  trackLinks?: boolean;
  createdBy?: string | null;
  now: string;
}

export interface NewVariant {
  id: string;
  workspaceId: string;
  postId: string;
  accountId: string;
  text: string;
  media?: MediaRef[];
  thread?: ThreadPart[];
  firstComment?: string | null;
  visibility?: VariantVisibility | null;
  contentWarning?: string | null;
  scheduledAt?: string | null;
  status?: VariantStatus;
  now: string;
}

/** What the composer may change on a variant that is not being published. */
export interface VariantPatch {
  text?: string;
  media?: MediaRef[];
  thread?: ThreadPart[];
  firstComment?: string | null;
  visibility?: VariantVisibility | null;
  contentWarning?: string | null;
  scheduledAt?: string | null;
}

/** A post row as the application sees it. */
export function toPost(r: Selectable<PostsTable>): PostRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    title: r.title,
    objectiveId: r.objective_id,
    actionId: r.action_id,
    pillarId: r.pillar_id,
    trackLinks: r.track_links === 1,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A variant row as the application sees it. */
export function toVariant(r: PostVariantsTable): VariantRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    postId: r.post_id,
    accountId: r.account_id,
    text: r.text,
    media: JSON.parse(r.media) as MediaRef[],
    thread: JSON.parse(r.thread) as ThreadPart[],
    firstComment: r.first_comment,
    visibility: r.visibility as VariantVisibility | null,
    contentWarning: r.content_warning,
    attemptBase: Number(r.attempt_base),
    scheduledAt: r.scheduled_at,
    status: r.status as VariantStatus,
    remoteId: r.remote_id,
    remoteUrl: r.remote_url,
    publishedAt: r.published_at,
    publishedLate: r.published_late === 1,
    failureCode: r.failure_code,
    failureReason: r.failure_reason,
    rawError: r.raw_error === null ? null : (JSON.parse(r.raw_error) as Record<string, unknown>),
    idempotencyKey: r.idempotency_key,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The row of a new variant; its idempotency key is its id (stable for every attempt, unique). */
export function variantRow(v: NewVariant): PostVariantsTable {
  return {
    id: v.id,
    workspace_id: v.workspaceId,
    post_id: v.postId,
    account_id: v.accountId,
    text: v.text,
    media: JSON.stringify(v.media ?? []),
    thread: JSON.stringify(v.thread ?? []),
    first_comment: v.firstComment ?? null,
    visibility: v.visibility ?? null,
    content_warning: v.contentWarning ?? null,
    attempt_base: 0,
    scheduled_at: v.scheduledAt ?? null,
    status: v.status ?? 'draft',
    remote_id: null,
    remote_url: null,
    published_at: null,
    published_late: 0,
    failure_code: null,
    failure_reason: null,
    raw_error: null,
    idempotency_key: `presence-${v.id}`,
    created_at: v.now,
    updated_at: v.now,
  };
}
