/**
 * The inbox API as the web sees it (docs: notes INBOX-API). Mirrors the server's Zod schemas by hand:
 * the web never imports server code.
 */

export const INBOX_STATES = ['new', 'assigned', 'waiting', 'answered', 'closed', 'spam'] as const;
export type InboxState = (typeof INBOX_STATES)[number];
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];
export const KINDS = ['reply', 'mention', 'quote', 'direct_message'] as const;
export const INBOX_NETWORKS = ['bluesky', 'mastodon'] as const;

export interface ClockView {
  status: 'none' | 'running' | 'met' | 'breached';
  targetMinutes: number | null;
  dueAt: string | null;
  firstResponseAt: string | null;
  minutesLeft: number | null;
  responseMinutes: number | null;
}

export interface Contact {
  id: string;
  network: string;
  handle: string;
  displayName: string | null;
  avatarUrl: string | null;
  profileUrl: string | null;
}

export interface InboxItem {
  id: string;
  accountId: string;
  accountHandle: string;
  network: string;
  kind: string;
  text: string;
  url: string | null;
  contact: Contact;
  threadKey: string;
  variantId: string | null;
  postId: string | null;
  occurredAt: string;
  language: string | null;
  isQuestion: boolean;
  sentiment: string;
  priority: string;
  state: string;
  assigneeId: string | null;
  departmentId: string | null;
  tags: string[];
  clock: ClockView;
}

export interface InboxPage {
  data: InboxItem[];
  nextCursor: string | null;
}

export interface ReplyView {
  id: string;
  itemId: string;
  text: string;
  /** pending: being sent, or interrupted (retry it). */
  status: 'pending' | 'sent' | 'failed';
  remoteId: string | null;
  url: string | null;
  sentAt: string | null;
  failure: { code: string; reason: string } | null;
  authorId: string | null;
  createdAt: string;
}

export interface NoteView {
  id: string;
  text: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
}

export interface InboxDetail {
  data: InboxItem;
  thread: InboxItem[];
  history: InboxItem[];
  /** Added by the reply work (I2); absent on a server without it. */
  replies?: ReplyView[];
  notes?: NoteView[];
}

export interface TriagePatch {
  state?: InboxState;
  priority?: Priority;
  assigneeId?: string | null;
  departmentId?: string | null;
  tags?: string[];
}

export interface SavedReply {
  id: string;
  title: string;
  body: string;
  language: 'fr' | 'en' | null;
  tags: string[];
}
export type SavedReplyInput = Omit<SavedReply, 'id'>;

export interface RuleConditions {
  networks?: string[];
  kinds?: string[];
  keywords?: string[];
  pattern?: string;
  languages?: string[];
  isQuestion?: boolean;
  sentiments?: string[];
  minFollowers?: number;
}
export interface RuleActions {
  assigneeId?: string;
  departmentId?: string;
  tags?: string[];
  priority?: Priority;
  targetMinutes?: number;
}
export interface RoutingRule {
  id: string;
  name: string;
  enabled: boolean;
  position: number;
  stopProcessing: boolean;
  conditions: RuleConditions;
  actions: RuleActions;
}
export type RuleInput = Omit<RoutingRule, 'id' | 'position'>;

export interface RuleTestInput {
  text: string;
  network?: string;
  kind?: string;
  followers?: number | null;
}
export interface RuleTestResult {
  matched: { ruleId: string; name: string }[];
  result: { actions: RuleActions; language: string | null; isQuestion: boolean; sentiment: string };
}

export interface ResponseTarget {
  network: string;
  priority: Priority | null;
  minutes: number;
}
export interface InboxSettings {
  clock: 'business' | 'around_the_clock';
  targets: ResponseTarget[];
}

export interface IndicatorRow {
  key?: string | null;
  label?: string | null;
  received: number;
  answered: number;
  responseRate: number | null;
  medianFirstResponseMinutes: number | null;
  p90FirstResponseMinutes: number | null;
  withinTargetShare: number | null;
  backlog: number;
  breached: number;
  questions: number;
  unansweredQuestions: number;
  lateQuestions: number;
}
export interface Indicators {
  data: IndicatorRow[];
  total: IndicatorRow;
}
