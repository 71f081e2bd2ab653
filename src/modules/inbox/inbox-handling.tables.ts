// Row shapes of inbox handling (migration 20261128080000_inbox_handling).

export interface InboxRulesTable {
  id: string;
  workspace_id: string;
  name: string;
  enabled: number;
  position: number;
  stop_processing: number;
  /** JSON RuleConditions (rules/rules.engine.ts). */
  conditions: string;
  /** JSON RuleActions. */
  actions: string;
  created_at: string;
  updated_at: string;
}

export interface InboxSavedRepliesTable {
  id: string;
  workspace_id: string;
  title: string;
  body: string;
  language: string | null;
  /** JSON array of tag strings. */
  tags: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface InboxRepliesTable {
  id: string;
  workspace_id: string;
  item_id: string;
  account_id: string;
  text: string;
  /** pending | sent | failed */
  status: string;
  remote_id: string | null;
  url: string | null;
  idempotency_key: string;
  author_id: string | null;
  failure_code: string | null;
  failure_reason: string | null;
  /** JSON of the network's error (RawNetworkError), redacted by the connector. */
  raw_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface InboxNotesTable {
  id: string;
  workspace_id: string;
  item_id: string;
  author_id: string | null;
  text: string;
  created_at: string;
}

export interface InboxSettingsTable {
  workspace_id: string;
  /** business | around_the_clock */
  clock: string;
  /** JSON ResponseTarget[] (settings/response-targets.ts). */
  targets: string;
  updated_at: string;
}

export interface InboxHandlingTables {
  inbox_rules: InboxRulesTable;
  inbox_saved_replies: InboxSavedRepliesTable;
  inbox_replies: InboxRepliesTable;
  inbox_notes: InboxNotesTable;
  inbox_settings: InboxSettingsTable;
}
