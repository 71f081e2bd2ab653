import { addDays, localDateTime, weekday, zonedInstant } from '../../../core/calendar.js';

/** A weekly posting time of an account, read in the workspace's time zone. */
export interface PostingSlot {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Wall-clock 'HH:MM'. */
  time: string;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** ISO weekday (1 = Monday … 7 = Sunday) of a plain date; calendar.weekday counts Sunday as 0. */
export function isoWeekday(date: string): number {
  return weekday(date) || 7;
}

/** The slots sorted by weekday then time, without duplicates: the order the API returns them in. */
export function normaliseSlots(slots: readonly PostingSlot[]): PostingSlot[] {
  const seen = new Set<string>();
  const out: PostingSlot[] = [];
  for (const s of slots) {
    const key = `${s.weekday} ${s.time}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ weekday: s.weekday, time: s.time });
  }
  return out.sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time));
}

/**
 * The instant a slot happens on `date` in `timeZone`. calendar.zonedInstant moves a skipped wall time
 * forward by the length of the gap (02:30 → 03:30); a posting slot instead goes out at the first minute
 * after the jump (03:00), the nearest real time to what the person chose. A wall time that happens twice
 * takes its first occurrence (zonedInstant may answer the second).
 */
export function slotInstant(date: string, time: string, timeZone: string): number {
  const wall = `${date}T${time}`;
  const ms = zonedInstant(date, time, timeZone);
  const read = localDateTime(ms, timeZone);
  if (read !== wall) {
    // In a spring-forward gap: find the jump, the first minute whose wall clock is past `wall`. Local
    // time only moves forward in the three hours before, so a binary search over minutes is sound.
    let lo = ms - 180 * MINUTE_MS; // reads before `wall`
    let hi = ms; // reads after it
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (localDateTime(mid, timeZone) > wall) hi = mid;
      else lo = mid;
    }
    return hi;
  }
  // An autumn repeat: the earliest instant that reads the same wall time (offset changes of 30 min to 2 h).
  for (const minutes of [120, 60, 30]) {
    const earlier = ms - minutes * MINUTE_MS;
    if (localDateTime(earlier, timeZone) === wall) return earlier;
  }
  return ms;
}

/**
 * The first slot instant strictly after `after` (in `timeZone` wall-clock), not in `taken` (ISO instants,
 * compared to the minute), within `horizonDays` (default 28); null when none.
 *
 * Daylight saving: a slot whose wall time does not exist that day (Europe/Paris, 2026-03-29, 02:30) is
 * moved to the first minute after the jump (03:00, see slotInstant); should
 * another slot already sit at 03:00 that day, both name the same instant and it is offered once. A wall
 * time that happens twice (2026-10-25, 02:30) takes its first occurrence (summer time, 00:30 UTC).
 */
export function nextFreeSlot(
  slots: readonly PostingSlot[],
  timeZone: string,
  after: Date,
  taken: readonly string[],
  horizonDays = 28,
): Date | null {
  if (slots.length === 0 || horizonDays <= 0) return null;
  const start = after.getTime();
  const end = start + horizonDays * DAY_MS;
  const takenMinutes = new Set<number>();
  for (const iso of taken) {
    const ms = Date.parse(iso);
    if (!Number.isNaN(ms)) takenMinutes.add(Math.floor(ms / MINUTE_MS));
  }
  const byWeekday = new Map<number, string[]>();
  for (const s of normaliseSlots(slots))
    byWeekday.set(s.weekday, [...(byWeekday.get(s.weekday) ?? []), s.time]);

  // Walk the local dates from the day `after` falls on to the day the horizon ends on; within a day the
  // candidates are sorted by instant, since a moved spring-forward slot may tie with a later one.
  const firstDate = localDateTime(start, timeZone).slice(0, 10);
  const lastDate = localDateTime(end, timeZone).slice(0, 10);
  for (let date = firstDate; date <= lastDate; date = addDays(date, 1)) {
    const times = byWeekday.get(isoWeekday(date));
    if (!times) continue;
    const instants = times.map((time) => slotInstant(date, time, timeZone)).sort((a, b) => a - b);
    for (const ms of instants) {
      if (ms <= start || ms > end) continue;
      if (takenMinutes.has(Math.floor(ms / MINUTE_MS))) continue;
      return new Date(ms);
    }
  }
  return null;
}
