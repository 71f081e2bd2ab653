// Row shapes of migration 20261128090000_approvals. JSON columns are text; timestamps ISO strings.

export interface ApprovalCircuitsTable {
  id: string;
  workspace_id: string;
  name: string;
  /** The engine's CircuitDefinition without its id, validated by zCircuitDefinition. */
  definition: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ApprovalRequestsTable {
  id: string;
  workspace_id: string;
  post_id: string;
  number: number;
  circuit_id: string | null;
  content_type: string;
  /** The engine's ApprovalState. */
  state: string;
  /** ApprovalStatus, copied from the state for queries. */
  status: string;
  revision: number;
  submitted_by: string | null;
  current_version_id: string | null;
  first_submitted_at: string | null;
  approved_at: string | null;
  /** The earliest timer still pending in the state (null: none). */
  next_timer_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ApprovalEventsTable {
  id: string;
  workspace_id: string;
  request_id: string;
  post_id: string;
  type: string;
  /** The engine's ApprovalEvent. */
  event: string;
  actor_name: string | null;
  step_index: number | null;
  created_at: string;
}

export interface PostVersionsTable {
  id: string;
  workspace_id: string;
  post_id: string;
  number: number;
  reason: string;
  snapshot: string;
  created_by: string | null;
  created_at: string;
}

export interface PostCommentsTable {
  id: string;
  workspace_id: string;
  post_id: string;
  author_kind: string;
  author_id: string | null;
  author_name: string;
  text: string;
  /** JSON array of mentioned user ids. */
  mentions: string;
  created_at: string;
}

export interface ReviewLinksTable {
  id: string;
  workspace_id: string;
  post_id: string;
  token_hash: string;
  reviewer_name: string;
  reviewer_email: string | null;
  external_id: string | null;
  created_by: string | null;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
  created_at: string;
}

export interface ApprovalsTables {
  approval_circuits: ApprovalCircuitsTable;
  approval_requests: ApprovalRequestsTable;
  approval_events: ApprovalEventsTable;
  post_versions: PostVersionsTable;
  post_comments: PostCommentsTable;
  review_links: ReviewLinksTable;
}
