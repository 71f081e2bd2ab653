import { z } from 'zod';
import { withPeriod } from '../indicators/analytics.schemas.js';
import { RANK_BYS } from './dashboards-series.repository.js';
import { GROUP_BYS } from './dashboards.sql.js';

/**
 * The dashboard routes' queries and answers (prefix /api/v1/workspaces/:workspaceId/analytics).
 * Money is integer minor units of `currency`; percents are percents rounded to 2 decimals (shares to
 * 1 decimal, as the content-mix gauge); a figure no network reported is null, never 0.
 */

export const zPeriod = z.object({
  from: z.string(),
  to: z.string(),
  fromInstant: z.string(),
  toInstant: z.string(),
  timeZone: z.string(),
});

// --- GET analytics/breakdown ---------------------------------------------------------------------

export const zBreakdownQuery = withPeriod({ by: z.enum(GROUP_BYS) });
export type BreakdownQuery = z.infer<typeof zBreakdownQuery>;

const figures = {
  /** Published variants of the period (one post on two networks counts twice). */
  posts: z.number().int(),
  engagements: z.number().nullable(),
  impressions: z.number().nullable(),
  reach: z.number().nullable(),
  /** Human clicks on tracked links in the period (by click time). */
  linkClicks: z.number().int(),
  /** Attributed conversions in the period plus campaign conversions (campaigns ending in the period). */
  conversions: z.number().int(),
  /** Minor units, workspace currency only. */
  attributedValue: z.number().int(),
  /** Minor units; only for by=objective|action (costs cannot be split by network or pillar): else null. */
  cost: z.number().int().nullable(),
  /** Nearest-rank median over variants with impressions > 0. */
  engagementRateImpressions: z.number().nullable(),
  /** How many of `posts` reported each metric. */
  coverage: z.object({
    impressions: z.number().int(),
    engagements: z.number().int(),
    reach: z.number().int(),
  }),
  /** by=pillar only: posts of the group ÷ posts × 100 (1 decimal). */
  share: z.number().optional(),
  /** by=pillar only: the editorial line's target share (null for `unassigned`). */
  targetShare: z.number().nullable().optional(),
};

export const zBreakdownRow = z.object({
  /** Network id, or pillar / action / objective id. */
  key: z.string(),
  label: z.string(),
  ...figures,
});
export type BreakdownRow = z.infer<typeof zBreakdownRow>;
export const zBreakdownFigures = z.object(figures);
export type BreakdownFigures = z.infer<typeof zBreakdownFigures>;

export const zBreakdownResponse = z.object({
  period: zPeriod,
  by: z.enum(GROUP_BYS),
  currency: z.string(),
  /** Sorted by label; for pillar/action/objective every one of the workspace, even without posts. */
  rows: z.array(zBreakdownRow),
  /** Posts, clicks, conversions and costs without that grouping (or whose group was removed). */
  unassigned: zBreakdownFigures,
  /** `other_currency:N`: N conversions with a value in another currency, left out of values. */
  notes: z.array(z.string()),
});

// --- GET analytics/posts ---------------------------------------------------------------------------

export const zPostsQuery = withPeriod({
  order: z.enum(['top', 'bottom']).default('top'),
  by: z.enum(RANK_BYS).default('engagements'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type PostsQuery = z.infer<typeof zPostsQuery>;

export const zRankedPost = z.object({
  variantId: z.string(),
  postId: z.string(),
  title: z.string(),
  network: z.string(),
  accountHandle: z.string(),
  publishedAt: z.string(),
  remoteUrl: z.string().nullable(),
  /** The first 140 characters of the published text. */
  text: z.string(),
  engagements: z.number().nullable(),
  impressions: z.number().nullable(),
  likes: z.number().nullable(),
  replies: z.number().nullable(),
  reposts: z.number().nullable(),
  quotes: z.number().nullable(),
  engagementRateImpressions: z.number().nullable(),
  /** Null when the variant carries no tracked link. */
  linkClicks: z.number().int().nullable(),
  /** Attributed value (minor units) of its conversions in the period; null when it had none. */
  value: z.number().int().nullable(),
});

export const zPostsResponse = z.object({
  period: zPeriod,
  by: z.enum(RANK_BYS),
  order: z.enum(['top', 'bottom']),
  currency: z.string(),
  /** Variants whose `by` value is unknown are left out, never ranked as 0. */
  rows: z.array(zRankedPost),
});

// --- GET analytics/series --------------------------------------------------------------------------

export const SERIES_METRICS = [
  'engagements',
  'link_clicks',
  'conversions',
  'attributed_value',
  'posts',
] as const;
export type SeriesMetric = (typeof SERIES_METRICS)[number];

export const zSeriesQuery = withPeriod({
  metrics: z
    .string()
    .default('engagements,link_clicks,conversions')
    .transform((s) =>
      s
        .split(',')
        .map((m) => m.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(SERIES_METRICS)).min(1).max(SERIES_METRICS.length)),
  bucket: z.enum(['day', 'week']).default('day'),
});
export type SeriesQuery = z.infer<typeof zSeriesQuery>;

export const zSeriesResponse = z.object({
  period: zPeriod,
  bucket: z.enum(['day', 'week']),
  metrics: z.array(z.enum(SERIES_METRICS)),
  currency: z.string(),
  /** One per wall-clock day or ISO week (clipped to the period); `to` included. */
  points: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      fromInstant: z.string(),
      toInstant: z.string(),
      /** engagements: of variants published in the bucket (null: none reported). */
      values: z.record(z.string(), z.number().nullable()),
    }),
  ),
});

// --- GET analytics/executive -----------------------------------------------------------------------

export const zExecutiveQuery = withPeriod({});
export type ExecutiveQuery = z.infer<typeof zExecutiveQuery>;

const zCompared = z.object({ current: z.number().nullable(), previous: z.number().nullable() });

export const zExecutiveResponse = z.object({
  period: zPeriod,
  previousPeriod: zPeriod,
  currency: z.string(),
  headline: z.object({
    posts: zCompared,
    engagements: zCompared,
    linkClicks: zCompared,
    conversions: zCompared,
    attributedValue: zCompared,
    cost: zCompared,
    /** (attributedValue − cost) ÷ cost × 100; null when cost is 0. */
    roi: zCompared,
  }),
  objectives: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      type: z.string(),
      /** roi for value-producing objectives (sales, prospecting, recruitment), roa otherwise. */
      kind: z.enum(['roi', 'roa']),
      /** Status counts of the objective's indicator cards; null while the indicator engine is absent. */
      cards: z
        .object({
          on_track: z.number().int(),
          behind: z.number().int(),
          no_target: z.number().int(),
          no_value: z.number().int(),
        })
        .nullable(),
    }),
  ),
  /** The three largest RONI risks by expected loss; null while the indicator engine is absent. */
  risks: z
    .array(
      z.object({
        kind: z.string(),
        label: z.string(),
        probability: z.number().nullable(),
        impact: z.number().nullable(),
        expectedLoss: z.number().nullable(),
      }),
    )
    .nullable(),
});
export type ExecutiveResponse = z.infer<typeof zExecutiveResponse>;
