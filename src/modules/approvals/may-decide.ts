import { type ApprovalState, type ResolvedApprover, sameApprover } from './engine/index.js';

/**
 * Whether `who` could approve the current step right now: the same rules the reducer applies (open
 * step, no self-approval unless allowed, listed or escalated to, not already approved), asked ahead
 * so responses can say what the caller may do and the inbox lists only what waits for them.
 */
export function mayDecideNow(state: ApprovalState, who: ResolvedApprover): boolean {
  const open =
    (state.status === 'in_review' || state.status === 'approval_overdue') && state.stepIndex !== null;
  if (!open) return false;
  if (!state.circuit.allowSelfApproval && who.kind === 'member' && who.id === state.authorId) return false;
  if (state.approvals.some((a) => sameApprover(a, who))) return false;
  return [...state.eligible, ...state.escalatedTo].some((a) => sameApprover(a, who));
}
