import { METRICS } from '../../strategy/metrics.catalogue.js';
import type { FactLoader } from './fact-loader.js';
import type { IndicatorValue, Period } from './indicator.types.js';
import { approvalCycleTime, inboxValue, workloadVsCapacity } from './process.js';
import {
  engagementRateFollowers,
  engagementRateImpressions,
  followerGrowth,
  linkClicks,
  postSum,
  postSumValue,
} from './roa.js';
import {
  attentionPerEuro,
  attentionPerHour,
  attributedValue,
  conversionsValue,
  costPerAcquisition,
  roi,
  summariseCosts,
  type CostSummary,
} from './roi.js';
import { roniEstimate, roniValue, type RoniCounts } from './roni.js';
import { costAttributable, type FactScope } from './scope-sql.js';
import { EXTRA_METRICS } from './values.js';

/** Every metric id the engine computes: the catalogue's, in its order, then the engine's own. */
export const COMPUTABLE_METRICS: readonly string[] = [...Object.keys(METRICS), ...EXTRA_METRICS];

export function isComputable(metric: string): boolean {
  return COMPUTABLE_METRICS.includes(metric);
}

async function costSummary(l: FactLoader, period: Period, scope: FactScope): Promise<CostSummary | null> {
  if (!costAttributable(scope)) return null;
  return summariseCosts(await l.costs(period, scope), period, l.currency);
}

/** Campaign results count on every scope they can be attributed to (network included), costs or not. */
async function campaignResults(l: FactLoader, period: Period, scope: FactScope): Promise<CostSummary> {
  return summariseCosts(await l.costs(period, scope), period, l.currency);
}

/** Unanswered questions, late answers and audiences not reached, measured for RONI. */
export async function roniCounts(l: FactLoader, period: Period, scope: FactScope): Promise<RoniCounts> {
  const inbox = await l.inboxSummary(period, scope);
  return {
    unansweredQuestions: inbox.unansweredQuestions,
    lateAnswers: inbox.lateAnswers,
    audiencesNotReached: (await l.audiencesNotReached()).length,
  };
}

/** One metric over one period and scope, exactly as docs/analytics-indicators.md defines it. */
export async function computeMetric(
  metric: string,
  period: Period,
  scope: FactScope,
  l: FactLoader,
): Promise<IndicatorValue> {
  const cur = l.currency;
  switch (metric) {
    case 'engagements':
    case 'impressions':
    case 'reach':
      return postSumValue(metric, await l.variants(period, scope), cur);
    case 'engagement_rate_followers':
      return engagementRateFollowers(await l.variants(period, scope), cur);
    case 'engagement_rate_impressions':
      return engagementRateImpressions(await l.variants(period, scope), cur);
    case 'link_clicks':
      return linkClicks(await l.clicks(period, scope), cur);
    case 'follower_growth':
      return followerGrowth(await l.followers(period, scope), cur);
    case 'conversions':
      return conversionsValue(
        await l.conversions(period, scope),
        await campaignResults(l, period, scope),
        cur,
      );
    case 'attributed_value':
      return attributedValue(
        await l.conversions(period, scope),
        await campaignResults(l, period, scope),
        cur,
      );
    case 'roi':
      return roi(await l.conversions(period, scope), await costSummary(l, period, scope), cur);
    case 'cost_per_acquisition': {
      const c = await costSummary(l, period, scope);
      return costPerAcquisition(await l.conversions(period, scope), c, cur);
    }
    case 'attention_per_euro':
    case 'attention_per_hour': {
      const c = await costSummary(l, period, scope);
      const e =
        c === null ? { value: null, reported: 0 } : postSum(await l.variants(period, scope), 'engagements');
      return metric === 'attention_per_euro'
        ? attentionPerEuro(e.value, e.reported, c, cur)
        : attentionPerHour(e.value, e.reported, c, cur);
    }
    case 'first_response_time_median':
    case 'share_answered_within_target':
    case 'unanswered_questions':
    case 'late_answers':
      return inboxValue(metric, await l.inboxSummary(period, scope), cur);
    case 'approval_cycle_time': {
      const rows = await l.approvals(period, scope);
      return approvalCycleTime(
        rows.map((r) => r.state),
        await l.calendar(),
        cur,
      );
    }
    case 'workload_vs_capacity':
      return workloadVsCapacity(await l.workload(period), cur);
    case 'audiences_not_reached':
    case 'competitor_presence':
    case 'roni_total': {
      const counts = await roniCounts(l, period, { kind: 'workspace' });
      const est = roniEstimate(await l.roniInputs(), counts);
      return roniValue(metric, est, counts, cur);
    }
    default:
      throw new Error(`metric ${metric} is not computable`);
  }
}
