import { describe, expect, it } from 'vitest';
import { addDays, dayLengthHours, dayStartMs, hoursOfDay, localDateTime, todayIn, zonedMs } from './zoned.js';

const PARIS = 'Europe/Paris';

describe('zoned wall-clock arithmetic', () => {
  it('reads an instant on the wall clock of a zone', () => {
    expect(localDateTime(Date.parse('2026-12-01T08:00:00Z'), PARIS)).toBe('2026-12-01T09:00');
    expect(localDateTime(Date.parse('2026-07-01T08:00:00Z'), PARIS)).toBe('2026-07-01T10:00');
    expect(localDateTime(Date.parse('2026-12-31T23:30:00Z'), 'America/New_York')).toBe('2026-12-31T18:30');
    expect(localDateTime(Date.parse('2026-12-31T23:30:00Z'), 'Asia/Kolkata')).toBe('2027-01-01T05:00');
  });

  it('turns a wall-clock time into its instant on both sides of a change', () => {
    expect(new Date(zonedMs('2026-03-28', '09:00', PARIS)).toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(new Date(zonedMs('2026-03-30', '09:00', PARIS)).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(new Date(zonedMs('2026-10-26', '09:00', PARIS)).toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('moves a time inside the spring-forward gap after the jump', () => {
    // 02:30 does not exist on 29 March 2026 in Paris: clocks go from 02:00 to 03:00.
    const t = zonedMs('2026-03-29', '02:30', PARIS);
    expect(localDateTime(t, PARIS)).toBe('2026-03-29T03:30');
  });

  it('takes the first of the two 02:30 of the fall-back night', () => {
    expect(new Date(zonedMs('2026-10-25', '02:30', PARIS)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('counts 23 hours on the spring-forward Sunday and 25 on the fall-back one', () => {
    expect(dayLengthHours('2026-03-29', PARIS)).toBe(23);
    expect(dayLengthHours('2026-03-28', PARIS)).toBe(24);
    expect(dayLengthHours('2026-10-25', PARIS)).toBe(25);
    expect(dayLengthHours('2026-03-29', 'UTC')).toBe(24);
  });

  it('lists the hours a day goes through', () => {
    const spring = hoursOfDay('2026-03-29', PARIS);
    expect(spring).toHaveLength(23);
    expect(spring).not.toContain(2);
    expect(spring.slice(0, 3)).toEqual([0, 1, 3]);
    const autumn = hoursOfDay('2026-10-25', PARIS);
    expect(autumn.slice(0, 5)).toEqual([0, 1, 2, 2, 3]);
    expect(hoursOfDay('2026-06-01', PARIS)).toEqual([...Array(24).keys()]);
  });

  it('starts days at local midnight and moves plain dates across months and years', () => {
    expect(new Date(dayStartMs('2026-03-29', PARIS)).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(dayStartMs('2026-03-30', PARIS)).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it("gives today's date in the zone, not the browser's", () => {
    const now = new Date('2026-12-01T23:30:00Z');
    expect(todayIn(PARIS, now)).toBe('2026-12-02');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-12-01');
  });
});
