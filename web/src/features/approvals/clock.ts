import { formatMinutes, toneFor, type ClockTone } from '../../lib/clock-tone.js';

export { formatMinutes, type ClockTone };

/** What a clock says; the component turns `kind` and `minutes` into words. */
export interface ClockLabel {
  /** left: still running; late: running past its target; doneIn / doneLate: the step has ended. */
  kind: 'left' | 'late' | 'doneIn' | 'doneLate';
  minutes: number;
  tone: ClockTone;
}

export interface ClockInput {
  /** UTC ISO instant the step is due by (its target), null when it has none. */
  dueAt: string | null;
  startedAt?: string | null;
  /** Set once the step is over: the clock stops there. */
  endedAt?: string | null;
  /** The target in minutes, used for the colour; null falls back to an hour. */
  targetMinutes?: number | null;
}

/**
 * A step's clock as of `now`, recomputed from `dueAt` (a list loaded minutes ago has stale
 * "minutes left"). Wall-clock minutes: the server's business-hours target already sits in `dueAt`.
 */
export function clockLabel(c: ClockInput, now: number): ClockLabel | null {
  if (!c.dueAt) return null;
  const due = Date.parse(c.dueAt);
  if (Number.isNaN(due)) return null;
  if (c.endedAt) {
    const end = Date.parse(c.endedAt);
    const start = c.startedAt ? Date.parse(c.startedAt) : NaN;
    const took = Number.isNaN(start) ? 0 : Math.max(0, Math.round((end - start) / 60_000));
    return end <= due
      ? { kind: 'doneIn', minutes: took, tone: 'gray' }
      : { kind: 'doneLate', minutes: took, tone: 'red' };
  }
  if (now > due) return { kind: 'late', minutes: Math.floor((now - due) / 60_000), tone: 'red' };
  // Floor: "0 min left" is the last minute, never a passed deadline.
  const left = Math.floor((due - now) / 60_000);
  return { kind: 'left', minutes: left, tone: toneFor(left, c.targetMinutes ?? null) };
}

/** A target as a circuit editor shows it: minutes split into days, hours and minutes. */
export function splitMinutes(total: number): { days: number; hours: number; minutes: number } {
  const m = Math.max(0, Math.round(total));
  return { days: Math.floor(m / 1440), hours: Math.floor((m % 1440) / 60), minutes: m % 60 };
}
