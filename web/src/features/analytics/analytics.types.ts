/**
 * What the analytics API answers, as the web sees it. Mirrors by hand the server's contract
 * (src/modules/analytics/indicators/indicator.types.ts and the dashboards and reports schemas): the web
 * never imports server code.
 */

export type MetricUnit = 'percent' | 'count' | 'minutes' | 'currency' | 'ratio' | 'hours';
export interface LocalizedText {
  en: string;
  fr: string;
}

export interface Period {
  from: string;
  to: string;
  fromInstant: string;
  toInstant: string;
  timeZone: string;
}

export type ScopeKind = 'workspace' | 'objective' | 'action' | 'network' | 'pillar';
export interface Scope {
  kind: ScopeKind;
  id?: string;
}

export type UnavailableReason =
  | 'not_reported'
  | 'no_data'
  | 'zero_cost'
  | 'zero_denominator'
  | 'cost_not_attributable'
  | 'needs_assumption'
  | 'not_computable'
  | 'restricted';

export interface IndicatorInput {
  key: string;
  label: LocalizedText;
  value: number | null;
  unit: MetricUnit;
  source?: string;
  rows?: number;
}

export interface IndicatorValue {
  metric: string;
  unit: MetricUnit;
  currency: string | null;
  value: number | null;
  unavailable?: UnavailableReason;
  formula: LocalizedText;
  inputs: IndicatorInput[];
  coverage?: { reported: number; of: number };
  notes: string[];
}

export type IndicatorStatus = 'on_track' | 'behind' | 'no_target' | 'no_value';

export interface IndicatorCard {
  indicatorId: string;
  objectiveId: string;
  name: string;
  kind: 'roi' | 'roa' | 'roni' | 'process';
  networkId: string | null;
  current: IndicatorValue;
  previous: IndicatorValue;
  target: number | null;
  baseline: number | null;
  benchmark: { value: number; source: string } | null;
  higherIsBetter: boolean;
  status: IndicatorStatus;
  trend: { from: string; to: string; value: number | null }[];
}

export interface RoniRisk {
  kind: string;
  label: string;
  probability: number | null;
  impact: number | null;
  expectedLoss: number | null;
  unavailable?: 'needs_assumption';
  inputs: IndicatorInput[];
}

export interface RoniEstimate {
  currency: string;
  total: number;
  risks: RoniRisk[];
}

export interface MetricsAnswer {
  period: Period;
  previousPeriod: Period;
  scope: Scope;
  currency: string;
  values: IndicatorValue[];
}

export interface CardsAnswer {
  period: Period;
  previousPeriod: Period;
  cards: IndicatorCard[];
}

export interface RoniAnswer {
  period: Period;
  estimate: RoniEstimate;
  counts: { unansweredQuestions: number; lateAnswers: number; audiencesNotReached: number };
}

export interface TraceAnswer {
  source: string;
  rows: Record<string, unknown>[];
  truncated: boolean;
}

export type BreakdownBy = 'network' | 'pillar' | 'action' | 'objective';

export interface BreakdownFigures {
  posts: number;
  engagements: number | null;
  impressions: number | null;
  reach: number | null;
  linkClicks: number;
  conversions: number;
  attributedValue: number;
  cost: number | null;
  engagementRateImpressions: number | null;
  coverage?: { impressions: number; engagements: number; reach?: number };
  share?: number | null;
  targetShare?: number | null;
}

export interface BreakdownRow extends BreakdownFigures {
  key: string;
  label: string;
}

export interface BreakdownAnswer {
  period: Period;
  by: BreakdownBy;
  currency: string;
  rows: BreakdownRow[];
  unassigned: BreakdownFigures;
  /** `other_currency:N`. */
  notes: string[];
}

export type PostRanking = 'engagements' | 'engagement_rate_impressions' | 'link_clicks';

export interface RankedPost {
  variantId: string;
  postId: string;
  title: string;
  network: string;
  accountHandle: string;
  publishedAt: string;
  remoteUrl: string | null;
  text: string;
  engagements: number | null;
  impressions: number | null;
  likes: number | null;
  replies: number | null;
  reposts: number | null;
  quotes: number | null;
  engagementRateImpressions: number | null;
  /** Null when the variant carries no tracked link. */
  linkClicks: number | null;
  value: number | null;
}

export interface PostsAnswer {
  period: Period;
  by: PostRanking;
  order: 'top' | 'bottom';
  currency: string;
  rows: RankedPost[];
}

export type SeriesMetric = 'engagements' | 'link_clicks' | 'conversions' | 'attributed_value' | 'posts';

export interface SeriesAnswer {
  period: Period;
  bucket: 'day' | 'week';
  points: { from: string; to: string; values: Partial<Record<SeriesMetric, number | null>> }[];
}

export interface Comparison {
  current: number | null;
  previous: number | null;
}

export interface ExecutiveObjective {
  id: string;
  title: string;
  type: string;
  kind: string;
  /** How many indicator cards of the objective are in each status; null while the engine is absent. */
  cards: Record<IndicatorStatus, number> | null;
}

export type ExecutiveRisk = Pick<RoniRisk, 'kind' | 'label' | 'probability' | 'impact' | 'expectedLoss'>;

export interface ExecutiveAnswer {
  period: Period;
  previousPeriod: Period;
  currency: string;
  headline: Record<
    'posts' | 'engagements' | 'linkClicks' | 'conversions' | 'attributedValue' | 'cost' | 'roi',
    Comparison
  >;
  objectives: ExecutiveObjective[];
  risks: ExecutiveRisk[] | null;
}

export const REPORT_KINDS = ['monthly_report', 'executive_briefing'] as const;
export const REPORT_CADENCES = ['weekly', 'monthly'] as const;
export const REPORT_FORMATS = ['pdf', 'csv'] as const;

export interface ReportSchedule {
  id: string;
  kind: (typeof REPORT_KINDS)[number];
  cadence: (typeof REPORT_CADENCES)[number];
  format: (typeof REPORT_FORMATS)[number];
  language: 'en' | 'fr';
  /** Membership ids. */
  recipients: string[];
  nextRunAt: string | null;
  lastRunAt: string | null;
  lastError: string | null;
  createdAt: string;
}

export type ReportScheduleInput = Pick<
  ReportSchedule,
  'kind' | 'cadence' | 'format' | 'language' | 'recipients'
>;
