import type { BusinessCalendar } from '../../../core/business-clock.js';
import type { CircuitDefinition, ContentType, Directory, ResolvedApprover } from './circuit.types.js';

/** The approval status a post carries beside its publishing status (issue 6). */
export type ApprovalStatus =
  'draft' | 'in_review' | 'changes_requested' | 'approved' | 'rejected' | 'approval_overdue';

/**
 * A timer as data: the service persists it as a delayed job and, when it fires, feeds back
 * `step_timer_fired`/`publication_time_reached` with the same key. Keys carry the round and the step,
 * so a timer that outlived its step is recognised as stale and ignored instead of cancelled in a race.
 */
export interface ApprovalTimer {
  key: string;
  kind: 'reminder' | 'breach' | 'publication';
  /** UTC ISO instant. */
  at: string;
  round: number;
  stepIndex: number | null;
}

/** How a step ended; what the cycle-time indicators are computed from. */
export type StepOutcome = 'approved' | 'rejected' | 'changes_requested' | 'withdrawn' | 'restarted_by_edit';

export interface StepRecord {
  round: number;
  stepIndex: number;
  stepName: string;
  /** Departments the step names among its approvers, for indicators by department. */
  departmentIds: string[];
  startedAt: string;
  endedAt: string | null;
  outcome: StepOutcome | null;
  /** The target in force (the circuit's, or the content type's default) and the clock it counts on. */
  targetMinutes: number;
  clock: 'business' | 'around_the_clock';
  /** Set when the workspace calendar had no opening and the step fell back to around-the-clock time. */
  clockFallback: boolean;
  escalated: boolean;
  /** Who closed the step (the last decider), when someone did. */
  decidedBy: ResolvedApprover | null;
}

export interface ApprovalState {
  contentId: string;
  authorId: string;
  contentType: ContentType;
  circuit: CircuitDefinition;
  status: ApprovalStatus;
  /** Where an overdue content was, so a later publication time can put it back. */
  statusBeforeOverdue: ApprovalStatus | null;
  /** 0 before the first submission; +1 at each (re)submission and at each restart by an edit. */
  round: number;
  stepIndex: number | null;
  /** Resolved at step start (a snapshot: a role gaining members mid-step does not move the goalposts). */
  eligible: ResolvedApprover[];
  escalatedTo: ResolvedApprover[];
  /** Approvals collected in the current step. */
  approvals: ResolvedApprover[];
  publicationAt: string | null;
  timers: ApprovalTimer[];
  steps: StepRecord[];
  firstSubmittedAt: string | null;
  approvedAt: string | null;
}

/** Someone deciding or commenting: a member (user id) or an outside reviewer behind a signed link. */
export type Decider = ResolvedApprover;

export type ApprovalEvent =
  | { type: 'submitted'; at: string; by: string }
  | { type: 'approved'; at: string; by: Decider }
  | { type: 'rejected'; at: string; by: Decider; comment: string }
  | { type: 'changes_requested'; at: string; by: Decider; comment: string }
  | { type: 'commented'; at: string; by: Decider; text: string; mentions: string[] }
  | { type: 'edited'; at: string; by: string }
  | { type: 'withdrawn'; at: string; by: string }
  | { type: 'rescheduled'; at: string; publicationAt: string | null }
  | { type: 'step_timer_fired'; at: string; key: string; kind: 'reminder' | 'breach' }
  | { type: 'publication_time_reached'; at: string; key: string };

export type NotifyReason =
  | 'review_requested'
  | 'reminder'
  | 'escalated'
  | 'target_breached'
  | 'no_eligible_approver'
  | 'approved'
  | 'rejected'
  | 'changes_requested'
  | 'commented'
  | 'mentioned'
  | 'resubmitted_after_edit'
  | 'approval_overdue';

export type ApprovalEffect =
  | {
      type: 'notify';
      to: ResolvedApprover[];
      reason: NotifyReason;
      stepIndex: number | null;
      comment?: string;
    }
  | { type: 'schedule_timer'; timer: ApprovalTimer }
  | { type: 'cancel_timer'; key: string }
  | { type: 'escalate'; stepIndex: number; to: ResolvedApprover[] }
  | { type: 'status_changed'; from: ApprovalStatus; to: ApprovalStatus }
  /** The publishing side must not publish this content (it becomes "approval overdue"). */
  | { type: 'block_publication'; reason: 'approval_overdue' };

export type RefusalCode =
  | 'not_in_review'
  | 'not_submittable'
  | 'circuit_ended'
  | 'self_approval'
  | 'not_an_approver'
  | 'already_approved'
  | 'not_author';

export interface ApplyResult {
  state: ApprovalState;
  effects: ApprovalEffect[];
  /** Set when the event was refused: the state is unchanged and there are no effects. */
  refused: { code: RefusalCode; detail: string } | null;
  /** Set when a timer that no longer exists fired: nothing to do. */
  ignored: 'stale_timer' | null;
}

/** What the reducer reads besides the state: today's directory and the workspace's business calendar. */
export interface EngineEnv {
  directory: Directory;
  calendar: BusinessCalendar;
}

/** A content's approval before its first submission. */
export function initialApprovalState(input: {
  contentId: string;
  authorId: string;
  contentType: ContentType;
  circuit: CircuitDefinition;
  publicationAt: string | null;
}): { state: ApprovalState; effects: ApprovalEffect[] } {
  const state: ApprovalState = {
    ...input,
    status: 'draft',
    statusBeforeOverdue: null,
    round: 0,
    stepIndex: null,
    eligible: [],
    escalatedTo: [],
    approvals: [],
    timers: [],
    steps: [],
    firstSubmittedAt: null,
    approvedAt: null,
  };
  const timer = publicationTimer(state, input.publicationAt);
  if (!timer) return { state, effects: [] };
  return { state: { ...state, timers: [timer] }, effects: [{ type: 'schedule_timer', timer }] };
}

/** The timer that checks approval at publication time (the key names the time, so a reschedule makes it stale). */
export function publicationTimer(state: ApprovalState, publicationAt: string | null): ApprovalTimer | null {
  if (!publicationAt) return null;
  return {
    key: `${state.contentId}:publication:${publicationAt}`,
    kind: 'publication',
    at: publicationAt,
    round: state.round,
    stepIndex: null,
  };
}

export const sameApprover = (a: ResolvedApprover, b: ResolvedApprover) => a.kind === b.kind && a.id === b.id;
