import type {
  ApproverRef,
  CircuitStep,
  Directory,
  EscalationTarget,
  ResolvedApprover,
} from './circuit.types.js';

function dedupe(list: ResolvedApprover[]): ResolvedApprover[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = `${a.kind}:${a.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The people (and outside reviewers) one approver reference stands for today. */
export function resolveRef(ref: ApproverRef, directory: Directory): ResolvedApprover[] {
  switch (ref.kind) {
    case 'member':
      // A member who left the workspace can no longer decide.
      return directory.members.some((m) => m.userId === ref.id) ? [{ kind: 'member', id: ref.id }] : [];
    case 'role':
      return directory.members
        .filter((m) => m.role === ref.id)
        .map((m) => ({ kind: 'member', id: m.userId }));
    case 'department': {
      const dept = directory.departments.find((d) => d.id === ref.id);
      const current = new Set(directory.members.map((m) => m.userId));
      return (dept?.memberUserIds ?? []).filter((u) => current.has(u)).map((id) => ({ kind: 'member', id }));
    }
    case 'external':
      return [{ kind: 'external', id: ref.id }];
  }
}

/** Everyone a step's approvers resolve to, once each, in the order the step lists them. */
export function resolveApprovers(step: CircuitStep, directory: Directory): ResolvedApprover[] {
  return dedupe(step.approvers.flatMap((ref) => resolveRef(ref, directory)));
}

/**
 * Who a breach escalates to. 'department_head' means the heads of the departments the step names; a step
 * that names none escalates to the heads of the author's departments.
 */
export function resolveEscalation(
  target: EscalationTarget,
  step: CircuitStep,
  authorId: string,
  directory: Directory,
): ResolvedApprover[] {
  if (target === null) return [];
  if (target !== 'department_head') return resolveRef(target, directory);
  const named = step.approvers.filter((a) => a.kind === 'department').map((a) => a.id);
  const depts = named.length
    ? directory.departments.filter((d) => named.includes(d.id))
    : directory.departments.filter((d) => d.memberUserIds.includes(authorId));
  const current = new Set(directory.members.map((m) => m.userId));
  return dedupe(
    depts
      .map((d) => d.headUserId)
      .filter((h): h is string => h !== null && current.has(h))
      .map((id) => ({ kind: 'member', id })),
  );
}
