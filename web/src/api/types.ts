/**
 * What the API sends and receives, as the web sees it. These mirror the server's Zod schemas by hand:
 * the web never imports server or database code (see docs/ARCHITECTURE.md).
 */

export const ROLES = [
  'owner',
  'admin',
  'strategist',
  'editor',
  'approver',
  'community_manager',
  'analyst',
  'executive',
  'guest_reviewer',
] as const;
export type Role = (typeof ROLES)[number];

/** The policy actions the server names in `can`; keep in step with src/core/policy.ts. */
export type Action =
  | 'workspace.read'
  | 'workspace.update'
  | 'workspace.delete'
  | 'members.read'
  | 'members.invite'
  | 'members.manage'
  | 'departments.manage'
  | 'audit.read'
  | 'outbox.read'
  | 'tokens.manage'
  | 'strategy.read'
  | 'strategy.write'
  | 'strategy.publish'
  | 'organisation.read'
  | 'organisation.write'
  | 'budget.read'
  | 'budget.write'
  | 'accounts.read'
  | 'accounts.manage'
  | 'posts.read'
  | 'posts.write'
  | 'posts.publish'
  | 'approvals.decide'
  | 'approvals.configure'
  | 'inbox.read'
  | 'inbox.handle'
  | 'analytics.read'
  | 'analytics.configure'
  | 'reports.read'
  | 'shared.review'
  | 'webhooks.manage';

export type Abilities = Partial<Record<Action, boolean>>;
export type Locale = 'en' | 'fr';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  locale: Locale | null;
  timeZone: string | null;
}

export interface WorkspaceSummary {
  id: string;
  name: string;
  role: Role;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
  workspaces: WorkspaceSummary[];
}

export interface OpeningHours {
  /** 0 = Sunday … 6 = Saturday. */
  day: number;
  start: string;
  end: string;
}

export interface BusinessHours {
  weekdays: OpeningHours[];
  holidays: string[];
}

export interface Workspace {
  id: string;
  name: string;
  timeZone: string;
  currency: string;
  locale: Locale;
  businessHours: BusinessHours;
  createdAt: string;
}

export interface WorkspaceView {
  data: Workspace;
  role: Role;
  can: Abilities;
  /** Roles the caller may hand out, from the server's policy (invitations, role changes, tokens). */
  grantableRoles: Role[];
}

export interface Member {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  departmentIds: string[];
  createdAt: string;
}

export interface Department {
  id: string;
  name: string;
  headUserId: string | null;
  memberIds: string[];
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  departmentIds: string[];
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
  /** Null when the inviter's account is gone. */
  invitedByName: string | null;
}

export interface InvitationPreview {
  workspaceName: string;
  email: string;
  role: Role;
  inviterName: string | null;
  accountExists: boolean;
  expiresAt: string;
  /** Not in the contract yet; when the server sends it, the accepted invitation opens this workspace. */
  workspaceId?: string;
}

export type MailStatus = 'queued' | 'sent' | 'logged' | 'failed';

export interface Mail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  /** When the worker tries a failed message again; null once delivered or out of attempts. */
  nextAttemptAt: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface AuditEntry {
  id: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  objectType: string;
  objectId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  ip: string | null;
  createdAt: string;
}

export interface AuditPage {
  data: AuditEntry[];
  nextCursor: string | null;
}

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  /** Whose token it is: owners and admins see everyone's. */
  userId: string;
  userName: string;
}

export interface ApiTokenCreated {
  data: ApiToken;
  secret: string;
}

export interface DataOf<T> {
  data: T;
}
