import type { OpeningHours } from '../api/types.js';

/** Weekdays Monday first (ISO order), as the API numbers them (0 = Sunday). */
export const WEEK: number[] = [1, 2, 3, 4, 5, 6, 0];

/** A weekday's name in `lang` ("lundi", "Mon"); 2024-01-07 was a Sunday. */
export function weekdayName(day: number, lang: string, width: 'long' | 'short' = 'long'): string {
  const date = new Date(Date.UTC(2024, 0, 7 + day));
  return new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' }).format(date);
}

export interface HoursLine {
  days: string;
  hours: string;
}

/**
 * Opening hours in a few lines: consecutive days with the same openings share a line
 * ("Mon – Fri: 09:00–18:00"); closed days are left out.
 */
export function summarizeHours(weekdays: OpeningHours[], lang: string): HoursLine[] {
  const of = (day: number) =>
    weekdays
      .filter((w) => w.day === day)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((w) => `${w.start}–${w.end}`)
      .join(', ');
  const lines: HoursLine[] = [];
  let run: number[] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first === undefined || last === undefined) return;
    const name = (d: number) => weekdayName(d, lang, 'short');
    lines.push({ days: run.length > 1 ? `${name(first)} – ${name(last)}` : name(first), hours: of(first) });
    run = [];
  };
  for (const day of WEEK) {
    const hours = of(day);
    const prev = run[run.length - 1];
    if (!hours) flush();
    else if (prev !== undefined && of(prev) === hours) run.push(day);
    else {
      flush();
      run = [day];
    }
  }
  flush();
  return lines;
}
