/**
 * The approvals API as the web sees it (/work/notes/APPROVALS-API.md), mirrored by hand like
 * web/src/api/types.ts: the web never imports server code.
 */
import type { Segment } from './diff.js';

export const CONTENT_TYPES = ['post', 'reply', 'sponsored'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export type ApproverKind = 'member' | 'role' | 'department' | 'external';
export interface ApproverRef {
  kind: ApproverKind;
  id: string;
}
export type EscalationTarget = ApproverRef | 'department_head' | null;

export interface CircuitStep {
  name: string;
  approvers: ApproverRef[];
  rule: 'any' | 'all';
  targetMinutes: number | null;
  clock: 'business' | 'around_the_clock';
  reminderBeforeMinutes: number | null;
  escalateTo: EscalationTarget;
}

export interface CircuitMatch {
  contentTypes: ContentType[];
  objectiveIds: string[];
  networks: string[];
  sensitivePillarOnly: boolean;
}

export interface CircuitInput {
  name: string;
  required: boolean;
  priority: number;
  match: CircuitMatch;
  steps: CircuitStep[];
  allowSelfApproval: boolean;
  resubmitOnEditAfterApproval: boolean;
}

export interface Circuit extends CircuitInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** A member (user id) or an outside reviewer, with a name to show. */
export interface Person {
  kind: 'member' | 'external';
  id: string;
  name: string;
}

export type ApprovalStatus =
  'not_required' | 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'rejected' | 'approval_overdue';

export interface CurrentStep {
  index: number;
  name: string;
  rule: 'any' | 'all';
  startedAt: string;
  targetMinutes: number;
  clock: 'business' | 'around_the_clock';
  reminderAt: string | null;
  dueAt: string;
  timeLeftMs: number;
  breached: boolean;
  approvers: (Person & { approved: boolean })[];
  escalatedTo: Person[];
}

export interface StepLogEntry {
  round: number;
  stepIndex: number;
  stepName: string;
  startedAt: string;
  endedAt: string | null;
  outcome: string | null;
  escalated: boolean;
  decidedBy: Person | null;
  targetMinutes: number;
}

export type TimelineType =
  | 'submitted'
  | 'approved'
  | 'rejected'
  | 'changes_requested'
  | 'commented'
  | 'edited'
  | 'withdrawn'
  | 'rescheduled'
  | 'reminder'
  | 'breach'
  | 'publication_time_reached';

export interface TimelineEntry {
  id: string;
  at: string;
  type: TimelineType;
  by: Person | null;
  comment: string | null;
  stepIndex: number | null;
}

export interface ApprovalView {
  postId: string;
  status: ApprovalStatus;
  circuit: {
    id: string;
    name: string;
    required: boolean;
    steps: { name: string; rule: 'any' | 'all' }[];
  } | null;
  round: number;
  currentStep: CurrentStep | null;
  waitingOn: Person[];
  publicationAt: string | null;
  steps: StepLogEntry[];
  timeline: TimelineEntry[];
}

export interface ApprovalCan {
  submit: boolean;
  withdraw: boolean;
  decide: boolean;
  configure: boolean;
  shareLink: boolean;
}

export interface InboxItem {
  postId: string;
  title: string;
  status: ApprovalStatus;
  authorId: string;
  authorName: string;
  stepIndex: number;
  stepName: string;
  startedAt: string;
  dueAt: string;
  timeLeftMs: number;
  breached: boolean;
  escalated: boolean;
  publicationAt: string | null;
}

export interface Comment {
  id: string;
  text: string;
  author: Person;
  mentions: { userId: string; name: string }[];
  createdAt: string;
}

export interface VersionSummary {
  id: string;
  number: number;
  reason: 'submitted' | 'edited';
  createdBy: Person | null;
  createdAt: string;
}

export interface VariantDiff {
  variantId: string;
  accountId: string;
  network: string | null;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  text: Segment[];
  firstComment: Segment[];
  mediaAdded: string[];
  mediaRemoved: string[];
  scheduledAt: { from: string | null; to: string | null };
}

export interface VersionDiff {
  // Null for the first version, compared with an empty post.
  from: VersionSummary | null;
  to: VersionSummary;
  title: Segment[];
  variants: VariantDiff[];
}

export interface ReviewLink {
  id: string;
  postId: string;
  reviewerName: string;
  reviewerEmail: string | null;
  externalId: string | null;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
  active: boolean;
}

export interface ReviewLinkInput {
  reviewerName: string;
  reviewerEmail: string | null;
  externalId: string | null;
  expiresInDays: number;
}

export type ReviewDecision = 'approve' | 'reject' | 'comment';

/** What the public review page shows: the shared post only. */
export interface ReviewView {
  reviewerName: string;
  expiresAt: string;
  post: {
    title: string;
    scheduledAt: string | null;
    variants: {
      network: string | null;
      accountName: string | null;
      text: string;
      firstComment: string | null;
      media: { url: string; altText: string; kind: string | null }[];
      scheduledAt: string | null;
    }[];
  };
  approvalStatus: ApprovalStatus;
  canDecide: boolean;
  decided: 'approve' | 'reject' | null;
}

/** The few fields of a post (GET /posts/:id, POSTS-API.md) the approval pages preview. */
export interface PostPreview {
  id: string;
  title: string;
  status: string;
  scheduledAt: string | null;
  createdBy: { id: string; name: string } | null;
  variants: {
    id: string;
    network: string;
    accountHandle: string;
    text: string;
    media: { mediaId: string; altText: string }[];
    scheduledAt: string | null;
    status: string;
  }[];
}
