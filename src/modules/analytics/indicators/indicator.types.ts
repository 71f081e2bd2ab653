import type { LocalizedText, MetricUnit } from '../../strategy/metrics.catalogue.js';

/**
 * The shapes the indicator engine answers with (docs/analytics-indicators.md). Dashboards, reports and
 * the web read these; the engine alone fills them.
 */

export type ScopeKind = 'workspace' | 'objective' | 'action' | 'network' | 'pillar';

export interface Scope {
  kind: ScopeKind;
  /** Objective, action or pillar id, or network id; absent for the workspace. */
  id?: string;
}

/** A period as asked (workspace wall-clock days, `to` included) and as computed (UTC instants). */
export interface Period {
  from: string;
  to: string;
  fromInstant: string;
  toInstant: string;
  timeZone: string;
}

/** Why a figure is null. */
export type UnavailableReason =
  | 'not_reported'
  | 'no_data'
  | 'zero_cost'
  | 'zero_denominator'
  | 'cost_not_attributable'
  | 'needs_assumption'
  | 'not_computable'
  /** The figure is a cost or derives from one, and the reader's role may not see the budget. */
  | 'restricted';

/** Where an input's rows live: `GET …/analytics/trace?metric&input` lists them. */
export type TraceSource =
  | 'variants'
  | 'clicks'
  | 'conversions'
  | 'budget_lines'
  | 'campaigns'
  | 'inbox_items'
  | 'approvals'
  | 'account_snapshots'
  | 'roni'
  | 'workload';

export interface IndicatorInput {
  /** Stable key (`attributed_value`, `cost`, `engagements`…), also the `input` of the trace route. */
  key: string;
  label: LocalizedText;
  value: number | null;
  unit: MetricUnit | 'hours';
  /** Rows behind this input; absent for inputs that are other inputs combined. */
  source?: TraceSource;
  /** How many rows made it (e.g. 12 conversions, 4 budget lines). */
  rows?: number;
}

export interface IndicatorValue {
  metric: string;
  unit: MetricUnit;
  /** Currency of money figures (workspace currency); null for other units. */
  currency: string | null;
  /** Money in minor units; percents as percents (12.5 = 12.5 %), rounded to 2 decimals. */
  value: number | null;
  unavailable?: UnavailableReason;
  formula: LocalizedText;
  inputs: IndicatorInput[];
  /** For sums of post metrics: how many published variants reported the metric, out of how many. */
  coverage?: { reported: number; of: number };
  /** Codes the UI translates: `other_currency:3` (3 conversions in another currency left out)… */
  notes: string[];
}

export type IndicatorStatus = 'on_track' | 'behind' | 'no_target' | 'no_value';

/** One strategy indicator (step 7) computed for a period, with everything it is compared with. */
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
  /** The metric per bucket (week or month) over the period, for the trend chart. */
  trend: { from: string; to: string; value: number | null }[];
}

export interface RoniRisk {
  /** unanswered_questions | late_answers | audience_gap | competitor */
  kind: string;
  label: string;
  probability: number | null;
  /** Minor units of the workspace currency. */
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
