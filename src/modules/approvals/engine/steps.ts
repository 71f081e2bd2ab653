import {
  AROUND_THE_CLOCK,
  addBusinessTime,
  type BusinessCalendar,
  NoOpeningError,
} from '../../../core/business-clock.js';
import { resolveApprovers, resolveEscalation } from './approvers.js';
import type {
  ApprovalEffect,
  ApprovalState,
  ApprovalTimer,
  EngineEnv,
  StepOutcome,
} from './approval.state.js';
import { sameApprover } from './approval.state.js';
import { type CircuitStep, DEFAULT_TARGET_MINUTES, type ResolvedApprover } from './circuit.types.js';

const MINUTE = 60_000;

/** The instants a step's reminder and breach fall at, counted on the step's clock from its start. */
export function stepDeadlines(
  step: CircuitStep,
  targetMinutes: number,
  startedAt: Date,
  calendar: BusinessCalendar,
): { reminderAt: Date | null; breachAt: Date; clockFallback: boolean } {
  const compute = (cal: BusinessCalendar) => ({
    breachAt: addBusinessTime(startedAt, targetMinutes * MINUTE, cal),
    reminderAt:
      step.reminderBeforeMinutes !== null &&
      step.reminderBeforeMinutes > 0 &&
      step.reminderBeforeMinutes < targetMinutes
        ? addBusinessTime(startedAt, (targetMinutes - step.reminderBeforeMinutes) * MINUTE, cal)
        : null,
  });
  if (step.clock === 'around_the_clock') return { ...compute(AROUND_THE_CLOCK), clockFallback: false };
  try {
    return { ...compute(calendar), clockFallback: false };
  } catch (err) {
    // A workspace with no opening hours must not freeze its circuits: count around the clock, and say so.
    if (err instanceof NoOpeningError) return { ...compute(AROUND_THE_CLOCK), clockFallback: true };
    throw err;
  }
}

const notMe = (authorId: string) => (a: ResolvedApprover) => !(a.kind === 'member' && a.id === authorId);

/** Opens step `index` at `at`: resolves who decides, schedules its timers and asks for review. */
export function enterStep(
  state: ApprovalState,
  index: number,
  at: string,
  env: EngineEnv,
): { state: ApprovalState; effects: ApprovalEffect[] } {
  const { circuit } = state;
  const step = circuit.steps[index]!;
  const effects: ApprovalEffect[] = [];
  const allowed = (list: ResolvedApprover[]) =>
    circuit.allowSelfApproval ? list : list.filter(notMe(state.authorId));
  let eligible = allowed(resolveApprovers(step, env.directory));
  let escalatedTo: ResolvedApprover[] = [];
  if (eligible.length === 0) {
    // Nobody left to ask (e.g. the author is the only approver): go straight to the escalation target.
    escalatedTo = allowed(resolveEscalation(step.escalateTo, step, state.authorId, env.directory));
    eligible = escalatedTo;
  }
  const targetMinutes = step.targetMinutes ?? DEFAULT_TARGET_MINUTES[state.contentType];
  const { reminderAt, breachAt, clockFallback } = stepDeadlines(
    step,
    targetMinutes,
    new Date(at),
    env.calendar,
  );
  const timer = (kind: 'reminder' | 'breach', when: Date): ApprovalTimer => ({
    key: `${state.contentId}:r${state.round}:s${index}:${kind}`,
    kind,
    at: when.toISOString(),
    round: state.round,
    stepIndex: index,
  });
  const timers = [...(reminderAt ? [timer('reminder', reminderAt)] : []), timer('breach', breachAt)];
  for (const t of timers) effects.push({ type: 'schedule_timer', timer: t });
  if (eligible.length > 0)
    effects.push({ type: 'notify', to: eligible, reason: 'review_requested', stepIndex: index });
  else
    effects.push({
      type: 'notify',
      to: [{ kind: 'member', id: state.authorId }],
      reason: 'no_eligible_approver',
      stepIndex: index,
    });
  if (escalatedTo.length > 0) effects.push({ type: 'escalate', stepIndex: index, to: escalatedTo });
  return {
    state: {
      ...state,
      stepIndex: index,
      eligible,
      escalatedTo,
      approvals: [],
      timers: [...state.timers, ...timers],
      steps: [
        ...state.steps,
        {
          round: state.round,
          stepIndex: index,
          stepName: step.name,
          departmentIds: step.approvers.filter((a) => a.kind === 'department').map((a) => a.id),
          startedAt: at,
          endedAt: null,
          outcome: null,
          targetMinutes,
          clock: step.clock,
          clockFallback,
          escalated: escalatedTo.length > 0,
          decidedBy: null,
        },
      ],
    },
    effects,
  };
}

/** Closes the current step with `outcome` and cancels its timers (the publication timer stays). */
export function closeStep(
  state: ApprovalState,
  outcome: StepOutcome,
  at: string,
  decidedBy: ResolvedApprover | null,
): { state: ApprovalState; effects: ApprovalEffect[] } {
  const stepTimers = state.timers.filter((t) => t.kind !== 'publication');
  const steps = state.steps.map((s, i) =>
    i === state.steps.length - 1 && s.endedAt === null ? { ...s, endedAt: at, outcome, decidedBy } : s,
  );
  return {
    state: {
      ...state,
      stepIndex: null,
      eligible: [],
      escalatedTo: [],
      approvals: [],
      timers: state.timers.filter((t) => t.kind === 'publication'),
      steps,
    },
    effects: stepTimers.map((t) => ({ type: 'cancel_timer', key: t.key })),
  };
}

/** Whether `who` may decide on the current step (a listed approver or an escalation target). */
export function mayDecide(state: ApprovalState, who: ResolvedApprover): boolean {
  return [...state.eligible, ...state.escalatedTo].some((a) => sameApprover(a, who));
}
