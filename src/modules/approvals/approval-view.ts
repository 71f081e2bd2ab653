import type { Actor } from '../../app/http/principal.js';
import { actorCan } from '../../app/http/principal.js';
import type { RequestRow, EventRow } from './approvals.repository.js';
import type { MemberName } from './directory.repository.js';
import {
  type ApprovalEvent,
  type ApprovalState,
  type ApprovalStatus,
  type CircuitDefinition,
  type ResolvedApprover,
  sameApprover,
  stepDeadlines,
} from './engine/index.js';
import type { BusinessCalendar } from '../../core/business-clock.js';
import { mayDecideNow } from './may-decide.js';
import type { ReviewLinkRow } from './post-review.repository.js';

export interface Person {
  kind: 'member' | 'external';
  id: string;
  name: string;
}

export type ViewStatus = ApprovalStatus | 'not_required';

/** Names people: members by name (else e-mail), outside reviewers by the name on their link. */
export function namer(members: readonly MemberName[], links: readonly ReviewLinkRow[]) {
  return (a: ResolvedApprover): Person => {
    if (a.kind === 'member') {
      const m = members.find((x) => x.userId === a.id);
      return { kind: 'member', id: a.id, name: m ? m.name || m.email : 'Former member' };
    }
    const link = links.find((l) => l.external_id === a.id || l.id === a.id);
    return { kind: 'external', id: a.id, name: link?.reviewer_name ?? a.id };
  };
}

function timeline(events: readonly EventRow[], name: (a: ResolvedApprover) => Person) {
  return events.map((r) => {
    const e = JSON.parse(r.event) as ApprovalEvent;
    const by =
      'by' in e
        ? typeof e.by === 'string'
          ? name({ kind: 'member', id: e.by })
          : { ...name(e.by), ...(r.actor_name ? { name: r.actor_name } : {}) }
        : null;
    return {
      id: r.id,
      at: r.created_at,
      type: r.type,
      by,
      comment: 'comment' in e ? e.comment || null : null,
      stepIndex: r.step_index,
    };
  });
}

/** The approval of one post as the web shows it: status, current step with its clock, who must act, log. */
export function presentApproval(input: {
  postId: string;
  request: RequestRow | null;
  events: readonly EventRow[];
  /** The circuit that would apply when nothing was submitted yet. */
  selected: CircuitDefinition | null;
  members: readonly MemberName[];
  links: readonly ReviewLinkRow[];
  publicationAt: string | null;
  now: Date;
  actor: Actor;
  calendar: BusinessCalendar;
}) {
  const name = namer(input.members, input.links);
  const state = input.request ? (JSON.parse(input.request.state) as ApprovalState) : null;
  const circuit = state?.circuit ?? input.selected;
  const status: ViewStatus = state ? state.status : circuit ? 'draft' : 'not_required';
  const step = state && state.stepIndex !== null ? state.circuit.steps[state.stepIndex]! : null;
  const record = state?.steps[state.steps.length - 1];
  // Timers leave the state once they fire; the deadlines are recomputed from the step's start.
  const deadlines =
    step && record && record.endedAt === null
      ? stepDeadlines(step, record.targetMinutes, new Date(record.startedAt), input.calendar)
      : null;
  const dueAt = deadlines ? deadlines.breachAt.toISOString() : null;
  const reminderAt = deadlines?.reminderAt?.toISOString() ?? null;
  const waitingOn = state
    ? [...state.eligible, ...state.escalatedTo.filter((a) => !state.eligible.some((b) => sameApprover(a, b)))]
        .filter((a) => !state.approvals.some((b) => sameApprover(a, b)))
        .map(name)
    : [];
  const me = { kind: 'member' as const, id: input.actor.userId };
  const writer = actorCan(input.actor, 'posts.write');
  return {
    data: {
      postId: input.postId,
      status,
      circuit: circuit
        ? {
            id: circuit.id,
            name: circuit.name,
            required: circuit.required,
            steps: circuit.steps.map((s) => ({ name: s.name, rule: s.rule })),
          }
        : null,
      round: state?.round ?? 0,
      currentStep:
        state && step && record && dueAt
          ? {
              index: state.stepIndex!,
              name: step.name,
              rule: step.rule,
              startedAt: record.startedAt,
              targetMinutes: record.targetMinutes,
              clock: record.clock,
              reminderAt,
              dueAt,
              timeLeftMs: Date.parse(dueAt) - input.now.getTime(),
              breached: Date.parse(dueAt) <= input.now.getTime(),
              approvers: state.eligible.map((a) => ({
                ...name(a),
                approved: state.approvals.some((b) => sameApprover(a, b)),
              })),
              escalatedTo: state.escalatedTo.map(name),
            }
          : null,
      waitingOn,
      publicationAt: state?.publicationAt ?? input.publicationAt,
      steps: (state?.steps ?? []).map((s) => ({
        round: s.round,
        stepIndex: s.stepIndex,
        stepName: s.stepName,
        startedAt: s.startedAt,
        endedAt: s.endedAt,
        outcome: s.outcome,
        escalated: s.escalated,
        decidedBy: s.decidedBy ? name(s.decidedBy) : null,
        targetMinutes: s.targetMinutes,
      })),
      timeline: timeline(input.events, name),
    },
    can: {
      submit: writer && ['not_required', 'draft', 'changes_requested', 'rejected'].includes(status),
      withdraw:
        writer &&
        state !== null &&
        state.authorId === input.actor.userId &&
        (state.stepIndex !== null || state.status === 'changes_requested'),
      decide: actorCan(input.actor, 'approvals.decide') && state !== null && mayDecideNow(state, me),
      configure: actorCan(input.actor, 'approvals.configure'),
      shareLink: writer,
    },
  };
}
