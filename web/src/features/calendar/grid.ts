/**
 * The calendar's periods on plain dates ('YYYY-MM-DD'): the month grid, the week, the list's month, and
 * moving between them. Weeks start on Monday for both languages: ISO 8601 weeks start on Monday and it
 * is the convention in France and in the British and European English this product writes, so one rule
 * serves everyone and a Monday-to-Sunday week reads the same in both languages (US-style Sunday-first
 * weeks would split the weekend a French reader expects together).
 */
import { addDays, dayStartMs } from './zoned.js';

export const VIEWS = ['month', 'week', 'list'] as const;
export type CalendarView = (typeof VIEWS)[number];

/** ISO weekday of a plain date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The seven dates of the week holding `date`, Monday first. */
export function weekDates(date: string): string[] {
  const monday = mondayOf(date);
  return [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(monday, i));
}

/** The first day of the month holding `date`. */
export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** `date` moved by `n` months, its day clamped to the target month's length (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}

/**
 * The month of `date` as whole weeks (Monday → Sunday): from the Monday on or before the 1st to the
 * Sunday on or after the last day; 4 to 6 rows.
 */
export function monthGrid(date: string): string[][] {
  const first = firstOfMonth(date);
  const last = addDays(addMonths(first, 1), -1);
  const weeks: string[][] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7))
    weeks.push(weekDates(monday));
  return weeks;
}

/** The dates a view shows around `date`: [start, end) as plain dates. */
export function periodDates(view: CalendarView, date: string): { start: string; end: string } {
  switch (view) {
    case 'week': {
      const monday = mondayOf(date);
      return { start: monday, end: addDays(monday, 7) };
    }
    case 'month': {
      // The grid's leading and trailing days show their posts too.
      const grid = monthGrid(date);
      return { start: grid[0]![0]!, end: addDays(grid[grid.length - 1]![6]!, 1) };
    }
    case 'list': {
      const first = firstOfMonth(date);
      return { start: first, end: addMonths(first, 1) };
    }
  }
}

/** The instants bounding a view in the viewer's zone, for the server's `from`/`to` filters. */
export function periodBounds(
  view: CalendarView,
  date: string,
  timeZone: string,
): { from: string; to: string } {
  const { start, end } = periodDates(view, date);
  return {
    from: new Date(dayStartMs(start, timeZone)).toISOString(),
    to: new Date(dayStartMs(end, timeZone)).toISOString(),
  };
}

/** The date shown after moving one period forward (`step` 1) or back (-1). */
export function shiftPeriod(view: CalendarView, date: string, step: number): string {
  return view === 'week' ? addDays(date, 7 * step) : addMonths(date, step);
}
