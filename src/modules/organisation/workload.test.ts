import { describe, expect, it } from 'vitest';
import { isoWeekMonday, isoWeekOf, isoWeeksBetween, isValidIsoWeek } from '../../core/calendar.js';
import { planFromStrategy } from './strategy-plan.js';
import { computeWorkload, DEFAULT_EFFORT_HOURS, weekCapacity, type WorkingCalendar } from './workload.js';

const weekdays: WorkingCalendar = { openWeekdays: [1, 2, 3, 4, 5], holidays: [] };

describe('ISO weeks', () => {
  it('names weeks across a year boundary', () => {
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekMonday('2026-W13')).toBe('2026-03-23');
    expect(isValidIsoWeek('2026-W53')).toBe(true);
    expect(isValidIsoWeek('2025-W53')).toBe(false);
    expect(isoWeeksBetween('2026-03-25', '2026-04-06')).toEqual(['2026-W13', '2026-W14', '2026-W15']);
  });
});

describe('weekCapacity', () => {
  it('removes holidays and absent days in proportion to open days', () => {
    expect(weekCapacity(35, '2026-W13', weekdays, [])).toBe(35);
    expect(weekCapacity(35, '2026-W13', { ...weekdays, holidays: ['2026-03-23'] }, [])).toBe(28);
    expect(weekCapacity(35, '2026-W13', weekdays, [{ startDate: '2026-03-20', endDate: '2026-03-25' }])).toBe(
      14,
    );
    expect(weekCapacity(10, '2026-W13', { openWeekdays: [], holidays: [] }, [])).toBe(10);
  });
});

describe('computeWorkload', () => {
  const base = {
    from: '2026-03-23',
    to: '2026-03-29',
    effort: DEFAULT_EFFORT_HOURS,
    calendar: weekdays,
    resources: [
      { id: 'ana', name: 'Ana', capacityHoursPerWeek: 10, absences: [] },
      { id: 'bob', name: 'Bob', capacityHoursPerWeek: 20, absences: [] },
    ],
  };

  it('multiplies volumes by effort, shares between responsible people and flags overloads with causes', () => {
    const report = computeWorkload({
      ...base,
      items: [
        {
          week: '2026-W13',
          cause: { kind: 'publishing', networkId: 'linkedin', format: 'video' },
          quantity: 2,
          responsibleIds: ['ana'],
        },
        {
          week: '2026-W13',
          cause: { kind: 'inbox', networkId: 'x', format: 'reply' },
          quantity: 40,
          responsibleIds: ['ana', 'bob'],
        },
        {
          week: '2026-W13',
          cause: { kind: 'action', actionId: 'a1', label: 'Webinar' },
          hours: 3,
          responsibleIds: ['bob'],
        },
        { week: '2026-W14', cause: { kind: 'action', actionId: 'a1' }, hours: 99, responsibleIds: ['bob'] },
      ],
    });
    const ana = report.people.find((p) => p.resourceId === 'ana')!.weeks[0]!;
    expect(ana).toMatchObject({ plannedHours: 14, capacityHours: 10, overloadHours: 4, overloaded: true });
    expect(ana.causes).toEqual([
      { kind: 'publishing', networkId: 'linkedin', format: 'video', hours: 12 },
      { kind: 'inbox', networkId: 'x', format: 'reply', hours: 2 },
    ]);
    const bob = report.people.find((p) => p.resourceId === 'bob')!.weeks[0]!;
    expect(bob).toMatchObject({ plannedHours: 5, overloaded: false });
    expect(report.unassigned).toEqual([]);
  });

  it('reports work with nobody responsible as unassigned', () => {
    const report = computeWorkload({
      ...base,
      items: [
        {
          week: '2026-W13',
          cause: { kind: 'publishing', networkId: 'x', format: 'short_post' },
          quantity: 10,
          responsibleIds: ['gone'],
        },
      ],
    });
    expect(report.unassigned).toEqual([
      {
        week: '2026-W13',
        hours: 5,
        causes: [{ kind: 'publishing', networkId: 'x', format: 'short_post', hours: 5 }],
      },
    ]);
  });

  it('uses edited effort estimates', () => {
    const report = computeWorkload({
      ...base,
      effort: { ...DEFAULT_EFFORT_HOURS, carousel: 3 },
      items: [
        {
          week: '2026-W13',
          cause: { kind: 'publishing', networkId: 'x', format: 'carousel' },
          quantity: 2,
          responsibleIds: ['bob'],
        },
      ],
    });
    expect(report.people[1]!.weeks[0]!.plannedHours).toBe(6);
  });
});

describe('planFromStrategy', () => {
  it('splits posting frequencies by the format mix, adds inbox volume and running actions', () => {
    const items = planFromStrategy({
      weeks: ['2026-W13', '2026-W20'],
      frequencies: [
        { networkId: 'linkedin', postsPerWeek: 4 },
        { networkId: 'x', postsPerWeek: 7 },
      ],
      networkPlans: [
        { networkId: 'linkedin', formatMix: { carousel: 1, video: 1 }, expectedMessagesPerWeek: 20 },
      ],
      responsible: [
        { process: 'publishing', networkId: 'linkedin', resourceIds: ['ana'] },
        { process: 'inbox', networkId: 'linkedin', resourceIds: ['bob'] },
      ],
      actions: [
        {
          id: 'a1',
          title: 'Webinar',
          startDate: '2026-03-01',
          endDate: '2026-03-31',
          hoursPerWeek: 2,
          resourceIds: ['bob'],
        },
      ],
    });
    const w13 = items.filter((i) => i.week === '2026-W13');
    expect(w13).toContainEqual({
      week: '2026-W13',
      cause: { kind: 'publishing', networkId: 'linkedin', format: 'carousel' },
      quantity: 2,
      responsibleIds: ['ana'],
    });
    expect(w13).toContainEqual({
      week: '2026-W13',
      cause: { kind: 'publishing', networkId: 'x', format: 'short_post' },
      quantity: 7,
      responsibleIds: [],
    });
    expect(w13).toContainEqual({
      week: '2026-W13',
      cause: { kind: 'inbox', networkId: 'linkedin', format: 'reply' },
      quantity: 20,
      responsibleIds: ['bob'],
    });
    expect(w13.some((i) => i.cause.kind === 'action')).toBe(true);
    expect(items.filter((i) => i.week === '2026-W20').some((i) => i.cause.kind === 'action')).toBe(false);
  });
});
