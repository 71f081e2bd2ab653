import type { IndicatorCard, IndicatorValue, Period, RoniEstimate } from '../indicators/indicator.types.js';

/**
 * Everything a management report shows, gathered once (collect.ts) from the indicator engine and the
 * dashboards; the PDF, the CSV and the briefing only lay this out. A figure the data cannot give stays
 * null with its reason: the renderers print "not reported", never 0.
 */

export type ReportLang = 'en' | 'fr';

/** One group of a breakdown (a network or a pillar) with the figures the report tables show. */
export interface ReportGroupRow {
  key: string;
  label: string;
  posts: number;
  engagements: number | null;
  impressions: number | null;
  linkClicks: number;
  conversions: number;
  /** Minor units of the workspace currency. */
  attributedValue: number;
  engagementRateImpressions: number | null;
  /** Pillars: posts of the pillar ÷ posts × 100, and the editorial line's target share. */
  share?: number | null;
  targetShare?: number | null;
}

/** One post of the top or bottom list. */
export interface ReportPostRow {
  variantId: string;
  title: string;
  network: string;
  publishedAt: string;
  engagements: number | null;
  impressions: number | null;
  linkClicks: number;
}

/** A point of the weekly trend chart. */
export interface ReportSeriesPoint {
  from: string;
  to: string;
  engagements: number | null;
  linkClicks: number | null;
}

export interface ReportObjective {
  id: string;
  title: string;
  cards: IndicatorCard[];
}

/** Metrics grouped as the report's sections show them (workspace scope). */
export interface ReportFigures {
  roi: IndicatorValue[];
  roa: IndicatorValue[];
  process: IndicatorValue[];
}

export interface ReportData {
  lang: ReportLang;
  workspace: { id: string; name: string; timeZone: string; currency: string };
  /** Whole calendar month (monthly report) or any days (briefing, weekly schedules). */
  period: Period;
  previousPeriod: Period;
  generatedAt: string;
  current: ReportFigures;
  /** The same metrics over the previous period, by metric id. */
  previous: Record<string, number | null>;
  objectives: ReportObjective[];
  roni: {
    estimate: RoniEstimate;
    counts: { unansweredQuestions: number | null; lateAnswers: number | null; audiencesNotReached: number };
  };
  networks: ReportGroupRow[];
  pillars: ReportGroupRow[];
  topPosts: ReportPostRow[];
  bottomPosts: ReportPostRow[];
  series: ReportSeriesPoint[];
}

/** Metric ids of each section, in the order the report lists them. */
export const ROI_METRICS = ['roi', 'cost_per_acquisition', 'conversions', 'attributed_value'] as const;
export const ROA_METRICS = [
  'engagements',
  'impressions',
  'reach',
  'engagement_rate_followers',
  'engagement_rate_impressions',
  'link_clicks',
  'follower_growth',
  'attention_per_euro',
  'attention_per_hour',
] as const;
export const PROCESS_METRICS = [
  'first_response_time_median',
  'share_answered_within_target',
  'approval_cycle_time',
  'workload_vs_capacity',
] as const;

/** All workspace metrics of one report section set, flattened. */
export function allFigures(f: ReportFigures): IndicatorValue[] {
  return [...f.roi, ...f.roa, ...f.process];
}

/** A figure by metric id, if the engine gave it. */
export function figure(f: ReportFigures, metric: string): IndicatorValue | undefined {
  return allFigures(f).find((v) => v.metric === metric);
}
