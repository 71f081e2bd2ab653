import { describe, expect, it } from 'vitest';
import {
  addMonths,
  isoWeekday,
  monthGrid,
  mondayOf,
  periodBounds,
  periodDates,
  shiftPeriod,
  weekDates,
} from './grid.js';

describe('calendar periods', () => {
  it('numbers weekdays the ISO way, Monday first', () => {
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
  });

  it('lays out a month as whole weeks starting on Monday', () => {
    const grid = monthGrid('2026-03-15');
    // March 2026 starts on a Sunday and ends on a Tuesday: six rows.
    expect(grid).toHaveLength(6);
    expect(grid[0]).toEqual(weekDates('2026-02-23'));
    expect(grid[0]![6]).toBe('2026-03-01');
    expect(grid[5]![0]).toBe('2026-03-30');
    expect(grid[5]![6]).toBe('2026-04-05');
    for (const week of grid) expect(isoWeekday(week[0]!)).toBe(1);
    // February 2027 starts on a Monday and has exactly four weeks.
    expect(monthGrid('2027-02-10')).toHaveLength(4);
  });

  it('moves by months without overflowing short months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(shiftPeriod('week', '2026-12-31', 1)).toBe('2027-01-07');
    expect(shiftPeriod('month', '2026-12-31', -1)).toBe('2026-11-30');
  });

  it('bounds the week holding the spring-forward Sunday: 167 hours in Paris', () => {
    const { from, to } = periodBounds('week', '2026-03-29', 'Europe/Paris');
    expect(from).toBe('2026-03-22T23:00:00.000Z');
    expect(to).toBe('2026-03-29T22:00:00.000Z');
    expect((Date.parse(to) - Date.parse(from)) / 3_600_000).toBe(167);
    const autumn = periodBounds('week', '2026-10-25', 'Europe/Paris');
    expect((Date.parse(autumn.to) - Date.parse(autumn.from)) / 3_600_000).toBe(169);
  });

  it('covers the visible grid in month view and the calendar month in list view', () => {
    expect(periodDates('month', '2026-03-15')).toEqual({ start: '2026-02-23', end: '2026-04-06' });
    expect(periodDates('list', '2026-03-15')).toEqual({ start: '2026-03-01', end: '2026-04-01' });
    expect(periodBounds('list', '2026-03-15', 'UTC')).toEqual({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
    });
  });
});
