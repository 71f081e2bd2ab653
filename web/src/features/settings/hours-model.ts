import type { OpeningHours } from '../../api/types.js';
import { WEEK } from '../../lib/hours.js';

export interface Range {
  start: string;
  end: string;
}
/** Openings per weekday (0 = Sunday), as the editor holds them. */
export type Week = Record<number, Range[]>;

/** The API's flat list → openings per day, each day sorted. */
export function toWeek(weekdays: OpeningHours[]): Week {
  const week: Week = {};
  for (const d of WEEK) week[d] = [];
  for (const w of weekdays) (week[w.day] ??= []).push({ start: w.start, end: w.end });
  for (const d of WEEK) week[d]!.sort((a, b) => a.start.localeCompare(b.start));
  return week;
}

/** Openings per day → the API's flat list, Monday first; `at[i]` says where entry i came from. */
export function fromWeek(week: Week): { weekdays: OpeningHours[]; at: { day: number; index: number }[] } {
  const weekdays: OpeningHours[] = [];
  const at: { day: number; index: number }[] = [];
  for (const day of WEEK)
    (week[day] ?? []).forEach((r, index) => {
      weekdays.push({ day, start: r.start, end: r.end });
      at.push({ day, index });
    });
  return { weekdays, at };
}

export type RangeError = 'order' | 'overlap' | 'format';

/** Problems the server would refuse, found before saving: `${day}.${index}` → what is wrong. */
export function checkWeek(week: Week): Record<string, RangeError> {
  const problems: Record<string, RangeError> = {};
  for (const day of WEEK) {
    const ranges = week[day] ?? [];
    ranges.forEach((r, i) => {
      if (!/^\d{2}:\d{2}$/.test(r.start) || !/^\d{2}:\d{2}$/.test(r.end)) problems[`${day}.${i}`] = 'format';
      else if (r.start >= r.end) problems[`${day}.${i}`] = 'order';
      else if (ranges.some((o, j) => j !== i && o.start < r.end && r.start < o.end))
        problems[`${day}.${i}`] = 'overlap';
    });
  }
  return problems;
}

/** Monday's openings copied to Tuesday–Friday (the usual office week). */
export function copyMondayToWeekdays(week: Week): Week {
  const monday = week[1] ?? [];
  const next: Week = { ...week };
  for (const d of [2, 3, 4, 5]) next[d] = monday.map((r) => ({ ...r }));
  return next;
}
