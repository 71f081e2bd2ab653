import type { ClockView } from './inbox.types.js';

/** How urgent a first-response clock looks: a colour of the Mantine palette. */
export type ClockTone = 'green' | 'orange' | 'red' | 'gray';

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

/** Green while more than half the target remains, orange below, red in the last tenth (or 5 min). */
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

/** A duration as people read it on a support desk: "8 min", "1 h 05", "2 d 3 h" ("2 j 3 h" in French). */
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
