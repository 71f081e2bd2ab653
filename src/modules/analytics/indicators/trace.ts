import { isLateAnswer } from './process.js';
import { clockOf, isReceived } from '../../inbox/indicators/indicators.js';
import { cycleTimes, type ApprovalState } from '../../approvals/engine/index.js';
import { roniCounts } from './compute.js';
import type { FactLoader } from './fact-loader.js';
import type { Period, TraceSource } from './indicator.types.js';
import { variantEngagements, variantMetric } from './roa.js';
import { prorate } from './roi.js';
import { roniEstimate } from './roni.js';
import type { FactScope } from './scope-sql.js';
import { round2 } from './values.js';
import type { VariantFact } from './facts.types.js';

type Row = Record<string, unknown>;

function variantRow(v: VariantFact): Row {
  const m = (k: string) => variantMetric(v, k);
  return {
    id: v.variantId,
    postId: v.postId,
    title: v.title,
    network: v.network,
    publishedAt: v.publishedAt,
    engagements: variantEngagements(v.metrics),
    likes: m('likes'),
    replies: m('replies'),
    reposts: m('reposts'),
    quotes: m('quotes'),
    impressions: m('impressions'),
    reach: m('reach'),
    followers: v.followers,
  };
}

/** Which variants an input counts: those reporting the metric, those usable in a rate, or all. */
function variantFilter(metric: string, inputKey: string): (v: VariantFact) => boolean {
  if (metric === 'engagement_rate_followers' && inputKey !== 'variants')
    return (v) => variantEngagements(v.metrics) !== null && v.followers !== null && v.followers > 0;
  if (metric === 'engagement_rate_impressions' && inputKey !== 'variants')
    return (v) => variantEngagements(v.metrics) !== null && (variantMetric(v, 'impressions') ?? 0) > 0;
  if (['engagements', 'impressions', 'reach'].includes(inputKey))
    return (v) => variantMetric(v, inputKey) !== null;
  return () => true;
}

/** Which inbox items an input counts (docs/inbox-indicators.md). */
function inboxFilter(inputKey: string, now: Date) {
  return (i: Parameters<typeof isLateAnswer>[0]) => {
    if (!isReceived(i)) return false;
    switch (inputKey) {
      case 'answered':
        return i.firstResponseAt !== null;
      case 'decided': {
        const c = clockOf(i, now);
        return c === 'met' || c === 'breached';
      }
      case 'unanswered_questions':
        return i.isQuestion && i.firstResponseAt === null;
      case 'late_answers':
        return isLateAnswer(i);
      default:
        return true;
    }
  };
}

/**
 * The rows behind one input, for the same period and scope as its figure. `limit` bounds what is read
 * where the source is large (clicks, conversions); small sources are sliced by the caller.
 */
export async function traceRows(
  l: FactLoader,
  period: Period,
  scope: FactScope,
  metric: string,
  inputKey: string,
  source: TraceSource,
  limit: number,
): Promise<Row[]> {
  switch (source) {
    case 'variants':
      return (await l.variants(period, scope)).filter(variantFilter(metric, inputKey)).map(variantRow);
    case 'account_snapshots': {
      if (metric === 'follower_growth')
        return (await l.followers(period, scope))
          .filter((a) => a.start !== null && a.end !== null)
          .map((a) => ({ accountId: a.accountId, followersStart: a.start, followersEnd: a.end }));
      return (await l.variants(period, scope)).filter(variantFilter(metric, inputKey)).map(variantRow);
    }
    case 'clicks':
      return l.facts.clickRows(l.workspaceId, period, scope, limit);
    case 'conversions':
      return l.facts.conversionRows(l.workspaceId, period, scope, limit);
    case 'budget_lines':
      return (await l.costs(period, scope)).lines.map((b) => ({
        id: b.id,
        month: b.month,
        category: b.category,
        label: b.label,
        actual: b.actual,
        prorated: Math.round(prorate(b.actual, b.month, period.from, period.to)),
        staffHours: b.staffHours,
        proratedHours:
          b.staffHours === null ? null : round2(prorate(b.staffHours, b.month, period.from, period.to)),
      }));
    case 'campaigns':
      return (await l.costs(period, scope)).campaigns.map((k) => ({ ...k }));
    case 'inbox_items':
      return (await l.inbox(period, scope)).filter(inboxFilter(inputKey, l.now())).map((i) => ({
        id: i.id,
        network: i.network,
        kind: i.kind,
        state: i.state,
        isQuestion: i.isQuestion,
        occurredAt: i.occurredAt,
        dueAt: i.dueAt,
        firstResponseAt: i.firstResponseAt,
        text: i.text,
      }));
    case 'approvals': {
      const calendar = await l.calendar();
      return (await l.approvals(period, scope)).map((r) => {
        const c = cycleTimes(JSON.parse(r.state) as ApprovalState, calendar);
        return {
          id: r.id,
          postId: r.post_id,
          title: r.title,
          submittedAt: r.first_submitted_at,
          approvedAt: r.approved_at,
          cycleMinutes: c.totalBusinessMs === null ? null : round2(c.totalBusinessMs / 60_000),
        };
      });
    }
    case 'roni': {
      if (metric === 'audiences_not_reached') return (await l.audiencesNotReached()).map((a) => ({ ...a }));
      const counts = await roniCounts(l, period, { kind: 'workspace' });
      const est = roniEstimate(await l.roniInputs(), counts);
      return est.risks
        .filter((r) => metric !== 'competitor_presence' || r.kind === 'competitor')
        .map((r) => ({
          kind: r.kind,
          label: r.label,
          probability: r.probability,
          impact: r.impact,
          expectedLoss: r.expectedLoss,
        }));
    }
    case 'workload': {
      const w = await l.workload(period);
      return [{ plannedHours: round2(w.plannedHours), availableHours: round2(w.availableHours) }];
    }
  }
}
