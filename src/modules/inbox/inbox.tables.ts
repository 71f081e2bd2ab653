// Row shapes of the unified inbox (migration 20261128070000_inbox).
import type { Generated } from 'kysely';

export interface InboxContactsTable {
  id: string;
  workspace_id: string;
  network: string;
  remote_id: string;
  handle: string;
  display_name: string | null;
  avatar_url: string | null;
  profile_url: string | null;
  followers: number | null;
  first_seen_at: string;
  last_seen_at: string;
}

export interface InboxItemsTable {
  id: string;
  workspace_id: string;
  account_id: string;
  network: string;
  remote_id: string;
  /** reply | mention | quote | direct_message */
  kind: string;
  contact_id: string;
  text: string;
  url: string | null;
  subject_remote_id: string | null;
  parent_remote_id: string | null;
  root_remote_id: string | null;
  thread_key: string;
  variant_id: string | null;
  occurred_at: string;
  received_at: string;
  language: string | null;
  is_question: number;
  /** positive | neutral | negative */
  sentiment: string;
  sentiment_score: number;
  /** InboxState (inbox.types.ts). */
  state: string;
  /** low | normal | high | urgent */
  priority: string;
  assignee_id: string | null;
  department_id: string | null;
  /** JSON array of tag strings. */
  tags: string;
  target_minutes: number | null;
  due_at: string | null;
  first_response_at: string | null;
  first_response_by: string | null;
  /** presence | network */
  first_response_source: string | null;
  breached_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface InboxCursorsTable {
  account_id: string;
  workspace_id: string;
  /** The connector's opaque cursor; null before the first poll. */
  cursor: string | null;
  interval_seconds: number;
  next_poll_at: string;
  lease_until: string | null;
  last_polled_at: string | null;
  last_error: string | null;
  consecutive_failures: number;
}

/**
 * Columns added by migration 20261128110200_inbox_people, optional on insert so the row shapes above
 * (which ingestion, factories and the benchmark build whole) stay as they were.
 */
export interface InboxPeopleColumns {
  /** Contacts linked as the same person share it; null: the contact stands alone. */
  person_id: Generated<string | null>;
}
export interface InboxAnswerCheckColumns {
  /** When the replies under the item were last read to find an answer made on the network. */
  answer_checked_at: Generated<string | null>;
}

export interface InboxTables {
  inbox_contacts: InboxContactsTable & InboxPeopleColumns;
  inbox_items: InboxItemsTable & InboxAnswerCheckColumns;
  inbox_cursors: InboxCursorsTable;
}
