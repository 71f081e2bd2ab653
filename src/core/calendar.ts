/**
 * Calendar arithmetic shared by organisation, publishing and clocks: ISO weeks, plain dates and wall-clock times in an
 * IANA zone. Plain dates ('YYYY-MM-DD') are handled as UTC midnights so no local offset can shift them.
 */

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' → UTC-midnight milliseconds. */
export function dateToMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d);
}

/** UTC-midnight milliseconds → 'YYYY-MM-DD'. */
export function msToDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `n` days after `date`. */
export function addDays(date: string, n: number): string {
  return msToDate(dateToMs(date) + n * DAY_MS);
}

/** Day of the week of a plain date, 0 = Sunday (as business hours count them). */
export function weekday(date: string): number {
  return new Date(dateToMs(date)).getUTCDay();
}

/** The ISO week ('2026-W13') a plain date belongs to. */
export function isoWeekOf(date: string): string {
  const ms = dateToMs(date);
  const dow = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = ms + (3 - dow) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday that starts an ISO week ('2026-W13' → '2026-03-23'). */
export function isoWeekMonday(week: string): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new Error(`Not an ISO week: ${week}`);
  const year = Number(m[1]);
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return msToDate(jan4 - jan4Dow * DAY_MS + (Number(m[2]) - 1) * 7 * DAY_MS);
}

/** Whether `week` names a week that exists ('2026-W53' does not). */
export function isValidIsoWeek(week: string): boolean {
  if (!/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(week)) return false;
  return isoWeekOf(isoWeekMonday(week)) === week;
}

/** The ISO weeks touched by the dates from `from` to `to` inclusive, in order. */
export function isoWeeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let d = isoWeekMonday(isoWeekOf(from)); d <= to; d = addDays(d, 7)) weeks.push(isoWeekOf(d));
  return weeks;
}

/** The seven dates of an ISO week, Monday first. */
export function datesOfWeek(week: string): string[] {
  const monday = isoWeekMonday(week);
  return [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(monday, i));
}

// Building an Intl formatter costs far more than using one (measured: a week of coverage over 12
// networks took ~0.9 s building one per call, ~80 ms with one per zone), so one is kept per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Offset of `tz` from UTC at instant `ms`, in milliseconds (positive east of Greenwich). */
function zoneOffset(ms: number, tz: string): number {
  const parts = formatterFor(tz).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time ('HH:MM', or '24:00' for the end of the day) on `date` happens in
 * `tz`. A time that happens twice in autumn takes its first occurrence; a time skipped by a
 * spring-forward change is read with the offset from before the jump, so it lands as far after the
 * jump as it was after the skipped hour's start (02:30 → 03:30 in Paris), as RFC 5545 and Temporal's
 * "compatible" choice do.
 */
export function zonedInstant(date: string, time: string, tz: string): number {
  const [h, min] = time.split(':').map(Number);
  const wall = dateToMs(date) + (h! * 60 + min!) * 60_000;
  // The zone's offsets a day either side: a wall time maps to `wall - offset` for one of them.
  const before = zoneOffset(wall - DAY_MS, tz);
  const after = zoneOffset(wall + DAY_MS, tz);
  const valid = [wall - before, wall - after].filter((c) => c + zoneOffset(c, tz) === wall);
  if (valid.length > 0) return Math.min(...valid);
  return wall - before;
}

/** 'YYYY-MM-DDTHH:MM' as the wall clock of `tz` shows instant `ms`. */
export function localDateTime(ms: number, tz: string): string {
  return new Date(ms + zoneOffset(ms, tz)).toISOString().slice(0, 16);
}
