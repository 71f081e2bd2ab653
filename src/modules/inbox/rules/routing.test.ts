import { describe, expect, it } from 'vitest';
import { AROUND_THE_CLOCK } from '../../../core/business-clock.js';
import { DEFAULT_INBOX_SETTINGS } from '../settings/response-targets.js';
import type { Rule, RuleInput } from './rules.engine.js';
import { routeItem, type RoutingContext } from './routing.js';

const input: RuleInput = {
  text: 'Is my refund coming?',
  network: 'mastodon',
  kind: 'reply',
  language: 'en',
  isQuestion: true,
  sentiment: 'neutral',
  followers: null,
};
const rule = (over: Partial<Rule>): Rule => ({
  id: 'r1',
  name: 'Refunds',
  enabled: true,
  position: 1,
  stopProcessing: false,
  conditions: { keywords: ['refund'] },
  actions: {},
  ...over,
});
const ctx = (rules: Rule[]): RoutingContext => ({
  rules,
  settings: {
    clock: 'around_the_clock',
    targets: [{ network: 'mastodon', priority: 'urgent', minutes: 20 }],
  },
  calendar: AROUND_THE_CLOCK,
  canAssign: (u) => u === 'cm',
  departmentExists: (d) => d === 'billing',
});
const guessed = { priority: 'normal' as const, clockRuns: true, occurredAt: '2026-03-02T10:00:00.000Z' };

describe('routing a new item', () => {
  it('without rules keeps the guess and the default target', () => {
    expect(routeItem(input, guessed, { ...ctx([]), settings: DEFAULT_INBOX_SETTINGS })).toMatchObject({
      priority: 'normal',
      state: 'new',
      targetMinutes: 240,
      dueAt: '2026-03-02T14:00:00.000Z',
      matched: [],
    });
  });

  it('assigns, tags and takes the target of the new priority', () => {
    const r = routeItem(
      input,
      guessed,
      ctx([
        rule({
          actions: { assigneeId: 'cm', departmentId: 'billing', priority: 'urgent', tags: ['refund'] },
        }),
      ]),
    );
    expect(r).toMatchObject({
      assigneeId: 'cm',
      departmentId: 'billing',
      state: 'assigned',
      priority: 'urgent',
      tags: ['refund'],
      targetMinutes: 20,
      dueAt: '2026-03-02T10:20:00.000Z',
    });
  });

  it('lets a rule set the target, drops people and departments that are gone, runs no clock for the backlog', () => {
    const c = ctx([rule({ actions: { assigneeId: 'left', departmentId: 'closed', targetMinutes: 45 } })]);
    expect(routeItem(input, guessed, c)).toMatchObject({
      assigneeId: null,
      departmentId: null,
      state: 'new',
      targetMinutes: 45,
    });
    expect(routeItem(input, { ...guessed, clockRuns: false }, c)).toMatchObject({
      targetMinutes: null,
      dueAt: null,
    });
  });
});
