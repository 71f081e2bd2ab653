import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_HOURS, zBusinessHours } from '../modules/workspaces/workspaces.schemas.js';
import {
  AROUND_THE_CLOCK,
  addBusinessTime,
  type BusinessCalendar,
  businessTimeBetween,
  isOpen,
  MAX_CLOSED_DAYS,
  nextOpening,
  NoOpeningError,
  type WeeklyHours,
} from './business-clock.js';
import { addDays, zonedInstant } from './calendar.js';

const H = 3_600_000;
const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();
/** A wall time in `tz` as a Date. */
const wall = (date: string, time: string, tz: string) => new Date(zonedInstant(date, time, tz));

const cal = (hours: WeeklyHours, timeZone = 'Europe/Paris'): BusinessCalendar => ({
  kind: 'business',
  timeZone,
  hours,
});
const paris = cal(DEFAULT_BUSINESS_HOURS); // Monday–Friday 09:00–18:00
const everyDay = (start: string, end: string, timeZone = 'Europe/Paris') =>
  cal({ weekdays: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start, end })), holidays: [] }, timeZone);

describe('isOpen and nextOpening', () => {
  it('knows office hours, weekends and the next opening', () => {
    expect(isOpen(wall('2026-01-14', '10:00', 'Europe/Paris'), paris)).toBe(true);
    expect(isOpen(wall('2026-01-14', '08:59', 'Europe/Paris'), paris)).toBe(false);
    // The end is exclusive, the start inclusive.
    expect(isOpen(wall('2026-01-14', '18:00', 'Europe/Paris'), paris)).toBe(false);
    expect(isOpen(wall('2026-01-14', '09:00', 'Europe/Paris'), paris)).toBe(true);
    expect(isOpen(wall('2026-01-17', '10:00', 'Europe/Paris'), paris)).toBe(false); // Saturday
    expect(iso(nextOpening(wall('2026-01-17', '10:00', 'Europe/Paris'), paris))).toBe(
      '2026-01-19T08:00:00.000Z',
    );
    const open = wall('2026-01-14', '10:00', 'Europe/Paris');
    expect(iso(nextOpening(open, paris))).toBe(iso(open));
  });

  it('counts every instant around the clock', () => {
    const t = at('2026-01-17T03:00:00Z');
    expect(isOpen(t, AROUND_THE_CLOCK)).toBe(true);
    expect(iso(nextOpening(t, AROUND_THE_CLOCK))).toBe(iso(t));
    expect(iso(addBusinessTime(t, 5 * H, AROUND_THE_CLOCK))).toBe('2026-01-17T08:00:00.000Z');
    expect(businessTimeBetween(t, at('2026-01-18T03:00:00Z'), AROUND_THE_CLOCK)).toBe(24 * H);
  });
});

describe('addBusinessTime and businessTimeBetween', () => {
  it('carries time over a weekend', () => {
    const friday = wall('2026-01-16', '17:00', 'Europe/Paris');
    const end = addBusinessTime(friday, 2 * H, paris);
    expect(iso(end)).toBe('2026-01-19T09:00:00.000Z'); // Monday 10:00 Paris
    expect(businessTimeBetween(friday, end, paris)).toBe(2 * H);
    expect(businessTimeBetween(end, friday, paris)).toBe(-2 * H);
  });

  it('starts counting at the next opening when asked while closed', () => {
    const saturday = wall('2026-01-17', '12:00', 'Europe/Paris');
    expect(iso(addBusinessTime(saturday, 30 * 60_000, paris))).toBe('2026-01-19T08:30:00.000Z');
    expect(iso(addBusinessTime(saturday, 0, paris))).toBe(iso(saturday));
  });

  it('crosses the spring-forward weekend with the new offset', () => {
    // Friday 27 March 17:00 CET (+01:00) + 2 h → Monday 30 March 10:00 CEST (+02:00).
    const friday = wall('2026-03-27', '17:00', 'Europe/Paris');
    expect(iso(friday)).toBe('2026-03-27T16:00:00.000Z');
    expect(iso(addBusinessTime(friday, 2 * H, paris))).toBe('2026-03-30T08:00:00.000Z');
  });

  it('skips a holiday as a whole day', () => {
    const withHoliday = cal({ ...DEFAULT_BUSINESS_HOURS, holidays: ['2026-01-19'] });
    const friday = wall('2026-01-16', '17:00', 'Europe/Paris');
    expect(iso(addBusinessTime(friday, 2 * H, withHoliday))).toBe('2026-01-20T09:00:00.000Z'); // Tuesday
    expect(isOpen(wall('2026-01-19', '10:00', 'Europe/Paris'), withHoliday)).toBe(false);
    expect(businessTimeBetween(friday, wall('2026-01-21', '09:00', 'Europe/Paris'), withHoliday)).toBe(
      10 * H,
    );
  });

  it('fills several ranges in a day in order and merges overlapping ones', () => {
    const split = cal({
      weekdays: [
        { day: 3, start: '09:00', end: '12:00' },
        { day: 3, start: '14:00', end: '18:00' },
      ],
      holidays: [],
    });
    const wed10 = wall('2026-01-14', '10:00', 'Europe/Paris');
    expect(iso(addBusinessTime(wed10, 4 * H, split))).toBe(iso(wall('2026-01-14', '16:00', 'Europe/Paris')));
    expect(isOpen(wall('2026-01-14', '13:00', 'Europe/Paris'), split)).toBe(false);
    expect(iso(nextOpening(wall('2026-01-14', '13:00', 'Europe/Paris'), split))).toBe(
      iso(wall('2026-01-14', '14:00', 'Europe/Paris')),
    );

    const overlapping = cal({
      weekdays: [
        { day: 3, start: '11:00', end: '13:00' },
        { day: 3, start: '09:00', end: '12:00' },
      ],
      holidays: [],
    });
    const day = (t: string) => wall('2026-01-14', t, 'Europe/Paris');
    expect(businessTimeBetween(day('00:00'), day('23:00'), overlapping)).toBe(4 * H);
    expect(iso(addBusinessTime(day('09:00'), 4 * H, overlapping))).toBe(iso(day('13:00')));
  });

  it('lands exactly on the closing time when the budget ends there', () => {
    // Ten full weeks of 45 h from a Monday morning end on the tenth Friday at 18:00 (across no DST change).
    const monday = wall('2026-01-05', '09:00', 'Europe/Paris');
    expect(iso(addBusinessTime(monday, 450 * H, paris))).toBe(
      iso(wall('2026-03-13', '18:00', 'Europe/Paris')),
    );
  });

  it('inverts: the business time up to addBusinessTime(a, x) is x, across DST changes', () => {
    const starts = ['2026-03-26T15:12:00Z', '2026-10-23T07:00:00Z', '2026-03-28T12:00:00Z'];
    for (const s of starts) {
      for (const minutes of [1, 59, 61, 9 * 60, 17 * 60 + 13, 100 * 60]) {
        const end = addBusinessTime(at(s), minutes * 60_000, paris);
        expect(businessTimeBetween(at(s), end, paris)).toBe(minutes * 60_000);
      }
    }
  });

  it('walks day by day: a year of business time is quick', () => {
    const t0 = performance.now();
    const end = addBusinessTime(wall('2026-01-05', '09:00', 'Europe/Paris'), 2000 * H, paris);
    expect(businessTimeBetween(wall('2026-01-05', '09:00', 'Europe/Paris'), end, paris)).toBe(2000 * H);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('daylight-saving days', () => {
  // Both Paris changes fall on a Sunday; an office open every day 09:00–17:00 stays an 8-hour day.
  it.each([
    ['2026-03-29', '2026-03-29T15:00:00.000Z'], // 23-hour day, CEST afterwards
    ['2026-10-25', '2026-10-25T16:00:00.000Z'], // 25-hour day, CET afterwards
  ])('Europe/Paris %s: an 8-hour business day is 8 hours of business time', (date, closing) => {
    const daily = everyDay('09:00', '17:00');
    const dayStart = wall(date, '00:00', 'Europe/Paris');
    const nextDay = wall(addDays(date, 1), '00:00', 'Europe/Paris');
    expect(businessTimeBetween(dayStart, nextDay, daily)).toBe(8 * H);
    const saturdayClose = wall(addDays(date, -1), '17:00', 'Europe/Paris');
    expect(iso(addBusinessTime(saturdayClose, 8 * H, daily))).toBe(closing);
  });

  it.each([
    ['2026-03-29', 7], // 02:00 → 03:00 is skipped: only 7 hours really pass between 01:00 and 09:00
    ['2026-10-25', 9], // 02:00 → 03:00 happens twice: 9 hours really pass
  ])(
    'Europe/Paris %s: a range containing the jump counts the hours that really pass (%i h)',
    (date, hours) => {
      const night = everyDay('01:00', '09:00');
      const dayStart = wall(date, '00:00', 'Europe/Paris');
      expect(businessTimeBetween(dayStart, wall(date, '12:00', 'Europe/Paris'), night)).toBe(hours * H);
      // And the budget that fits the day ends at the wall clock's 09:00.
      expect(iso(addBusinessTime(dayStart, hours * H, night))).toBe(iso(wall(date, '09:00', 'Europe/Paris')));
    },
  );

  it.each([
    ['2026-03-08', '2026-03-08T14:00:00.000Z'], // EST → EDT
    ['2026-11-01', '2026-11-01T15:00:00.000Z'], // EDT → EST
  ])('America/New_York %s: Saturday 16:00 + 2 h is Sunday 10:00 local', (date, expected) => {
    const daily = everyDay('09:00', '17:00', 'America/New_York');
    const saturday = wall(addDays(date, -1), '16:00', 'America/New_York');
    expect(iso(addBusinessTime(saturday, 2 * H, daily))).toBe(expected);
    expect(
      businessTimeBetween(
        wall(date, '00:00', 'America/New_York'),
        wall(addDays(date, 1), '00:00', 'America/New_York'),
        daily,
      ),
    ).toBe(8 * H);
  });
});

describe('overnight ranges', () => {
  it('are refused by the workspace setting today (zBusinessHours wants end after start)', () => {
    const r = zBusinessHours.safeParse({
      weekdays: [{ day: 1, start: '22:00', end: '02:00' }],
      holidays: [],
    });
    expect(r.success).toBe(false);
  });

  it('are understood by the clock, so relaxing the setting needs no clock change', () => {
    const nights = cal({ weekdays: [{ day: 1, start: '22:00', end: '02:00' }], holidays: [] });
    expect(isOpen(wall('2026-01-13', '01:00', 'Europe/Paris'), nights)).toBe(true); // Tuesday 01:00
    expect(isOpen(wall('2026-01-13', '02:00', 'Europe/Paris'), nights)).toBe(false);
    const mon23 = wall('2026-01-12', '23:00', 'Europe/Paris');
    // 3 h left this night, then 1 h into next Monday's.
    expect(iso(addBusinessTime(mon23, 4 * H, nights))).toBe(iso(wall('2026-01-19', '23:00', 'Europe/Paris')));
    // An evening range meeting the next morning's opening forms one stretch.
    const joined = cal({
      weekdays: [
        { day: 1, start: '20:00', end: '00:00' },
        { day: 2, start: '00:00', end: '06:00' },
      ],
      holidays: [],
    });
    const mon21 = wall('2026-01-12', '21:00', 'Europe/Paris');
    expect(iso(addBusinessTime(mon21, 5 * H, joined))).toBe(iso(wall('2026-01-13', '02:00', 'Europe/Paris')));
    expect(businessTimeBetween(mon21, wall('2026-01-14', '00:00', 'Europe/Paris'), joined)).toBe(9 * H);
  });
});

describe('a calendar with no opening', () => {
  const never = cal({ weekdays: [], holidays: [] });

  it('is a clear error, not a loop', () => {
    const t = at('2026-01-14T10:00:00Z');
    expect(() => addBusinessTime(t, H, never)).toThrow(NoOpeningError);
    expect(() => nextOpening(t, never)).toThrow(/No business opening within 400 days/);
    expect(isOpen(t, never)).toBe(false);
    expect(businessTimeBetween(t, at('2028-01-14T10:00:00Z'), never)).toBe(0);
  });

  it('gives up only after MAX_CLOSED_DAYS of holidays, and finds an opening before that', () => {
    const mondays = (n: number) => Array.from({ length: n }, (_, i) => addDays('2026-01-05', 7 * i));
    const t = wall('2026-01-05', '08:00', 'Europe/Paris');
    const monOnly = (holidays: string[]) =>
      cal({ weekdays: [{ day: 1, start: '09:00', end: '10:00' }], holidays });
    expect(Math.ceil(MAX_CLOSED_DAYS / 7)).toBeLessThan(60);
    expect(() => addBusinessTime(t, H, monOnly(mondays(60)))).toThrow(NoOpeningError);
    const after50 = addDays('2026-01-05', 7 * 50);
    expect(iso(nextOpening(t, monOnly(mondays(50))))).toBe(iso(wall(after50, '09:00', 'Europe/Paris')));
  });
});
