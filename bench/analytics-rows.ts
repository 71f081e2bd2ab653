// Constants, deterministic helpers and table layouts of the analytics benchmark's dataset
// (bench/analytics-data.ts writes the rows; bench/analytics-bulk.ts loads them).
import { ALL_POST_METRICS } from '../src/modules/analytics/collection/metric-names.js';
import type { TableSpec } from './analytics-bulk.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Publications run over the year from this instant (the measured periods fall inside it). */
export const DATA_START = Date.UTC(2025, 10, 1);
export const YEAR_MS = 365 * DAY;
export const SNAPSHOTS_PER_VARIANT = 25;
export const ACCOUNTS = 20;
export const NETWORKS = ['mastodon', 'bluesky', 'x', 'linkedin', 'instagram'] as const;
export const REPORTED: Record<string, readonly string[]> = {
  mastodon: ['likes', 'replies', 'reposts'],
  bluesky: ['likes', 'replies', 'reposts', 'quotes'],
  x: ['impressions', 'likes', 'replies', 'reposts', 'quotes', 'bookmarks'],
  linkedin: ['impressions', 'reach', 'likes', 'replies', 'reposts'],
  instagram: ['impressions', 'reach', 'likes', 'replies', 'bookmarks', 'video_views'],
};
export const KINDS = ['reply', 'reply', 'reply', 'mention', 'mention', 'quote', 'direct_message'] as const;
export const CONTACTS = 20_000;

/** A small deterministic generator (mulberry32). */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const iso = (ms: number) => new Date(ms).toISOString();

let idCounter = 0;
/**
 * A UUIDv7-shaped id (time first, as newId) with a counter instead of random bytes: two million
 * crypto.randomBytes calls cost more than the inserts themselves. Unique within the dataset.
 */
export function fastId(ms: number = DATA_START): string {
  const t = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  const c = (idCounter++).toString(16).padStart(12, '0');
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7000-8000-${c}`;
}

export const T = (table: string, columns: TableSpec['columns']): TableSpec => ({ table, columns });
export const VARIANTS = T('post_variants', [
  ['id', 'text'], ['workspace_id', 'text'], ['post_id', 'text'], ['account_id', 'text'], ['text', 'text'],
  ['media', 'jsonb'], ['scheduled_at', 'timestamptz'], ['status', 'text'], ['remote_id', 'text'],
  ['remote_url', 'text'], ['published_at', 'timestamptz'], ['idempotency_key', 'text'],
  ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
]); // prettier-ignore
export const POSTS = T('posts', [
  ['id', 'text'], ['workspace_id', 'text'], ['title', 'text'], ['objective_id', 'text'], ['action_id', 'text'],
  ['pillar_id', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
]); // prettier-ignore
export const SNAPSHOTS = T('post_metric_snapshots', [
  ['id', 'text'], ['workspace_id', 'text'], ['variant_id', 'text'], ['account_id', 'text'], ['network', 'text'],
  ['observed_at', 'timestamptz'], ['due_at', 'timestamptz'], ['metrics', 'jsonb'], ['unavailable', 'jsonb'],
  ['gone', 'integer'],
]); // prettier-ignore
export const ACCOUNT_SNAPSHOTS = T('account_metric_snapshots', [
  ['id', 'text'], ['workspace_id', 'text'], ['account_id', 'text'], ['observed_at', 'timestamptz'],
  ['metrics', 'jsonb'], ['unavailable', 'jsonb'],
]); // prettier-ignore
export const LINKS = T('tracked_links', [
  ['id', 'text'], ['workspace_id', 'text'], ['post_id', 'text'], ['variant_id', 'text'], ['code', 'text'],
  ['target_url', 'text'], ['final_url', 'text'], ['network', 'text'], ['created_at', 'timestamptz'],
]); // prettier-ignore
export const CLICKS = T('link_clicks', [
  ['id', 'text'], ['link_id', 'text'], ['workspace_id', 'text'], ['clicked_at', 'timestamptz'],
  ['is_bot', 'integer'], ['bot_reason', 'text'], ['referrer_host', 'text'], ['country', 'text'],
  ['visitor_hash', 'text'],
]); // prettier-ignore
export const CONVERSIONS = T('conversions', [
  ['id', 'text'], ['workspace_id', 'text'], ['site_id', 'text'], ['type', 'text'], ['value_minor', 'bigint'],
  ['currency', 'text'], ['external_id', 'text'], ['link_id', 'text'], ['click_id', 'text'],
  ['variant_id', 'text'], ['post_id', 'text'], ['attribution', 'text'], ['link_code', 'text'],
  ['occurred_at', 'timestamptz'], ['received_at', 'timestamptz'], ['visitor_hash', 'text'],
]); // prettier-ignore
export const CONTACT_ROWS = T('inbox_contacts', [
  ['id', 'text'], ['workspace_id', 'text'], ['network', 'text'], ['remote_id', 'text'], ['handle', 'text'],
  ['first_seen_at', 'timestamptz'], ['last_seen_at', 'timestamptz'],
]); // prettier-ignore
export const ITEMS = T('inbox_items', [
  ['id', 'text'], ['workspace_id', 'text'], ['account_id', 'text'], ['network', 'text'], ['remote_id', 'text'],
  ['kind', 'text'], ['contact_id', 'text'], ['text', 'text'], ['thread_key', 'text'],
  ['occurred_at', 'timestamptz'], ['received_at', 'timestamptz'], ['is_question', 'integer'],
  ['sentiment', 'text'], ['sentiment_score', 'float8'], ['state', 'text'], ['priority', 'text'],
  ['tags', 'jsonb'], ['target_minutes', 'integer'], ['due_at', 'timestamptz'],
  ['first_response_at', 'timestamptz'], ['first_response_source', 'text'], ['breached_at', 'timestamptz'],
  ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
]); // prettier-ignore

/** A variant's final figures; a snapshot holds them grown to its age (most attention comes early). */
export function finalMetrics(rand: () => number): Record<string, number> {
  const base = 150 + 6000 * rand() * rand();
  const likes = Math.round(base * (0.01 + 0.04 * rand()));
  const reposts = Math.round(likes * 0.25 * rand());
  return {
    impressions: Math.round(base),
    reach: Math.round(base * (0.55 + 0.35 * rand())),
    likes,
    replies: Math.round(likes * 0.2 * rand()),
    reposts,
    quotes: Math.round(reposts * 0.3 * rand()),
    bookmarks: Math.round(likes * 0.15 * rand()),
    video_views: Math.round(base * 0.4 * rand()),
  };
}

export function snapshotMetrics(
  network: string,
  final: Record<string, number>,
  ageMs: number,
  dropImpressions: boolean,
): { metrics: string; unavailable: string } {
  const grown = 1 - Math.exp(-ageMs / (30 * HOUR));
  const metrics: Record<string, number> = {};
  for (const name of REPORTED[network]!) {
    if (name === 'impressions' && dropImpressions) continue;
    metrics[name] = Math.floor(final[name]! * grown);
  }
  const unavailable = ALL_POST_METRICS.filter((m) => !(m in metrics));
  return { metrics: JSON.stringify(metrics), unavailable: JSON.stringify(unavailable) };
}
