/** Pure date helpers of the organisation pages: ISO weeks and the days they hold, all in UTC arithmetic. */

/** Networks' display names (brand names are not translated), used when the catalogue is not readable. */
export const NETWORK_NAMES: Record<string, string> = {
  linkedin: 'LinkedIn',
  instagram: 'Instagram',
  facebook: 'Facebook',
  x: 'X',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  pinterest: 'Pinterest',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  telegram: 'Telegram',
  discord: 'Discord',
};
export const NETWORK_IDS = Object.keys(NETWORK_NAMES);

/** A network's display name. */
export function networkName(id: string): string {
  return NETWORK_NAMES[id] ?? id;
}

const DAY = 86_400_000;
const ymd = (d: Date) => d.toISOString().slice(0, 10);

/** The ISO week (`2026-W13`) holding the calendar date `date` (YYYY-MM-DD). */
export function isoWeekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(d.getTime() + (3 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - jan1) / DAY / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday (YYYY-MM-DD) of ISO week `week`. */
export function mondayOf(week: string): string {
  const [y, w] = week.split('-W').map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY;
  return ymd(new Date(monday1 + (w - 1) * 7 * DAY));
}

/** `date` moved by `days`. */
export function addDays(date: string, days: number): string {
  return ymd(new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY));
}

/** The week `n` weeks after `week`. */
export function addWeeks(week: string, n: number): string {
  return isoWeekOf(addDays(mondayOf(week), n * 7));
}

/** Today's calendar date in time zone `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Minutes since midnight of `HH:MM`. */
export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/**
 * The stretches of one local day (`date`) a gap covers, as minutes from midnight [start, end), from the
 * gap's wall-clock start and end (`YYYY-MM-DDTHH:MM`).
 */
export function gapOnDay(
  gap: { localStart: string; localEnd: string },
  date: string,
): [number, number] | null {
  const dayStart = `${date}T00:00`;
  const dayEnd = `${addDays(date, 1)}T00:00`;
  if (gap.localEnd <= dayStart || gap.localStart >= dayEnd) return null;
  const start = gap.localStart <= dayStart ? 0 : toMinutes(gap.localStart.slice(11));
  const end = gap.localEnd >= dayEnd ? 1440 : toMinutes(gap.localEnd.slice(11));
  return end > start ? [start, end] : null;
}

/** Whether a stretch touches a weekend day, an evening (after 19:00) or a night (before 08:00). */
export function gapKinds(gap: { localStart: string; localEnd: string }): ('weekend' | 'evening' | 'night')[] {
  const kinds = new Set<'weekend' | 'evening' | 'night'>();
  let date = gap.localStart.slice(0, 10);
  const last = gap.localEnd.slice(0, 10);
  for (let i = 0; i < 60 && date <= last; i++, date = addDays(date, 1)) {
    const span = gapOnDay(gap, date);
    if (!span) continue;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) kinds.add('weekend');
    else {
      if (span[1] > 19 * 60) kinds.add('evening');
      if (span[0] < 8 * 60) kinds.add('night');
    }
  }
  return [...kinds];
}
