import { resolveEscalation } from './approvers.js';
import {
  type Decider,
  type ApplyResult,
  type ApprovalEffect,
  type ApprovalEvent,
  type ApprovalState,
  type ApprovalStatus,
  publicationTimer,
  type RefusalCode,
  sameApprover,
  type EngineEnv,
  type NotifyReason,
} from './approval.state.js';
import type { ResolvedApprover } from './circuit.types.js';
import { closeStep, enterStep, mayDecide } from './steps.js';

type Step = { state: ApprovalState; effects: ApprovalEffect[] };

const ok = (s: Step): ApplyResult => ({ ...s, refused: null, ignored: null });
const refuse = (state: ApprovalState, code: RefusalCode, detail: string): ApplyResult => ({
  state,
  effects: [],
  refused: { code, detail },
  ignored: null,
});
const author = (state: ApprovalState): ResolvedApprover => ({ kind: 'member', id: state.authorId });
/** A notice, or nothing when nobody is to be told (e.g. a step left without approvers). */
const notify = (
  to: ResolvedApprover[],
  reason: NotifyReason,
  stepIndex: number | null,
  comment?: string,
): ApprovalEffect[] =>
  to.length === 0
    ? []
    : [{ type: 'notify', to, reason, stepIndex, ...(comment === undefined ? {} : { comment }) }];
const others = (list: ResolvedApprover[], who: Decider) => list.filter((a) => !sameApprover(a, who));

/** Chains state transitions, concatenating their effects. */
function chain(s: Step, f: (state: ApprovalState) => Step): Step {
  const next = f(s.state);
  return { state: next.state, effects: [...s.effects, ...next.effects] };
}

function setStatus(state: ApprovalState, to: ApprovalStatus): Step {
  if (state.status === to) return { state, effects: [] };
  return { state: { ...state, status: to }, effects: [{ type: 'status_changed', from: state.status, to }] };
}

/** Review is open while a step waits for decisions, including after the publication time passed. */
const reviewOpen = (s: ApprovalState) =>
  (s.status === 'in_review' || s.status === 'approval_overdue') && s.stepIndex !== null;

/** Starts a new round at step 1 (first submission, resubmission, or restart after an edit). */
function startRound(state: ApprovalState, at: string, env: EngineEnv): Step {
  // Content whose publication time has passed stays overdue while it goes through review again.
  const overdue = state.status === 'approval_overdue';
  const next: ApprovalState = {
    ...state,
    round: state.round + 1,
    firstSubmittedAt: state.firstSubmittedAt ?? at,
    approvedAt: null,
    statusBeforeOverdue: overdue ? 'in_review' : null,
  };
  return chain(setStatus(next, overdue ? 'approval_overdue' : 'in_review'), (s) => enterStep(s, 0, at, env));
}

/** Checks that `by` may decide on the current step; the refusal explains why not. */
function checkDecider(state: ApprovalState, by: Decider): ApplyResult | null {
  if (!reviewOpen(state))
    return refuse(state, 'not_in_review', `The content is ${state.status}, not in review`);
  if (!state.circuit.allowSelfApproval && by.kind === 'member' && by.id === state.authorId)
    return refuse(state, 'self_approval', 'Nobody approves their own content in this circuit');
  if (!mayDecide(state, by))
    return refuse(state, 'not_an_approver', `${by.kind} ${by.id} is not an approver of this step`);
  return null;
}

function onApproved(state: ApprovalState, at: string, by: Decider, env: EngineEnv): ApplyResult {
  const refusal = checkDecider(state, by);
  if (refusal) return refusal;
  if (state.approvals.some((a) => sameApprover(a, by)))
    return refuse(state, 'already_approved', `${by.kind} ${by.id} already approved this step`);
  const index = state.stepIndex!;
  const step = state.circuit.steps[index]!;
  const approvals = [...state.approvals, by];
  // A backup reached by escalation decides for the whole step: that is what escalating is for.
  const done =
    step.rule === 'any' ||
    state.escalatedTo.some((a) => sameApprover(a, by)) ||
    state.eligible.every((a) => approvals.some((b) => sameApprover(a, b)));
  if (!done) return ok({ state: { ...state, approvals }, effects: [] });
  const closed = closeStep({ ...state, approvals }, 'approved', at, by);
  if (index + 1 < state.circuit.steps.length)
    return ok(chain(closed, (s) => enterStep(s, index + 1, at, env)));
  return ok(
    chain(
      chain(closed, (s) => setStatus({ ...s, approvedAt: at, statusBeforeOverdue: null }, 'approved')),
      (s) => ({
        state: s,
        effects: [{ type: 'notify', to: [author(s)], reason: 'approved', stepIndex: index }],
      }),
    ),
  );
}

function onDecision(
  state: ApprovalState,
  kind: 'rejected' | 'changes_requested',
  at: string,
  by: Decider,
  comment: string,
): ApplyResult {
  const refusal = checkDecider(state, by);
  if (refusal) return refusal;
  const index = state.stepIndex!;
  const wasOverdue = state.status === 'approval_overdue';
  const closed = closeStep(state, kind, at, by);
  // Rejection ends the circuit for good; changes requested hand the content back to its author.
  return ok(
    chain(
      chain(closed, (s) =>
        wasOverdue && kind === 'changes_requested'
          ? { state: { ...s, statusBeforeOverdue: 'changes_requested' }, effects: [] }
          : setStatus(s, kind),
      ),
      (s) => ({
        state: kind === 'rejected' ? { ...s, timers: [] } : s,
        effects: [
          ...(kind === 'rejected'
            ? s.timers.map((t) => ({ type: 'cancel_timer' as const, key: t.key }))
            : []),
          { type: 'notify', to: [author(s)], reason: kind, stepIndex: index, comment },
        ],
      }),
    ),
  );
}

function onSubmitted(state: ApprovalState, at: string, env: EngineEnv): ApplyResult {
  if (state.status === 'rejected')
    return refuse(state, 'circuit_ended', 'Rejected content cannot be resubmitted');
  if (reviewOpen(state) || state.status === 'approved')
    return refuse(state, 'not_submittable', `The content is already ${state.status}`);
  if (state.circuit.steps.length === 0) return ok(setStatus({ ...state, approvedAt: at }, 'approved'));
  return ok(startRound(state, at, env));
}

function onEdited(state: ApprovalState, at: string, env: EngineEnv): ApplyResult {
  // Decisions were taken on another version: an edit under review restarts the circuit at step 1.
  if (reviewOpen(state)) {
    const s = chain(closeStep(state, 'restarted_by_edit', at, null), (x) => startRound(x, at, env));
    return ok(chain(s, (x) => ({ state: x, effects: resubmittedNotice(x) })));
  }
  if (state.status === 'approved' && state.circuit.resubmitOnEditAfterApproval) {
    const s = startRound(state, at, env);
    return ok(chain(s, (x) => ({ state: x, effects: resubmittedNotice(x) })));
  }
  return ok({ state, effects: [] });
}

function resubmittedNotice(state: ApprovalState): ApprovalEffect[] {
  return notify(state.eligible, 'resubmitted_after_edit', state.stepIndex);
}

function onWithdrawn(state: ApprovalState, at: string, by: string): ApplyResult {
  if (by !== state.authorId)
    return refuse(state, 'not_author', 'Only the author withdraws content from review');
  if (!reviewOpen(state) && state.status !== 'changes_requested')
    return refuse(state, 'not_in_review', `The content is ${state.status}, not in review`);
  const closed = reviewOpen(state) ? closeStep(state, 'withdrawn', at, null) : { state, effects: [] };
  if (state.status === 'approval_overdue')
    return ok({ state: { ...closed.state, statusBeforeOverdue: 'draft' }, effects: closed.effects });
  return ok(chain(closed, (s) => setStatus(s, 'draft')));
}

function onStepTimer(state: ApprovalState, key: string, at: string, env: EngineEnv): ApplyResult {
  const timer = state.timers.find((t) => t.key === key && t.kind !== 'publication');
  if (!timer || timer.stepIndex !== state.stepIndex || timer.round !== state.round)
    return { state, effects: [], refused: null, ignored: 'stale_timer' };
  const index = timer.stepIndex!;
  const timers = state.timers.filter((t) => t.key !== key);
  const waitingOn = state.eligible.filter((a) => !state.approvals.some((b) => sameApprover(a, b)));
  if (timer.kind === 'reminder')
    return ok({
      state: { ...state, timers },
      effects: notify(waitingOn, 'reminder', index),
    });
  const step = state.circuit.steps[index]!;
  const targets = resolveEscalation(step.escalateTo, step, state.authorId, env.directory).filter(
    (a) =>
      (state.circuit.allowSelfApproval || !(a.kind === 'member' && a.id === state.authorId)) &&
      !state.escalatedTo.some((b) => sameApprover(a, b)),
  );
  const effects: ApprovalEffect[] = [
    { type: 'notify', to: [author(state), ...waitingOn], reason: 'target_breached', stepIndex: index },
  ];
  if (targets.length > 0) {
    effects.push({ type: 'escalate', stepIndex: index, to: targets });
    effects.push({ type: 'notify', to: targets, reason: 'escalated', stepIndex: index });
  }
  const steps = state.steps.map((s, i) =>
    i === state.steps.length - 1 && targets.length > 0 ? { ...s, escalated: true } : s,
  );
  return ok({ state: { ...state, timers, steps, escalatedTo: [...state.escalatedTo, ...targets] }, effects });
}

function onPublicationTime(state: ApprovalState, key: string): ApplyResult {
  const timer = state.timers.find((t) => t.key === key && t.kind === 'publication');
  if (!timer) return { state, effects: [], refused: null, ignored: 'stale_timer' };
  const timers = state.timers.filter((t) => t.key !== key);
  const late =
    state.status === 'in_review' ||
    state.status === 'changes_requested' ||
    // An optional circuit never submitted publishes without approval; a required one does not.
    (state.status === 'draft' && state.circuit.required);
  if (!late) return ok({ state: { ...state, timers }, effects: [] });
  return ok(
    chain(setStatus({ ...state, timers, statusBeforeOverdue: state.status }, 'approval_overdue'), (s) => ({
      state: s,
      effects: [
        { type: 'block_publication', reason: 'approval_overdue' },
        { type: 'notify', to: [author(s)], reason: 'approval_overdue', stepIndex: s.stepIndex },
      ],
    })),
  );
}

function onRescheduled(state: ApprovalState, at: string, publicationAt: string | null): ApplyResult {
  if (publicationAt === state.publicationAt && state.status !== 'approval_overdue')
    return ok({ state, effects: [] });
  const old = state.timers.filter((t) => t.kind === 'publication');
  const timer = publicationTimer(state, publicationAt);
  const effects: ApprovalEffect[] = old.map((t) => ({ type: 'cancel_timer', key: t.key }));
  let next: ApprovalState = {
    ...state,
    publicationAt,
    timers: [...state.timers.filter((t) => t.kind !== 'publication'), ...(timer ? [timer] : [])],
  };
  if (timer) effects.push({ type: 'schedule_timer', timer });
  // A new publication time still ahead lifts "approval overdue": the content goes back where it was.
  if (state.status === 'approval_overdue' && (publicationAt === null || publicationAt > at)) {
    const back = setStatus({ ...next, statusBeforeOverdue: null }, state.statusBeforeOverdue ?? 'draft');
    next = back.state;
    effects.push(...back.effects);
  }
  return ok({ state: next, effects });
}

function onCommented(state: ApprovalState, by: Decider, text: string, mentions: string[]): ApplyResult {
  const mentioned: ResolvedApprover[] = [...new Set(mentions)].map((id) => ({ kind: 'member', id }));
  const toMention = others(mentioned, by);
  const toAuthor = others([author(state)], by).filter((a) => !toMention.some((m) => sameApprover(a, m)));
  return ok({
    state,
    effects: [
      ...notify(toMention, 'mentioned', state.stepIndex, text),
      ...notify(toAuthor, 'commented', state.stepIndex, text),
    ],
  });
}

/**
 * The approval state machine: the next state and the effects the service must carry out (notify,
 * escalate, schedule or cancel timers, block publication). Refused events leave the state untouched and
 * say why. Pure: the same state, event and env always give the same result.
 */
export function apply(state: ApprovalState, event: ApprovalEvent, env: EngineEnv): ApplyResult {
  switch (event.type) {
    case 'submitted':
      return onSubmitted(state, event.at, env);
    case 'approved':
      return onApproved(state, event.at, event.by, env);
    case 'rejected':
      return onDecision(state, 'rejected', event.at, event.by, event.comment);
    case 'changes_requested':
      return onDecision(state, 'changes_requested', event.at, event.by, event.comment);
    case 'commented':
      return onCommented(state, event.by, event.text, event.mentions);
    case 'edited':
      return onEdited(state, event.at, env);
    case 'withdrawn':
      return onWithdrawn(state, event.at, event.by);
    case 'rescheduled':
      return onRescheduled(state, event.at, event.publicationAt);
    case 'step_timer_fired':
      return onStepTimer(state, event.key, event.at, env);
    case 'publication_time_reached':
      return onPublicationTime(state, event.key);
  }
}

/** Applies events in order, collecting every effect; refused events are skipped (and reported). */
export function replay(
  state: ApprovalState,
  events: ApprovalEvent[],
  env: EngineEnv,
): {
  state: ApprovalState;
  effects: ApprovalEffect[];
  refusals: { event: ApprovalEvent; code: RefusalCode }[];
} {
  const effects: ApprovalEffect[] = [];
  const refusals: { event: ApprovalEvent; code: RefusalCode }[] = [];
  let s = state;
  for (const e of events) {
    const r = apply(s, e, env);
    if (r.refused) refusals.push({ event: e, code: r.refused.code });
    s = r.state;
    effects.push(...r.effects);
  }
  return { state: s, effects, refusals };
}
