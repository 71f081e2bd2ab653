import { addDays, localDateTime, weekday, zonedInstant } from './calendar.js';

/**
 * Business time: time that really elapses while a workspace is open. Openings are wall-clock ranges in
 * the workspace's IANA zone, turned into instants one day at a time, so a daylight-saving change moves
 * them as the clocks do. A range that contains the jump itself (Sunday 01:00–09:00 in Paris on
 * 2026-03-29) therefore holds 7 real hours, not 8: an approval clock must never count an hour that did
 * not happen, nor skip one that did (decision 0013).
 */

/** One opening: weekday 0 = Sunday, 'HH:MM' to 'HH:MM' (or '24:00'); an end at or before the start runs past midnight. */
export interface WeeklyOpening {
  day: number;
  start: string;
  end: string;
}

/** Same shape as the workspace's `businessHours` setting (zBusinessHours). */
export interface WeeklyHours {
  weekdays: WeeklyOpening[];
  /** Closed dates 'YYYY-MM-DD': every opening that starts on them is skipped. */
  holidays: string[];
}

/** Either the workspace's opening hours in its zone, or every instant counts. */
export type BusinessCalendar =
  { kind: 'business'; timeZone: string; hours: WeeklyHours } | { kind: 'around_the_clock' };

export const AROUND_THE_CLOCK: BusinessCalendar = { kind: 'around_the_clock' };

/** How far the clock looks for an opening before it gives up: beyond any real closure, short of a hang. */
export const MAX_CLOSED_DAYS = 400;

/** Thrown when a calendar has no opening at all within MAX_CLOSED_DAYS of the asked instant. */
export class NoOpeningError extends Error {
  readonly code = 'no_opening';
  constructor(from: number) {
    super(
      `No business opening within ${MAX_CLOSED_DAYS} days of ${new Date(from).toISOString()}: check the workspace's business hours and holidays`,
    );
    this.name = 'NoOpeningError';
  }
}

type Interval = [number, number];

function localDate(ms: number, tz: string): string {
  return localDateTime(ms, tz).slice(0, 10);
}

/** The openings that start on `date`, as instants, sorted by start; empty on a holiday. */
function openingsStartingOn(date: string, tz: string, hours: WeeklyHours, holidays: Set<string>): Interval[] {
  if (holidays.has(date)) return [];
  const dow = weekday(date);
  const out: Interval[] = [];
  for (const o of hours.weekdays) {
    if (o.day !== dow || o.start === o.end) continue;
    // End at or before start (22:00–02:00, or 18:00–00:00) closes on the next day's wall clock.
    const endDate = o.end <= o.start ? addDays(date, 1) : date;
    const s = zonedInstant(date, o.start, tz);
    const e = zonedInstant(endDate, o.end, tz);
    if (e > s) out.push([s, e]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * Every opening (merged: overlapping or touching ranges, and overnight ranges meeting the next day's,
 * form one) that ends after `from`, in order. Walks day by day; throws NoOpeningError after
 * MAX_CLOSED_DAYS days without one, or stops after the day that contains `until`.
 */
function* openIntervals(from: number, tz: string, hours: WeeklyHours, until = Infinity): Generator<Interval> {
  const holidays = new Set(hours.holidays);
  // Start one day early: an overnight range that began yesterday may still be open.
  let date = addDays(localDate(from, tz), -1);
  let pending: Interval | null = null;
  let closedDays = 0;
  for (;;) {
    const dayStart = zonedInstant(date, '00:00', tz);
    if (pending && pending[1] < dayStart) {
      // Nothing starting today or later can touch it any more.
      if (pending[1] > from) yield pending;
      pending = null;
    }
    if (dayStart > until) {
      if (pending && pending[1] > from) yield pending;
      return;
    }
    const today = openingsStartingOn(date, tz, hours, holidays);
    closedDays = today.length === 0 ? closedDays + 1 : 0;
    // With a bound the walk ends anyway, and a long closure before it simply holds no business time.
    if (closedDays > MAX_CLOSED_DAYS && !pending && until === Infinity) throw new NoOpeningError(from);
    for (const iv of today) {
      if (pending && iv[0] <= pending[1]) pending[1] = Math.max(pending[1], iv[1]);
      else {
        if (pending && pending[1] > from) yield pending;
        pending = [iv[0], iv[1]];
      }
    }
    date = addDays(date, 1);
  }
}

/** Whether the workspace is open at `at`. */
export function isOpen(at: Date, cal: BusinessCalendar): boolean {
  if (cal.kind === 'around_the_clock') return true;
  const t = at.getTime();
  // Only today's and yesterday's openings can contain `at`.
  for (const [s] of openIntervals(t, cal.timeZone, cal.hours, t)) return s <= t;
  return false;
}

/** `at` itself when open, else the next instant the workspace opens. */
export function nextOpening(at: Date, cal: BusinessCalendar): Date {
  if (cal.kind === 'around_the_clock') return new Date(at);
  const t = at.getTime();
  const first = openIntervals(t, cal.timeZone, cal.hours).next().value as Interval;
  return new Date(Math.max(first[0], t));
}

/** The instant at which `ms` of business time has elapsed since `start` (`start` itself for 0). */
export function addBusinessTime(start: Date, ms: number, cal: BusinessCalendar): Date {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Business time to add must be ≥ 0, got ${ms}`);
  const t = start.getTime();
  if (cal.kind === 'around_the_clock' || ms === 0) return new Date(t + ms);
  let remaining = ms;
  for (const [s, e] of openIntervals(t, cal.timeZone, cal.hours)) {
    const from = Math.max(s, t);
    if (remaining <= e - from) return new Date(from + remaining);
    remaining -= e - from;
  }
  throw new Error('unreachable: openIntervals never ends');
}

/** Milliseconds of business time from `a` to `b` (negative when `b` is before `a`). */
export function businessTimeBetween(a: Date, b: Date, cal: BusinessCalendar): number {
  const ta = a.getTime();
  const tb = b.getTime();
  if (tb < ta) return -businessTimeBetween(b, a, cal);
  if (cal.kind === 'around_the_clock') return tb - ta;
  let total = 0;
  for (const [s, e] of openIntervals(ta, cal.timeZone, cal.hours, tb)) {
    if (s >= tb) break;
    total += Math.min(e, tb) - Math.max(s, ta);
  }
  return total;
}
