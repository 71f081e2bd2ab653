import type { Generated } from 'kysely';

// Row shapes of the foundation migration. Timestamps are ISO strings, JSON columns are text
// (parsed by repositories), flags are 0/1: see src/db/columns.ts for why.

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  locale: string | null;
  time_zone: string | null;
  created_at: string;
  updated_at: string;
  disabled_at: string | null;
}

export interface WorkspacesTable {
  id: string;
  name: string;
  time_zone: string;
  currency: string;
  locale: string;
  business_hours: string;
  created_at: string;
  updated_at: string;
}

export interface DepartmentsTable {
  id: string;
  workspace_id: string;
  name: string;
  head_user_id: string | null;
  created_at: string;
}

export interface MembershipsTable {
  id: string;
  workspace_id: string;
  user_id: string;
  role: string;
  created_at: string;
  updated_at: string;
}

export interface DepartmentMembersTable {
  department_id: string;
  membership_id: string;
  workspace_id: string;
}

export interface InvitationsTable {
  id: string;
  workspace_id: string;
  email: string;
  role: string;
  department_ids: string;
  token_hash: string;
  invited_by: string | null;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface PasswordResetsTable {
  id: string;
  user_id: string;
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface ApiTokensTable {
  id: string;
  workspace_id: string;
  user_id: string;
  name: string;
  role: string;
  token_hash: string;
  prefix: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  workspace_id: string;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  object_type: string;
  object_id: string | null;
  summary: string;
  before: string | null;
  after: string | null;
  ip: string | null;
  created_at: string;
}

export interface MailOutboxTable {
  id: string;
  workspace_id: string | null;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  status: string;
  attempts: Generated<number>;
  last_error: string | null;
  next_attempt_at: string | null;
  sent_at: string | null;
  created_at: string;
  /** JSON [{ filename, contentType, content (base64) }] or null (migration 20261128110100). */
  attachments: string | null;
}

export interface FoundationTables {
  users: UsersTable;
  workspaces: WorkspacesTable;
  departments: DepartmentsTable;
  memberships: MembershipsTable;
  department_members: DepartmentMembersTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  mail_outbox: MailOutboxTable;
}
