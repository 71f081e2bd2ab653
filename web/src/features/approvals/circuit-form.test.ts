import { describe, expect, it } from 'vitest';
import {
  blankCircuit,
  blankStep,
  decodeApprover,
  decodeEscalation,
  encodeApprover,
  encodeEscalation,
  fromAmount,
  moveStep,
  toAmount,
  validateCircuit,
} from './circuit-form.js';

describe('approver values', () => {
  it('round-trip every kind, ids with colons included', () => {
    for (const a of [
      { kind: 'member', id: 'u1' },
      { kind: 'role', id: 'approver' },
      { kind: 'department', id: 'd:1' },
      { kind: 'external', id: 'client' },
    ] as const)
      expect(decodeApprover(encodeApprover(a))).toEqual(a);
  });
  it('refuses unknown kinds and empty ids', () => {
    expect(decodeApprover('team:x')).toBeNull();
    expect(decodeApprover('member:')).toBeNull();
    expect(decodeApprover('nothing')).toBeNull();
  });
  it('encodes escalation targets', () => {
    expect(encodeEscalation(null)).toBe('');
    expect(decodeEscalation('')).toBeNull();
    expect(decodeEscalation(encodeEscalation('department_head'))).toBe('department_head');
    expect(decodeEscalation(encodeEscalation({ kind: 'member', id: 'u9' }))).toEqual({
      kind: 'member',
      id: 'u9',
    });
  });
});

describe('durations', () => {
  it('picks the largest unit that divides the minutes', () => {
    expect(toAmount(1440)).toEqual({ amount: 1, unit: 'days' });
    expect(toAmount(120)).toEqual({ amount: 2, unit: 'hours' });
    expect(toAmount(90)).toEqual({ amount: 90, unit: 'minutes' });
    expect(toAmount(0)).toEqual({ amount: 0, unit: 'minutes' });
    expect(fromAmount(1.5, 'hours')).toBe(90);
    expect(fromAmount(2, 'days')).toBe(2880);
  });
});

describe('validateCircuit', () => {
  it('asks for a name, step names and approvers', () => {
    const c = blankCircuit('');
    expect(validateCircuit(c)).toEqual({
      name: 'required',
      'steps.0.name': 'required',
      'steps.0.approvers': 'noApprover',
    });
  });
  it('accepts a complete circuit', () => {
    const c = { ...blankCircuit('Legal'), name: 'Sensitive posts' };
    c.steps[0]!.approvers = [{ kind: 'role', id: 'approver' }];
    c.steps[0]!.targetMinutes = 120;
    c.steps[0]!.reminderBeforeMinutes = 30;
    expect(validateCircuit(c)).toEqual({});
  });
  it('wants the reminder before the target and positive durations', () => {
    const c = { ...blankCircuit('Legal'), name: 'x' };
    c.steps[0]!.approvers = [{ kind: 'member', id: 'u1' }];
    c.steps[0]!.targetMinutes = 60;
    c.steps[0]!.reminderBeforeMinutes = 60;
    expect(validateCircuit(c)).toEqual({ 'steps.0.reminderBeforeMinutes': 'reminderTooLate' });
    c.steps[0]!.targetMinutes = 0;
    c.steps[0]!.reminderBeforeMinutes = null;
    expect(validateCircuit(c)).toEqual({ 'steps.0.targetMinutes': 'positive' });
  });
});

describe('moveStep', () => {
  it('moves a step up or down and ignores moves out of range', () => {
    const steps = [blankStep('a'), blankStep('b'), blankStep('c')];
    expect(moveStep(steps, 2, 0).map((s) => s.name)).toEqual(['c', 'a', 'b']);
    expect(moveStep(steps, 0, 1).map((s) => s.name)).toEqual(['b', 'a', 'c']);
    expect(moveStep(steps, 0, -1)).toBe(steps);
  });
});
