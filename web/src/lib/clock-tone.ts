/**
 * What the product's clocks share (approval steps, inbox response targets): the colour of a running
 * clock and how a duration reads.
 */

/** A clock's colour, from the Mantine palette. */
export type ClockTone = 'green' | 'orange' | 'red' | 'gray';

/** Green while more than half the target remains, orange below it, red in the last tenth (or 5 min). */
export function toneFor(left: number, target: number | null): ClockTone {
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
