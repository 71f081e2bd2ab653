import { addDays, isoWeekMonday, isoWeekOf, localDateTime, zonedInstant } from '../../../core/calendar.js';

/**
 * When scheduled reports go out, on the workspace's wall clock: weekly on Monday at 08:00 for the ISO
 * week that just ended, monthly on the 1st at 08:00 for the month that just ended. Runs are computed
 * as wall-clock dates turned into instants with `zonedInstant`, so 08:00 stays 08:00 across
 * daylight-saving changes (a week containing one is 167 or 169 hours long).
 */

export type ReportCadence = 'weekly' | 'monthly';

/** Local time of every scheduled run. */
export const RUN_TIME = '08:00';

function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function addMonths(firstDay: string, n: number): string {
  const y = Number(firstDay.slice(0, 4));
  const m = Number(firstDay.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The local date of the first run on or after the local date `date` (not checking the time). */
function runDateOnOrAfter(cadence: ReportCadence, date: string): string {
  if (cadence === 'weekly') {
    const monday = isoWeekMonday(isoWeekOf(date));
    return monday === date ? date : addDays(monday, 7);
  }
  const first = firstOfMonth(date);
  return first === date ? date : addMonths(first, 1);
}

/** The first run strictly after `after` (UTC ISO string). */
export function nextRunAt(cadence: ReportCadence, timeZone: string, after: Date): string {
  const today = localDateTime(after.getTime(), timeZone).slice(0, 10);
  let date = runDateOnOrAfter(cadence, today);
  let at = zonedInstant(date, RUN_TIME, timeZone);
  if (at <= after.getTime()) {
    date = runDateOnOrAfter(cadence, addDays(date, 1));
    at = zonedInstant(date, RUN_TIME, timeZone);
  }
  return new Date(at).toISOString();
}

/**
 * The days a run reports on: the ISO week before the run's local Monday, or the month before its 1st.
 * Computed from the planned instant, so a run a worker picks up late still reports the right period.
 */
export function coveredPeriod(
  cadence: ReportCadence,
  runAt: string,
  timeZone: string,
): { from: string; to: string } {
  const runDate = localDateTime(Date.parse(runAt), timeZone).slice(0, 10);
  if (cadence === 'weekly') {
    const monday = isoWeekMonday(isoWeekOf(runDate));
    return { from: addDays(monday, -7), to: addDays(monday, -1) };
  }
  const first = firstOfMonth(runDate);
  return { from: addMonths(first, -1), to: addDays(first, -1) };
}

/** The whole month 'YYYY-MM' as days. */
export function monthPeriod(month: string): { from: string; to: string } {
  const first = `${month}-01`;
  return { from: first, to: addDays(addMonths(first, 1), -1) };
}
