import { localDateTime, zonedInstant } from '../../../core/calendar.js';

/** A time to schedule at: an instant, or a wall-clock time in an IANA zone (what the composer shows). */
export type TimeInput = { scheduledAt: string } | { local: string; timeZone: string };

/** The instant to schedule at, and the wall-clock time it really shows when the one asked did not exist. */
export interface ResolvedTime {
  at: Date;
  /** Set when `local` fell in a spring-forward gap: the time was moved after the jump. */
  shifted: { asked: string; actual: string; timeZone: string } | null;
}

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/**
 * Converts a schedule time to UTC. A wall-clock time skipped by a spring-forward change (02:30 on
 * 2026-03-29 in Paris) lands the same distance after the jump (03:30) and is reported, so the user sees
 * it; an ambiguous autumn time takes its first occurrence (`zonedInstant`).
 */
export function resolveScheduleTime(input: TimeInput): ResolvedTime {
  if ('scheduledAt' in input) return { at: new Date(input.scheduledAt), shifted: null };
  const m = LOCAL.exec(input.local);
  if (!m) throw new RangeError(`Not a local date-time: ${input.local}`);
  const ms = zonedInstant(m[1]!, m[2]!, input.timeZone);
  const actual = localDateTime(ms, input.timeZone);
  return {
    at: new Date(ms),
    shifted: actual === input.local ? null : { asked: input.local, actual, timeZone: input.timeZone },
  };
}
