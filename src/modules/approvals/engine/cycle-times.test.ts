import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../../core/calendar.js';
import { cycleTimes, percentile, reworkRate, shareWithinTarget, type StepCycle } from './cycle-times.js';
import { circuit, draft, env, member, parisOffice, step } from './engine.fixtures.js';
import { replay } from './reducer.js';

const H = 3_600_000;
const paris = (date: string, time: string) =>
  new Date(zonedInstant(date, time, 'Europe/Paris')).toISOString();

const twoSteps = circuit([
  step({ name: 'Team', approvers: [{ kind: 'member', id: 'bob' }], targetMinutes: 120 }),
  step({
    name: 'Legal',
    approvers: [{ kind: 'department', id: 'legal' }],
    targetMinutes: 60,
    clock: 'around_the_clock',
  }),
]);

describe('cycleTimes', () => {
  it('measures each step on its own clock, the total, and rework, from the replayed events', () => {
    const { state, refusals } = replay(
      draft(twoSteps),
      [
        { type: 'submitted', at: paris('2026-03-27', '17:00'), by: 'ana' }, // Friday, CET
        { type: 'changes_requested', at: paris('2026-03-27', '17:30'), by: member('bob'), comment: 'typo' },
        { type: 'submitted', at: paris('2026-03-27', '17:45'), by: 'ana' },
        { type: 'approved', at: paris('2026-03-30', '09:30'), by: member('bob') }, // Monday, CEST
        { type: 'approved', at: paris('2026-03-30', '11:00'), by: member('cara') },
      ],
      env,
    );
    expect(refusals).toEqual([]);
    const c = cycleTimes(state, parisOffice);
    expect(
      c.steps.map((s) => [s.round, s.stepName, s.outcome, s.wallMs, s.businessMs, s.withinTarget]),
    ).toEqual([
      [1, 'Team', 'changes_requested', 0.5 * H, 0.5 * H, true],
      // Over the weekend and the DST change: 62.75 h of wall time, 45 minutes of business time.
      [2, 'Team', 'approved', 62.75 * H, 0.75 * H, true],
      // Around the clock: 1.5 h against a 1-hour target.
      [2, 'Legal', 'approved', 1.5 * H, 1.5 * H, false],
    ]);
    expect(c.steps[2]!.departmentIds).toEqual(['legal']);
    expect(c.totalWallMs).toBe(
      Date.parse(paris('2026-03-30', '11:00')) - Date.parse(paris('2026-03-27', '17:00')),
    );
    expect(c.totalBusinessMs).toBe(3 * H); // 1 h on Friday + 2 h on Monday
    expect(c.reworkCount).toBe(1);
    expect(shareWithinTarget(c.steps)).toBeCloseTo(2 / 3);
  });

  it('has no total before approval and leaves undecided steps out of the target share', () => {
    const { state } = replay(
      draft(twoSteps),
      [
        { type: 'submitted', at: paris('2026-01-12', '09:00'), by: 'ana' },
        { type: 'edited', at: paris('2026-01-12', '10:00'), by: 'ana' },
        { type: 'withdrawn', at: paris('2026-01-12', '11:00'), by: 'ana' },
      ],
      env,
    );
    const c = cycleTimes(state, parisOffice);
    expect(c.totalWallMs).toBeNull();
    expect(c.steps.map((s) => [s.outcome, s.withinTarget])).toEqual([
      ['restarted_by_edit', null],
      ['withdrawn', null],
    ]);
    expect(c.reworkCount).toBe(1);
    expect(shareWithinTarget(c.steps)).toBeNull();
    expect(reworkRate([c, { steps: [], totalWallMs: 1, totalBusinessMs: 1, reworkCount: 0 }])).toBe(0.5);
    expect(reworkRate([])).toBeNull();
  });

  it('leaves a step still open out of the measures', () => {
    const { state } = replay(
      draft(twoSteps),
      [{ type: 'submitted', at: paris('2026-01-12', '09:00'), by: 'ana' }],
      env,
    );
    expect(cycleTimes(state, parisOffice).steps).toEqual([]);
  });
});

describe('percentile (nearest rank)', () => {
  const v = [50, 15, 40, 20, 35];

  it('returns the value at rank ⌈p/100 × n⌉ of the sorted list', () => {
    expect(percentile(v, 0)).toBe(15);
    expect(percentile(v, 5)).toBe(15);
    expect(percentile(v, 30)).toBe(20);
    expect(percentile(v, 40)).toBe(20);
    expect(percentile(v, 50)).toBe(35);
    expect(percentile(v, 90)).toBe(50);
    expect(percentile(v, 100)).toBe(50);
    expect(percentile([7], 90)).toBe(7);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 90)).toBe(90);
    expect(percentile(hundred, 50)).toBe(50);
  });

  it('is null for no values and refuses a p outside 0–100', () => {
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile(v, 101)).toThrow(RangeError);
    expect(() => percentile(v, -1)).toThrow(RangeError);
  });

  it('does not reorder its input', () => {
    const copy = [...v];
    percentile(v, 50);
    expect(v).toEqual(copy);
  });
});

describe('shareWithinTarget', () => {
  const s = (withinTarget: boolean | null) => ({ withinTarget }) as StepCycle;
  it('counts decided steps only', () => {
    expect(shareWithinTarget([s(true), s(false), s(null), s(true)])).toBeCloseTo(2 / 3);
  });
});
