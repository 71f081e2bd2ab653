import type { ClockView } from './inbox.types.js';

import { formatMinutes, toneFor, type ClockTone } from '../../lib/clock-tone.js';

export { formatMinutes, type ClockTone };

/** What the row shows for an item's clock; the component turns `kind` into words. */
export interface ClockLabel {
  kind: 'left' | 'late' | 'answeredIn' | 'answeredLate';
  minutes: number;
  tone: ClockTone;
}

/**
 * The clock as of `now`, recomputed from `dueAt` rather than the server's `minutesLeft`, which is
 * already stale when the list was loaded a few minutes ago. Null when no clock applies.
 */
export function clockLabel(clock: ClockView, now: number): ClockLabel | null {
  if (clock.status === 'none' || clock.dueAt === null) return null;
  const due = Date.parse(clock.dueAt);
  if (clock.firstResponseAt !== null) {
    const minutes = clock.responseMinutes ?? 0;
    return Date.parse(clock.firstResponseAt) <= due
      ? { kind: 'answeredIn', minutes, tone: 'green' }
      : { kind: 'answeredLate', minutes, tone: 'red' };
  }
  if (now > due) return { kind: 'late', minutes: Math.floor((now - due) / 60_000), tone: 'red' };
  // Floor, like the server: "0 min left" is the last minute, never a passed deadline.
  const left = Math.floor((due - now) / 60_000);
  return { kind: 'left', minutes: left, tone: toneFor(left, clock.targetMinutes) };
}
