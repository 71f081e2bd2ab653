// Row shapes of tracked links (migration 20261128050200_tracked_links). Timestamps are ISO strings,
// flags are 0/1 (see src/db/columns.ts).

export interface TrackedLinksTable {
  id: string;
  workspace_id: string;
  /** Null once the post is deleted: the link keeps redirecting and its clicks stay countable. */
  post_id: string | null;
  variant_id: string | null;
  /** 8 base62 characters, unique across workspaces (the public URL names no workspace). */
  code: string;
  /** The URL as the author wrote it; with variant_id, the key that makes a retried publish reuse the code. */
  target_url: string;
  /** target_url with the UTM tags added: where /l/{code} redirects. */
  final_url: string;
  /** The network id the variant was published on (also its utm_source). */
  network: string;
  created_at: string;
}

export interface LinkClicksTable {
  id: string;
  link_id: string;
  workspace_id: string;
  clicked_at: string;
  /** 1 for crawlers, link-preview fetchers and HEAD requests: kept for audit, never counted as clicks. */
  is_bot: number;
  /** Why it was classified a bot (`head_request`, `empty_user_agent`, a crawler's name), else null. */
  bot_reason: string | null;
  /** Only the host of the Referer, never its path (which may carry personal data). */
  referrer_host: string | null;
  country: string | null;
  /** Keyed hash of IP + user agent + UTC day: tells repeat clicks apart without storing the IP. */
  visitor_hash: string;
}

export interface LinksTables {
  tracked_links: TrackedLinksTable;
  link_clicks: LinkClicksTable;
}
