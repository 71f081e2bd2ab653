export interface HeldRepliesTable {
  id: string;
  workspace_id: string;
  item_id: string;
  author_id: string;
  text: string;
  circuit_id: string;
  /** pending | approved | rejected | sent | failed */
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
  idempotency_key: string;
  created_at: string;
  updated_at: string;
}

export interface HeldRepliesTables {
  held_replies: HeldRepliesTable;
}
