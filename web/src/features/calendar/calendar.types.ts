/** What the posts and calendar API sends, as the calendar reads it (docs: /work/notes/POSTS-API.md). */

export const POST_STATUSES = [
  'draft',
  'pending_approval',
  'changes_requested',
  'approved',
  'approval_overdue',
  'scheduled',
  'publishing',
  'published',
  'failed',
  'cancelled',
] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export interface CalendarVariant {
  id: string;
  accountId: string;
  network: string;
  accountHandle: string;
  scheduledAt: string | null;
  status: PostStatus;
  remoteUrl: string | null;
  publishedAt: string | null;
}

export interface CalendarPost {
  id: string;
  title: string;
  objectiveId: string | null;
  actionId: string | null;
  pillarId: string | null;
  createdBy: { id: string; name: string } | null;
  status: PostStatus;
  scheduledAt: string | null;
  variants: CalendarVariant[];
}

export interface PostPage {
  data: CalendarPost[];
  nextCursor: string | null;
}

export interface CalendarFilterOptions {
  objectives: { id: string; title: string }[];
  actions: { id: string; title: string }[];
  pillars: { id: string; name: string; colour: string | null; targetShare: number | null }[];
  accounts: { id: string; network: string; handle: string }[];
  authors: { id: string; name: string }[];
}

export interface PillarMix {
  pillars: {
    pillarId: string;
    name: string;
    colour: string | null;
    /** Percent (0–100), from the editorial line. */
    targetShare: number | null;
    actualShare: number;
    count: number;
  }[];
  unassigned: number;
  total: number;
}

export interface PostingSlot {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  time: string;
}

export interface AccountSlots {
  timeZone: string;
  slots: PostingSlot[];
}

export interface CalendarFeed {
  id: string;
  label: string;
  /** The full address only in the answer to its creation; lists may mask it (the server keeps a hash). */
  url: string | null;
  createdAt: string;
  lastUsedAt: string | null;
}
