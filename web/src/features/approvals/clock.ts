/** Colours of an approval clock, from the Mantine palette. */
export type ClockTone = 'green' | 'orange' | 'red' | 'gray';

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

/** Green while more than half the target remains, orange below it, red in the last tenth (or 5 min). */
function toneFor(left: number, target: number | null): ClockTone {
  const t = target && target > 0 ? target : 60;
  if (left < Math.max(5, t * 0.1)) return 'red';
  if (left < t / 2) return 'orange';
  return 'green';
}

const UNITS = {
  en: { d: 'd', h: 'h', min: 'min' },
  fr: { d: 'j', h: 'h', min: 'min' },
} as const;

/** A duration as people read it: "8 min", "1 h 05", "2 d 3 h" ("2 j 3 h" in French). */
export function formatMinutes(total: number, lang: string): string {
  const u = lang.startsWith('fr') ? UNITS.fr : UNITS.en;
  const m = Math.max(0, Math.round(total));
  if (m < 60) return `${m} ${u.min}`;
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const minutes = m % 60;
  if (days > 0) return hours > 0 ? `${days} ${u.d} ${hours} ${u.h}` : `${days} ${u.d}`;
  return `${hours} ${u.h} ${String(minutes).padStart(2, '0')}`;
}

/** A target as a circuit editor shows it: minutes split into days, hours and minutes. */
export function splitMinutes(total: number): { days: number; hours: number; minutes: number } {
  const m = Math.max(0, Math.round(total));
  return { days: Math.floor(m / 1440), hours: Math.floor((m % 1440) / 60), minutes: m % 60 };
}
