import type { BusinessCalendar } from '../../../core/business-clock.js';
import { cycleTimes, percentile, type ApprovalState } from '../../approvals/engine/index.js';
import { clockOf, indicatorsOf, isReceived, type IndicatorItem } from '../../inbox/indicators/indicators.js';
import type { IndicatorValue } from './indicator.types.js';
import type { WorkloadFacts } from './facts.types.js';
import { indicatorValue, input, round2 } from './values.js';

/** Inbox figures of a period, from the inbox's own pure functions (docs/inbox-indicators.md). */
export interface InboxSummary {
  received: number;
  answered: number;
  /** Received items with a decided clock (met or breached). */
  decided: number;
  medianMinutes: number | null;
  withinTargetShare: number | null;
  unansweredQuestions: number;
  /** Received items answered after their due time. */
  lateAnswers: number;
}

/** A received item answered after `due_at` (an answer exactly at due time is in time). */
export function isLateAnswer(item: IndicatorItem): boolean {
  return (
    isReceived(item) &&
    item.firstResponseAt !== null &&
    item.dueAt !== null &&
    Date.parse(item.firstResponseAt) > Date.parse(item.dueAt)
  );
}

export function summariseInbox(items: readonly IndicatorItem[], now: Date): InboxSummary {
  const ind = indicatorsOf(items, now);
  const decided = items.filter((i) => {
    if (!isReceived(i)) return false;
    const c = clockOf(i, now);
    return c === 'met' || c === 'breached';
  }).length;
  return {
    received: ind.received,
    answered: ind.answered,
    decided,
    medianMinutes: ind.medianFirstResponseMinutes,
    withinTargetShare: ind.withinTargetShare,
    unansweredQuestions: ind.unansweredQuestions,
    lateAnswers: items.filter(isLateAnswer).length,
  };
}

export function inboxValue(metric: string, s: InboxSummary, currency: string): IndicatorValue {
  switch (metric) {
    case 'first_response_time_median':
      return indicatorValue(metric, currency, s.medianMinutes, [
        input('received', s.received, 'inbox_items', s.received),
        input('answered', s.answered, 'inbox_items', s.answered),
      ]);
    case 'share_answered_within_target':
      return indicatorValue(
        metric,
        currency,
        s.withinTargetShare === null ? null : round2(s.withinTargetShare * 100),
        [
          input('received', s.received, 'inbox_items', s.received),
          input('decided', s.decided, 'inbox_items', s.decided),
        ],
      );
    case 'unanswered_questions':
      return indicatorValue(metric, currency, s.unansweredQuestions, [
        input('unanswered_questions', s.unansweredQuestions, 'inbox_items', s.unansweredQuestions),
      ]);
    default:
      return indicatorValue('late_answers', currency, s.lateAnswers, [
        input('late_answers', s.lateAnswers, 'inbox_items', s.lateAnswers),
      ]);
  }
}

/** Median business-time cycle (first submission → approval) in minutes, of approvals submitted in the period. */
export function approvalCycleTime(
  states: readonly string[],
  calendar: BusinessCalendar,
  currency: string,
): IndicatorValue {
  const minutes: number[] = [];
  for (const s of states) {
    const c = cycleTimes(JSON.parse(s) as ApprovalState, calendar);
    if (c.totalBusinessMs !== null) minutes.push(c.totalBusinessMs / 60_000);
  }
  const m = percentile(minutes, 50);
  return indicatorValue('approval_cycle_time', currency, m === null ? null : round2(m), [
    input('approved', minutes.length, 'approvals', states.length),
  ]);
}

/** Planned hours ÷ available hours × 100 of the organisation plan. */
export function workloadVsCapacity(w: WorkloadFacts, currency: string): IndicatorValue {
  const inputs = [
    input('planned_hours', round2(w.plannedHours), 'workload'),
    input('available_hours', round2(w.availableHours), 'workload'),
  ];
  if (w.availableHours === 0)
    return indicatorValue('workload_vs_capacity', currency, null, inputs, {
      unavailable: 'zero_denominator',
    });
  return indicatorValue(
    'workload_vs_capacity',
    currency,
    round2((w.plannedHours / w.availableHours) * 100),
    inputs,
  );
}
