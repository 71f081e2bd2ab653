import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../core/calendar.js';
import { computeCoverage, type Coverer } from './coverage.js';

const officeHours: Coverer = {
  id: 'ana',
  name: 'Ana',
  windows: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })),
  absences: [],
};

describe('zonedInstant', () => {
  it('follows daylight-saving changes in Europe/Paris', () => {
    expect(new Date(zonedInstant('2026-03-27', '09:00', 'Europe/Paris')).toISOString()).toBe(
      '2026-03-27T08:00:00.000Z',
    );
    expect(new Date(zonedInstant('2026-03-30', '09:00', 'Europe/Paris')).toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    // 02:30 does not exist on 29 March: it lands after the jump.
    expect(new Date(zonedInstant('2026-03-29', '02:30', 'Europe/Paris')).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(new Date(zonedInstant('2026-10-26', '09:00', 'Europe/Paris')).toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
  });
});

describe('computeCoverage', () => {
  it('finds evening and weekend gaps, with the weekend one an hour shorter across the March change', () => {
    const [x] = computeCoverage({
      week: '2026-W13',
      timeZone: 'Europe/Paris',
      holidays: [],
      networks: [{ networkId: 'x', replyTargetMinutes: 30, coverers: [officeHours] }],
    });
    expect(x!.gaps[0]).toMatchObject({ localStart: '2026-03-23T00:00', localEnd: '2026-03-23T09:00' });
    const weekend = x!.gaps.find((g) => g.localStart === '2026-03-27T18:00')!;
    expect(weekend.localEnd).toBe('2026-03-30T09:00');
    // Friday 18:00 CET (17:00Z) to Monday 09:00 CEST (07:00Z): 62 hours, not 63.
    expect(weekend.minutes).toBe(62 * 60);
    expect(weekend.localBreachUntil).toBe('2026-03-30T08:30');
    expect(x!.coveredMinutes).toBe(5 * 9 * 60);
    expect(x!.gaps).toHaveLength(6);
  });

  it('measures the October weekend an hour longer and applies a 4-hour target', () => {
    const [li] = computeCoverage({
      week: '2026-W43',
      timeZone: 'Europe/Paris',
      holidays: [],
      networks: [{ networkId: 'linkedin', replyTargetMinutes: 240, coverers: [officeHours] }],
    });
    const weekend = li!.gaps.find((g) => g.localStart === '2026-10-23T18:00')!;
    expect(weekend.minutes).toBe(64 * 60);
    expect(weekend.start).toBe('2026-10-23T16:00:00.000Z');
    expect(weekend.end).toBe('2026-10-26T08:00:00.000Z');
    expect(weekend.localBreachUntil).toBe('2026-10-26T05:00');
    // Weeknight gaps of 15 hours breach a 4-hour target too.
    const night = li!.gaps.find((g) => g.localStart === '2026-10-20T18:00')!;
    expect(night).toMatchObject({ minutes: 15 * 60, localBreachUntil: '2026-10-21T05:00' });
  });

  it('joins people, removes holidays and absences, and reports no gap for round-the-clock cover', () => {
    const evenings: Coverer = {
      id: 'agency',
      name: 'Agency',
      windows: [0, 1, 2, 3, 4, 5, 6].flatMap((day) => [
        { day, start: '00:00', end: '09:00' },
        { day, start: '18:00', end: '24:00' },
      ]),
      absences: [],
    };
    const weekendCover: Coverer = {
      id: 'sam',
      name: 'Sam',
      windows: [0, 6].map((day) => ({ day, start: '09:00', end: '18:00' })),
      absences: [],
    };
    const full = computeCoverage({
      week: '2026-W13',
      timeZone: 'Europe/Paris',
      holidays: [],
      networks: [{ networkId: 'x', replyTargetMinutes: 30, coverers: [officeHours, evenings, weekendCover] }],
    })[0]!;
    expect(full.gaps).toEqual([]);
    expect(full.breachMinutes).toBe(0);

    const holiday = computeCoverage({
      week: '2026-W13',
      timeZone: 'Europe/Paris',
      holidays: ['2026-03-25'],
      networks: [{ networkId: 'x', replyTargetMinutes: 30, coverers: [officeHours, evenings, weekendCover] }],
    })[0]!;
    expect(holiday.gaps).toHaveLength(1);
    expect(holiday.gaps[0]).toMatchObject({
      localStart: '2026-03-25T00:00',
      localEnd: '2026-03-26T00:00',
      minutes: 24 * 60,
    });
    expect(holiday.breachMinutes).toBe(24 * 60 - 30);
  });

  it('says the whole week is uncovered when nobody covers the inbox', () => {
    const [n] = computeCoverage({
      week: '2026-W13',
      timeZone: 'UTC',
      holidays: [],
      networks: [{ networkId: 'bluesky', replyTargetMinutes: 240, coverers: [] }],
    });
    expect(n!.gaps).toHaveLength(1);
    expect(n!.breachMinutes).toBe(7 * 24 * 60);
  });
});
