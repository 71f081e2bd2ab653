import { describe, expect, it } from 'vitest';
import type { RoutingRule } from '../inbox.types.js';
import { formToInput, moveId, ruleFormErrors, ruleToForm } from './rule-form.js';

const rule: RoutingRule = {
  id: 'r1',
  name: 'Refunds to support',
  enabled: true,
  position: 0,
  stopProcessing: true,
  conditions: {
    networks: ['mastodon'],
    keywords: ['refund', 'remboursement'],
    isQuestion: false,
    minFollowers: 0,
  },
  actions: { departmentId: 'd1', priority: 'high', targetMinutes: 15 },
};

describe('rule form', () => {
  it('round-trips a rule, keeping a false question condition and a zero follower floor', () => {
    const input = formToInput(ruleToForm(rule));
    expect(input).toEqual({
      name: rule.name,
      enabled: true,
      stopProcessing: true,
      conditions: rule.conditions,
      actions: rule.actions,
    });
  });

  it('leaves "any" conditions and blank keywords out', () => {
    const f = {
      ...ruleToForm(null),
      name: ' Urgent ',
      keywords: [' ', 'help '],
      priority: 'urgent' as const,
    };
    expect(formToInput(f)).toEqual({
      name: 'Urgent',
      enabled: true,
      stopProcessing: false,
      conditions: { keywords: ['help'] },
      actions: { priority: 'urgent' },
    });
  });

  it('asks for a name, an action and a pattern that compiles', () => {
    expect(ruleFormErrors(ruleToForm(null))).toEqual({ name: 'required', actions: 'noAction' });
    expect(ruleFormErrors({ ...ruleToForm(rule), pattern: '(unclosed' })).toEqual({
      pattern: 'invalidPattern',
    });
    expect(ruleFormErrors(ruleToForm(rule))).toEqual({});
  });

  it('moves a rule up or down, not past the ends', () => {
    expect(moveId(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
