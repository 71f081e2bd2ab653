import type { ApproverRef, Circuit, CircuitInput, CircuitStep, EscalationTarget } from './approvals.types.js';

/** A new step: one approver to pick, any of them decides, the content type's default target. */
export function blankStep(name = ''): CircuitStep {
  return {
    name,
    approvers: [],
    rule: 'any',
    targetMinutes: null,
    clock: 'business',
    reminderBeforeMinutes: null,
    escalateTo: null,
  };
}

/** The form of a new circuit, with the defaults the server applies. */
export function blankCircuit(firstStepName: string): CircuitInput {
  return {
    name: '',
    required: true,
    priority: 0,
    match: { contentTypes: [], objectiveIds: [], networks: [], sensitivePillarOnly: false },
    steps: [blankStep(firstStepName)],
    allowSelfApproval: false,
    resubmitOnEditAfterApproval: true,
  };
}

/** The editable part of a saved circuit (a deep copy, so the form never edits the cache). */
export function circuitToInput(c: Circuit): CircuitInput {
  return structuredClone({
    name: c.name,
    required: c.required,
    priority: c.priority,
    match: c.match,
    steps: c.steps,
    allowSelfApproval: c.allowSelfApproval,
    resubmitOnEditAfterApproval: c.resubmitOnEditAfterApproval,
  });
}

/** An approver as one option value of a picker: `member:<userId>`, `role:<role>`, `department:<id>`. */
export const encodeApprover = (a: ApproverRef): string => `${a.kind}:${a.id}`;

/** The reverse of encodeApprover; null for a value that names no known kind. */
export function decodeApprover(value: string): ApproverRef | null {
  const i = value.indexOf(':');
  if (i < 1) return null;
  const kind = value.slice(0, i);
  const id = value.slice(i + 1);
  if (!id || (kind !== 'member' && kind !== 'role' && kind !== 'department' && kind !== 'external'))
    return null;
  return { kind, id };
}

/** The escalation as a select value: '' (none), 'department_head' or `member:<userId>`. */
export function encodeEscalation(e: EscalationTarget): string {
  if (e === null) return '';
  if (e === 'department_head') return 'department_head';
  return encodeApprover(e);
}

export function decodeEscalation(value: string | null): EscalationTarget {
  if (!value) return null;
  if (value === 'department_head') return 'department_head';
  return decodeApprover(value);
}

export type UnitOfTime = 'minutes' | 'hours' | 'days';
const FACTOR: Record<UnitOfTime, number> = { minutes: 1, hours: 60, days: 1440 };

/** Minutes shown in the largest unit that divides them ("1440" → 1 day, "90" → 90 minutes). */
export function toAmount(minutes: number): { amount: number; unit: UnitOfTime } {
  if (minutes > 0 && minutes % 1440 === 0) return { amount: minutes / 1440, unit: 'days' };
  if (minutes > 0 && minutes % 60 === 0) return { amount: minutes / 60, unit: 'hours' };
  return { amount: minutes, unit: 'minutes' };
}

export const fromAmount = (amount: number, unit: UnitOfTime): number => Math.round(amount * FACTOR[unit]);

/** Field paths (as the server names them) with the problem code the form translates. */
export type CircuitProblems = Record<
  string,
  'required' | 'tooLong' | 'noApprover' | 'reminderTooLate' | 'positive'
>;

/**
 * Client-side checks mirroring the server's rules, so most mistakes are shown in place before saving:
 * a name, 1–10 steps, each named with at least one approver, positive targets, a reminder inside its target.
 */
export function validateCircuit(c: CircuitInput): CircuitProblems {
  const out: CircuitProblems = {};
  if (!c.name.trim()) out.name = 'required';
  else if (c.name.trim().length > 100) out.name = 'tooLong';
  c.steps.forEach((s, i) => {
    if (!s.name.trim()) out[`steps.${i}.name`] = 'required';
    else if (s.name.trim().length > 100) out[`steps.${i}.name`] = 'tooLong';
    if (!s.approvers.length) out[`steps.${i}.approvers`] = 'noApprover';
    if (s.targetMinutes !== null && !(s.targetMinutes > 0)) out[`steps.${i}.targetMinutes`] = 'positive';
    if (s.reminderBeforeMinutes !== null) {
      if (!(s.reminderBeforeMinutes > 0)) out[`steps.${i}.reminderBeforeMinutes`] = 'positive';
      else if (s.targetMinutes !== null && s.reminderBeforeMinutes >= s.targetMinutes)
        out[`steps.${i}.reminderBeforeMinutes`] = 'reminderTooLate';
    }
  });
  return out;
}

/** Moves the step at `from` to `to` (up or down in the order); other steps keep their order. */
export function moveStep<T>(steps: T[], from: number, to: number): T[] {
  if (to < 0 || to >= steps.length || from === to) return steps;
  const next = [...steps];
  const [s] = next.splice(from, 1);
  next.splice(to, 0, s!);
  return next;
}
