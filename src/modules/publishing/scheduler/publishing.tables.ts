import type { Generated } from 'kysely';

// Row shapes of the publishing core (migration 20261128040000_jobs_publishing). Timestamps are ISO
// strings, JSON columns are text parsed by the repositories, flags are 0/1 (see src/db/columns.ts).

export interface ConnectedAccountsTable {
  id: string;
  workspace_id: string;
  /** A registered network id (connectors/registry.ts). */
  network: string;
  /** The network's stable id for the account (DID, account id). */
  remote_id: string;
  handle: string;
  display_name: string | null;
  avatar_url: string | null;
  profile_url: string | null;
  /** `SecretBox.seal(JSON credentials, account id)`: never readable without the key. */
  credentials: string;
  /** valid | expiring | needs_reconnect (connector HealthStatus). */
  health_status: string;
  /** A HealthReason code the UI translates. */
  health_reason: string;
  health_detail: string | null;
  health_checked_at: string | null;
  /** The network asked us to wait until then before the next call for this account. */
  rate_limited_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface PostsTable {
  id: string;
  workspace_id: string;
  /** An internal label for the calendar; the published text lives in the variants. */
  title: string;
  objective_id: string | null;
  action_id: string | null;
  pillar_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** 1: links are rewritten to tracked short links at publish time (migration 20261128050000). */
  track_links: Generated<number>;
}

export interface PostVariantsTable {
  id: string;
  workspace_id: string;
  post_id: string;
  account_id: string;
  text: string;
  /** JSON array of media references (`MediaRef`). */
  media: string;
  first_comment: string | null;
  /** JSON array of `ThreadPart`: the parts after the first (empty: a single post). */
  thread: string;
  /** A connector `Visibility`; null: the network's default. */
  visibility: string | null;
  content_warning: string | null;
  /** Attempts made before the user's last retry: the retry budget counts from there. */
  attempt_base: number;
  scheduled_at: string | null;
  /** VariantStatus (publishing.types.ts). */
  status: string;
  remote_id: string | null;
  remote_url: string | null;
  published_at: string | null;
  /** 1 when published more than the grace period after `scheduled_at` (shown to the user). */
  published_late: number;
  /** A stable code the UI translates (`account_needs_reconnect`, `text_too_long`, `missed_while_offline`…). */
  failure_code: string | null;
  /** A human sentence in English for logs; the UI translates `failure_code`. */
  failure_reason: string | null;
  /** JSON of the redacted ConnectorError. */
  raw_error: string | null;
  /** Stable across every attempt at publishing this variant (sent to the network). */
  idempotency_key: string;
  created_at: string;
  updated_at: string;
}

export interface PublishAttemptsTable {
  id: string;
  workspace_id: string;
  variant_id: string;
  number: number;
  started_at: string;
  finished_at: string | null;
  /** null while in flight (or the worker died); then an AttemptOutcome. */
  outcome: string | null;
  /** JSON of the redacted error, when there was one. */
  error: string | null;
}

export interface PublishingSettingsTable {
  workspace_id: string;
  /** publish_late | flag: what happens to posts that fell due while no worker was running. */
  missed_post_policy: string;
  updated_at: string;
}

export interface PublishingTables {
  connected_accounts: ConnectedAccountsTable;
  posts: PostsTable;
  post_variants: PostVariantsTable;
  publish_attempts: PublishAttemptsTable;
  publishing_settings: PublishingSettingsTable;
}
