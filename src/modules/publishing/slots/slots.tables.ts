// Row shapes of migration 20261128050100_slots_feeds: posting slots and personal iCalendar feeds.

export interface PostingSlotsTable {
  id: string;
  workspace_id: string;
  account_id: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Wall-clock 'HH:MM' in the workspace's time zone. */
  time: string;
  created_at: string;
}

export interface CalendarFeedsTable {
  id: string;
  workspace_id: string;
  user_id: string;
  label: string;
  /** SHA-256 hex of the secret in the feed URL; the secret itself is never stored. */
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SlotsTables {
  posting_slots: PostingSlotsTable;
  calendar_feeds: CalendarFeedsTable;
}
