import type { AccountMetricName } from '../../publishing/connectors/connector.port.js';

/**
 * Every post metric issue 8 asks for, named as connectors name them (comments → replies, saves →
 * bookmarks) plus those no connector reports yet (reach, link clicks, video views): a network that
 * does not report one gets it listed as unavailable, never a zero.
 */
export const ALL_POST_METRICS = [
  'impressions',
  'reach',
  'likes',
  'replies',
  'reposts',
  'quotes',
  'bookmarks',
  'link_clicks',
  'video_views',
] as const;
export type SnapshotPostMetric = (typeof ALL_POST_METRICS)[number];

/** Every account metric a snapshot may hold. */
export const ALL_ACCOUNT_METRICS: readonly AccountMetricName[] = ['followers', 'follows', 'posts'];

/**
 * Keeps only finite, non-negative numbers among the values the network reported; everything else of
 * `all` is unavailable. A metric the connector declares but left out of one answer is unavailable too.
 */
export function splitReported<N extends string>(
  all: readonly N[],
  declared: readonly string[],
  values: Partial<Record<string, number>>,
): { metrics: Partial<Record<N, number>>; unavailable: N[] } {
  const metrics: Partial<Record<N, number>> = {};
  const unavailable: N[] = [];
  for (const name of all) {
    const v = values[name];
    if (declared.includes(name) && typeof v === 'number' && Number.isFinite(v) && v >= 0) metrics[name] = v;
    else unavailable.push(name);
  }
  return { metrics, unavailable };
}
