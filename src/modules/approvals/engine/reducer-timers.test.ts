import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../../core/calendar.js';
import type { ApprovalState } from './approval.state.js';
import {
  circuit,
  draft,
  env,
  later,
  member,
  MON,
  must,
  notified,
  ofType,
  step,
  twoSteps,
} from './engine.fixtures.js';
import { apply } from './reducer.js';

describe('timers on the business clock', () => {
  const paris = (date: string, time: string) =>
    new Date(zonedInstant(date, time, 'Europe/Paris')).toISOString();
  const timersOf = (s: ApprovalState) => Object.fromEntries(s.timers.map((t) => [t.kind, t.at]));

  it('counts the reminder and the breach in business hours across a weekend and the spring DST change', () => {
    // Friday 27 March 16:00 CET, 4-hour target, reminder 1 hour before.
    const submittedAt = paris('2026-03-27', '16:00');
    const s = must(draft(twoSteps), { type: 'submitted', at: submittedAt, by: 'ana' }).state;
    expect(timersOf(s)).toEqual({
      reminder: paris('2026-03-30', '10:00'), // 2 h on Friday + 1 h on Monday, now CEST
      breach: paris('2026-03-30', '11:00'),
    });
    expect(timersOf(s).breach).toBe('2026-03-30T09:00:00.000Z');
  });

  it('counts across the autumn DST change too', () => {
    const s = must(draft(twoSteps), { type: 'submitted', at: paris('2026-10-23', '17:30'), by: 'ana' }).state;
    expect(timersOf(s).breach).toBe(paris('2026-10-26', '12:30'));
    expect(timersOf(s).breach).toBe('2026-10-26T11:30:00.000Z');
  });

  it('uses the content type defaults: a post 24 business hours, a reply 15 minutes around the clock', () => {
    const defaults = circuit([step({ approvers: [{ kind: 'member', id: 'bob' }], targetMinutes: null })]);
    const post = must(draft(defaults), { type: 'submitted', at: MON, by: 'ana' }).state;
    // 9 h Monday + 9 h Tuesday + 6 h Wednesday.
    expect(timersOf(post).breach).toBe(paris('2026-01-14', '15:00'));
    expect(post.steps[0]!.targetMinutes).toBe(1440);

    const replies = circuit([
      step({
        approvers: [{ kind: 'member', id: 'bob' }],
        targetMinutes: null,
        clock: 'around_the_clock',
        reminderBeforeMinutes: 5,
      }),
    ]);
    const saturdayNight = '2026-01-17T22:00:00.000Z';
    const reply = must(draft(replies, null, 'reply'), {
      type: 'submitted',
      at: saturdayNight,
      by: 'ana',
    }).state;
    expect(timersOf(reply)).toEqual({ reminder: later(saturdayNight, 10), breach: later(saturdayNight, 15) });
  });

  it('schedules no reminder when it would not fall before the target', () => {
    const noReminder = circuit([
      step({ approvers: [{ kind: 'member', id: 'bob' }], targetMinutes: 30, reminderBeforeMinutes: 30 }),
    ]);
    const s = must(draft(noReminder), { type: 'submitted', at: MON, by: 'ana' }).state;
    expect(s.timers.map((t) => t.kind)).toEqual(['breach']);
  });

  it('falls back to around-the-clock time, and records it, when the workspace never opens', () => {
    const closed = {
      ...env,
      calendar: { ...env.calendar, hours: { weekdays: [], holidays: [] } },
    } as typeof env;
    const s = must(draft(twoSteps), { type: 'submitted', at: MON, by: 'ana' }, closed).state;
    expect(timersOf(s).breach).toBe(later(MON, 240));
    expect(s.steps[0]!.clockFallback).toBe(true);
  });
});

describe('reminders, breaches and escalation', () => {
  const legal = (escalateTo: Parameters<typeof step>[0]['escalateTo']) =>
    circuit([
      step({
        approvers: [
          { kind: 'member', id: 'cara' },
          { kind: 'member', id: 'bob' },
        ],
        rule: 'all',
        escalateTo,
      }),
    ]);
  const fire = (s: ApprovalState, kind: 'reminder' | 'breach') =>
    must(s, {
      type: 'step_timer_fired',
      at: s.timers.find((t) => t.kind === kind)!.at,
      kind,
      key: s.timers.find((t) => t.kind === kind)!.key,
    });

  it('reminds only those who have not approved yet', () => {
    const s1 = must(draft(legal(null)), { type: 'submitted', at: MON, by: 'ana' }).state;
    const s2 = must(s1, { type: 'approved', at: later(MON, 10), by: member('cara') }).state;
    const r = fire(s2, 'reminder');
    expect(notified(r.effects, 'reminder')).toEqual(['bob']);
    expect(r.state.timers.map((t) => t.kind)).toEqual(['breach']);
  });

  it('escalates to the department head at the breach, whose approval closes the step', () => {
    const viaDept = circuit([
      step({ approvers: [{ kind: 'department', id: 'legal' }], rule: 'all', escalateTo: 'department_head' }),
    ]);
    const envNoEve = {
      ...env,
      directory: {
        ...env.directory,
        departments: [{ id: 'legal', memberUserIds: ['cara', 'bob'], headUserId: 'dan' }],
      },
    };
    const s1 = must(draft(viaDept), { type: 'submitted', at: MON, by: 'ana' }, envNoEve).state;
    const r = must(
      s1,
      { type: 'step_timer_fired', at: s1.timers[1]!.at, kind: 'breach', key: s1.timers[1]!.key },
      envNoEve,
    );
    expect(ofType(r.effects, 'escalate')).toEqual([{ type: 'escalate', stepIndex: 0, to: [member('dan')] }]);
    expect(notified(r.effects, 'escalated')).toEqual(['dan']);
    expect(notified(r.effects, 'target_breached')).toEqual(['ana', 'bob', 'cara']);
    expect(r.state.steps[0]!.escalated).toBe(true);
    // Under "all", bob and cara have not approved, yet the head's approval decides.
    const done = must(r.state, { type: 'approved', at: later(MON, 600), by: member('dan') }, envNoEve);
    expect(done.state.status).toBe('approved');
  });

  it('escalates to a named backup approver', () => {
    const s1 = must(draft(legal({ kind: 'member', id: 'eve' })), {
      type: 'submitted',
      at: MON,
      by: 'ana',
    }).state;
    expect(apply(s1, { type: 'approved', at: MON, by: member('eve') }, env).refused?.code).toBe(
      'not_an_approver',
    );
    const r = fire(s1, 'breach');
    expect(r.state.escalatedTo).toEqual([member('eve')]);
    expect(must(r.state, { type: 'approved', at: MON, by: member('eve') }).state.status).toBe('approved');
  });

  it('a step naming no department escalates to the head of the author’s department, never to the author', () => {
    const s1 = must(draft(legal('department_head')), { type: 'submitted', at: MON, by: 'ana' }).state;
    expect(ofType(fire(s1, 'breach').effects, 'escalate')[0]!.to).toEqual([member('dan')]);
    const envAnaHead = {
      ...env,
      directory: {
        ...env.directory,
        departments: [{ id: 'comms', memberUserIds: ['ana', 'bob'], headUserId: 'ana' }],
      },
    };
    const s2 = must(
      draft(legal('department_head')),
      { type: 'submitted', at: MON, by: 'ana' },
      envAnaHead,
    ).state;
    const r = must(
      s2,
      { type: 'step_timer_fired', at: MON, kind: 'breach', key: s2.timers[1]!.key },
      envAnaHead,
    );
    expect(ofType(r.effects, 'escalate')).toEqual([]);
    expect(notified(r.effects, 'target_breached')).toEqual(['ana', 'bob', 'cara']);
  });

  it('ignores a timer that outlived its step', () => {
    const s1 = must(draft(twoSteps), { type: 'submitted', at: MON, by: 'ana' }).state;
    const oldKey = s1.timers.find((t) => t.kind === 'breach')!.key;
    const s2 = must(s1, { type: 'approved', at: later(MON, 5), by: member('bob') }).state;
    const r = apply(s2, { type: 'step_timer_fired', at: later(MON, 240), kind: 'breach', key: oldKey }, env);
    expect(r).toMatchObject({ ignored: 'stale_timer', refused: null, effects: [] });
    expect(r.state).toBe(s2);
  });
});

describe('publication time', () => {
  const pubAt = '2026-01-13T09:00:00.000Z';
  const oneStep = (required = true) =>
    circuit([step({ approvers: [{ kind: 'member', id: 'bob' }] })], { required });
  const pubKey = `p1:publication:${pubAt}`;

  it('is scheduled as a timer from the start', () => {
    const s = draft(oneStep(), pubAt);
    expect(s.timers).toEqual([{ key: pubKey, kind: 'publication', at: pubAt, round: 0, stepIndex: null }]);
  });

  it('marks unapproved content overdue, blocks publication and tells its owner; review goes on', () => {
    const s1 = must(draft(oneStep(), pubAt), { type: 'submitted', at: MON, by: 'ana' }).state;
    const r = must(s1, { type: 'publication_time_reached', at: pubAt, key: pubKey });
    expect(r.state.status).toBe('approval_overdue');
    expect(ofType(r.effects, 'block_publication')).toHaveLength(1);
    expect(notified(r.effects, 'approval_overdue')).toEqual(['ana']);
    expect(r.state.stepIndex).toBe(0);
    const late = must(r.state, { type: 'approved', at: later(pubAt, 5), by: member('bob') });
    expect(late.state.status).toBe('approved');
  });

  it('lets approved content through, and an optional circuit never submitted', () => {
    const s1 = must(draft(oneStep(), pubAt), { type: 'submitted', at: MON, by: 'ana' }).state;
    const s2 = must(s1, { type: 'approved', at: later(MON, 1), by: member('bob') }).state;
    const r = must(s2, { type: 'publication_time_reached', at: pubAt, key: pubKey });
    expect(r.state.status).toBe('approved');
    expect(r.effects).toEqual([]);
    const optional = must(draft(oneStep(false), pubAt), {
      type: 'publication_time_reached',
      at: pubAt,
      key: pubKey,
    });
    expect(optional.state.status).toBe('draft');
    const required = must(draft(oneStep(true), pubAt), {
      type: 'publication_time_reached',
      at: pubAt,
      key: pubKey,
    });
    expect(required.state.status).toBe('approval_overdue');
  });

  it('a new publication time ahead lifts "approval overdue"; the old timer becomes stale', () => {
    const s1 = must(draft(oneStep(), pubAt), { type: 'submitted', at: MON, by: 'ana' }).state;
    const s2 = must(s1, { type: 'publication_time_reached', at: pubAt, key: pubKey }).state;
    const newAt = '2026-01-15T09:00:00.000Z';
    const r = must(s2, { type: 'rescheduled', at: later(pubAt, 10), publicationAt: newAt });
    expect(r.state.status).toBe('in_review');
    expect(ofType(r.effects, 'schedule_timer').map((e) => e.timer.key)).toEqual([`p1:publication:${newAt}`]);
    const stale = apply(r.state, { type: 'publication_time_reached', at: pubAt, key: pubKey }, env);
    expect(stale.ignored).toBe('stale_timer');
  });

  it('rescheduling to the same time changes nothing', () => {
    const s = draft(oneStep(), pubAt);
    const r = must(s, { type: 'rescheduled', at: MON, publicationAt: pubAt });
    expect(r.state).toBe(s);
    expect(r.effects).toEqual([]);
  });
});

describe('a step left without approvers', () => {
  it('sends no empty notices: the reminder has nobody to remind, the breach tells the author', () => {
    const onlyAna = circuit([step({ approvers: [{ kind: 'member', id: 'ana' }] })]);
    const s1 = must(draft(onlyAna), { type: 'submitted', at: MON, by: 'ana' }).state;
    const reminder = s1.timers.find((t) => t.kind === 'reminder')!;
    const r = must(s1, { type: 'step_timer_fired', at: reminder.at, kind: 'reminder', key: reminder.key });
    expect(r.effects).toEqual([]);
    const breach = s1.timers.find((t) => t.kind === 'breach')!;
    const b = must(r.state, { type: 'step_timer_fired', at: breach.at, kind: 'breach', key: breach.key });
    expect(ofType(b.effects, 'notify')).toEqual([
      { type: 'notify', to: [member('ana')], reason: 'target_breached', stepIndex: 0 },
    ]);
    // The author may still withdraw and fix the circuit.
    expect(must(b.state, { type: 'withdrawn', at: breach.at, by: 'ana' }).state.status).toBe('draft');
  });
});
