/**
 * When a published variant's metrics are read: 1 h, 6 h, 24 h and 7 days after publication, then
 * daily until day 30. Pure functions of instants (milliseconds since the epoch); no clock, no I/O.
 */

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The last day of the schedule: a variant older than this is no longer observed. */
export const SCHEDULE_DAYS = 30;

// 1 h, 6 h, 24 h, 7 d, then every day from day 8 to day 30 (days 2–6 are skipped on purpose: early
// growth is caught by the first three points, the daily series starts once the post has settled).
const OFFSETS: readonly number[] = [
  HOUR,
  6 * HOUR,
  DAY,
  7 * DAY,
  ...Array.from({ length: SCHEDULE_DAYS - 7 }, (_, i) => (8 + i) * DAY),
];

/** Every due instant after a publication, in order. */
export function dueInstants(publishedAtMs: number): number[] {
  return OFFSETS.map((o) => publishedAtMs + o);
}

/** The first due instant strictly after `afterMs`, or null once the schedule is over. */
export function nextDueAfter(publishedAtMs: number, afterMs: number): number | null {
  return dueInstants(publishedAtMs).find((d) => d > afterMs) ?? null;
}

/**
 * What to do at `nowMs` given the last point already recorded (null: none yet). Several points missed
 * (a worker down for a day) give ONE snapshot now, recorded against the latest missed point: the
 * others are not fabricated, they simply have no value. Null: nothing is due.
 */
export function dueNow(
  publishedAtMs: number,
  lastRecordedDueMs: number | null,
  nowMs: number,
): number | null {
  const due = dueInstants(publishedAtMs).filter(
    (d) => d <= nowMs && (lastRecordedDueMs === null || d > lastRecordedDueMs),
  );
  return due.length === 0 ? null : due[due.length - 1]!;
}

/** Points skipped when catching up at `nowMs` (for logs): missed, not the one recorded now. */
export function skippedPoints(
  publishedAtMs: number,
  lastRecordedDueMs: number | null,
  nowMs: number,
): number {
  const due = dueInstants(publishedAtMs).filter(
    (d) => d <= nowMs && (lastRecordedDueMs === null || d > lastRecordedDueMs),
  );
  return Math.max(0, due.length - 1);
}

/**
 * The point the variant waits for: its latest unrecorded due point (already past: visit now), else its
 * next point after now and after the last recorded one; null when the schedule is over. Returning the
 * point itself, not "now", keeps it stable across calls (it keys the job).
 */
export function nextWake(
  publishedAtMs: number,
  lastRecordedDueMs: number | null,
  nowMs: number,
): number | null {
  return (
    dueNow(publishedAtMs, lastRecordedDueMs, nowMs) ??
    nextDueAfter(publishedAtMs, Math.max(nowMs, lastRecordedDueMs ?? -Infinity))
  );
}
