import {
  AROUND_THE_CLOCK,
  type BusinessCalendar,
  businessTimeBetween,
} from '../../../core/business-clock.js';
import type { ApprovalState, StepOutcome, StepRecord } from './approval.state.js';

/** One finished step, measured: what the analytics issue reads as a process indicator. */
export interface StepCycle {
  round: number;
  stepIndex: number;
  stepName: string;
  departmentIds: string[];
  outcome: StepOutcome;
  wallMs: number;
  /** Measured on the step's own clock (business hours or around the clock), as its target is. */
  businessMs: number;
  targetMinutes: number;
  /** Whether a decision came within target; null when nobody decided (withdrawn, restarted by an edit). */
  withinTarget: boolean | null;
}

export interface ContentCycle {
  steps: StepCycle[];
  /** First submission → final approval; null until approved. */
  totalWallMs: number | null;
  totalBusinessMs: number | null;
  /** Times the content went back for rework: changes requested, or an edit that restarted the circuit. */
  reworkCount: number;
}

const DECISIONS: StepOutcome[] = ['approved', 'rejected', 'changes_requested'];

function measureStep(s: StepRecord, calendar: BusinessCalendar): StepCycle | null {
  if (s.endedAt === null || s.outcome === null) return null;
  const a = new Date(s.startedAt);
  const b = new Date(s.endedAt);
  const cal = s.clock === 'business' && !s.clockFallback ? calendar : AROUND_THE_CLOCK;
  const businessMs = businessTimeBetween(a, b, cal);
  return {
    round: s.round,
    stepIndex: s.stepIndex,
    stepName: s.stepName,
    departmentIds: s.departmentIds,
    outcome: s.outcome,
    wallMs: b.getTime() - a.getTime(),
    businessMs,
    targetMinutes: s.targetMinutes,
    withinTarget: DECISIONS.includes(s.outcome) ? businessMs <= s.targetMinutes * 60_000 : null,
  };
}

/**
 * Cycle times of one content's approval, from the step log the reducer keeps (replay the events with
 * `replay` to get it): per finished step, the total from first submission to approval (business time on
 * the workspace calendar), and the rework count.
 */
export function cycleTimes(
  state: Pick<ApprovalState, 'steps' | 'firstSubmittedAt' | 'approvedAt'>,
  calendar: BusinessCalendar,
): ContentCycle {
  const steps = state.steps.map((s) => measureStep(s, calendar)).filter((s): s is StepCycle => s !== null);
  const done = state.firstSubmittedAt !== null && state.approvedAt !== null;
  const a = new Date(state.firstSubmittedAt ?? 0);
  const b = new Date(state.approvedAt ?? 0);
  return {
    steps,
    totalWallMs: done ? b.getTime() - a.getTime() : null,
    totalBusinessMs: done ? businessTimeBetween(a, b, calendar) : null,
    reworkCount: state.steps.filter(
      (s) => s.outcome === 'changes_requested' || s.outcome === 'restarted_by_edit',
    ).length,
  };
}

/**
 * Nearest-rank percentile: the smallest value such that at least p % of the values are ≤ it, i.e. the
 * value at rank ⌈p/100 × n⌉ of the sorted list (rank 1 for p = 0). Always one of the values, never an
 * interpolation, so "90 % of approvals took at most X" reads true. Null for an empty list.
 */
export function percentile(values: number[], p: number): number | null {
  if (p < 0 || p > 100 || Number.isNaN(p)) throw new RangeError(`Percentile must be within 0–100, got ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Share (0–1) of decided steps that were decided within their target; null when none was decided. */
export function shareWithinTarget(steps: StepCycle[]): number | null {
  const decided = steps.filter((s) => s.withinTarget !== null);
  if (decided.length === 0) return null;
  return decided.filter((s) => s.withinTarget).length / decided.length;
}

/** Share (0–1) of contents that needed at least one rework; null for none. */
export function reworkRate(cycles: ContentCycle[]): number | null {
  if (cycles.length === 0) return null;
  return cycles.filter((c) => c.reworkCount > 0).length / cycles.length;
}
