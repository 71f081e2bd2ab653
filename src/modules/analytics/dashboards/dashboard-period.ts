import { addDays, dateToMs, isoWeekMonday, isoWeekOf, msToDate } from '../../../core/calendar.js';
import { periodInstants } from '../../inbox/indicators/indicators.service.js';
import type { Period } from '../indicators/indicator.types.js';

/** A wall-clock day range and the UTC instants it covers, as a bucket of a series. */
export interface Bucket {
  from: string;
  to: string;
  fromInstant: string;
  toInstant: string;
}

/**
 * The buckets of a period on the workspace's wall clock: each day, or each ISO week (Monday to
 * Sunday) clipped to the period. Each bucket's instants come from its own days, so a day that crosses
 * a daylight-saving change lasts 23 or 25 hours.
 */
export function bucketsOf(period: Period, bucket: 'day' | 'week'): Bucket[] {
  const out: Bucket[] = [];
  let from = period.from;
  while (from <= period.to) {
    const last = bucket === 'day' ? from : addDays(isoWeekMonday(isoWeekOf(from)), 6);
    const to = last < period.to ? last : period.to;
    out.push({ from, to, ...periodInstants(from, to, period.timeZone) });
    from = addDays(to, 1);
  }
  return out;
}

/** Days of `month` ('YYYY-MM') inside [from, to], and the month's length. */
export function daysOfMonthIn(month: string, from: string, to: string): { inside: number; length: number } {
  const start = `${month}-01`;
  const next = msToDate(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1));
  const end = addDays(next, -1);
  const a = start > from ? start : from;
  const b = end < to ? end : to;
  const inside = a > b ? 0 : (dateToMs(b) - dateToMs(a)) / 86_400_000 + 1;
  return { inside, length: (dateToMs(next) - dateToMs(start)) / 86_400_000 };
}
