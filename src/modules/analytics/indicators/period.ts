import { invalid } from '../../../app/errors.js';
import { addDays, dateToMs, localDateTime, msToDate } from '../../../core/calendar.js';
import { periodInstants } from '../../inbox/indicators/indicators.service.js';
import type { Period } from './indicator.types.js';

/** The longest period read at once (a year and a day), the same bound as the inbox indicators. */
export const MAX_PERIOD_DAYS = 366;
/** Above this many days a trend is drawn per month rather than per week (a quarter still reads weekly). */
const WEEKLY_TREND_MAX_DAYS = 92;

const DAY_MS = 86_400_000;

/** Days from `from` to `to`, both included. */
export function daysIn(from: string, to: string): number {
  return Math.round((dateToMs(to) - dateToMs(from)) / DAY_MS) + 1;
}

/** The last day of the month of `date`. */
export function lastDayOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return msToDate(Date.UTC(y!, m, 0));
}

/** Whether [from, to] is exactly one calendar month. */
export function isWholeMonth(from: string, to: string): boolean {
  return from.endsWith('-01') && from.slice(0, 7) === to.slice(0, 7) && to === lastDayOfMonth(from);
}

/** A period of days [from, to] on the wall clock of `timeZone`, with its UTC instants. */
export function makePeriod(from: string, to: string, timeZone: string): Period {
  return { from, to, ...periodInstants(from, to, timeZone), timeZone };
}

/**
 * The period before: the same number of days ending the day before `from`, except that a whole
 * calendar month compares with the whole previous month (October 31 days against September's 30).
 */
export function previousPeriodOf(period: Period): Period {
  const { from, to, timeZone } = period;
  if (isWholeMonth(from, to)) {
    const prevLast = addDays(from, -1);
    return makePeriod(`${prevLast.slice(0, 7)}-01`, prevLast, timeZone);
  }
  const prevTo = addDays(from, -1);
  return makePeriod(addDays(prevTo, -(daysIn(from, to) - 1)), prevTo, timeZone);
}

/**
 * `from`/`to` as asked (either may be absent) → the period. Defaults: `to` = today in the workspace
 * zone, `from` = 29 days before `to` (30 days). Errors name the field at fault.
 */
export function resolveDays(
  from: string | undefined,
  to: string | undefined,
  timeZone: string,
  now: Date,
): { from: string; to: string } {
  const end = to ?? localDateTime(now.getTime(), timeZone).slice(0, 10);
  const start = from ?? addDays(end, -29);
  if (start > end) throw invalid(from ? 'from' : 'to', '`from` must not be after `to` (today by default)');
  if (daysIn(start, end) > MAX_PERIOD_DAYS)
    throw invalid(from ? 'from' : 'to', `A period spans at most ${MAX_PERIOD_DAYS} days`);
  return { from: start, to: end };
}

/**
 * The buckets a trend is drawn with: calendar weeks (Monday to Sunday), or calendar months when the
 * period is longer than a quarter, clipped to the period so the first and last may be partial.
 */
export function trendBuckets(from: string, to: string): { from: string; to: string }[] {
  const monthly = daysIn(from, to) > WEEKLY_TREND_MAX_DAYS;
  const out: { from: string; to: string }[] = [];
  let start = from;
  while (start <= to) {
    let end: string;
    if (monthly) end = lastDayOfMonth(start);
    else {
      const dow = (new Date(dateToMs(start)).getUTCDay() + 6) % 7; // Monday = 0
      end = addDays(start, 6 - dow);
    }
    if (end > to) end = to;
    out.push({ from: start, to: end });
    start = addDays(end, 1);
  }
  return out;
}
