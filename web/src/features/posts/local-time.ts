/**
 * Wall-clock helpers for the composer's time inputs. The composer never turns a wall-clock time into
 * an instant (the server does, with the zone's rules); it only reads instants the server sent in a
 * zone, and labels the zone.
 */

export interface WallClock {
  date: string;
  time: string;
}

/** `?at=YYYY-MM-DDTHH:mm` (from the calendar) as a date and a time, or null when malformed. */
export function parseAt(at: string | null | undefined): WallClock | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(at ?? '');
  if (!m) return null;
  const [, date = '', time = ''] = m;
  const [h, min] = time.split(':').map(Number);
  if ((h ?? 99) > 23 || (min ?? 99) > 59 || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return null;
  return { date, time };
}

/** The `local` the schedule routes take, or null until both date and time are set. */
export function toLocal(clock: WallClock): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(clock.date) || !/^\d{2}:\d{2}$/.test(clock.time)) return null;
  return `${clock.date}T${clock.time}`;
}

/** How the instant `iso` reads on a wall clock in `timeZone`. */
export function wallClockOf(iso: string, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** "UTC+1", "UTC+5:30", "UTC" for `timeZone` at the instant `at`. */
export function utcOffsetLabel(timeZone: string, at: Date): string {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (!name || name === 'GMT') return 'UTC';
    const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
    if (!m) return name.replace('GMT', 'UTC');
    const [, sign, hh, mm] = m;
    if (Number(hh) === 0 && mm === '00') return 'UTC';
    return `UTC${sign}${Number(hh)}${mm === '00' ? '' : `:${mm}`}`;
  } catch {
    return '';
  }
}

/**
 * The instant used only to pick the offset shown next to a wall-clock time (a rough reading: the
 * label is informative, the server decides the real instant). Noon UTC of the date keeps it on the
 * right side of a daylight-saving change, which happens at night.
 */
export function labelInstant(clock: WallClock, now = new Date()): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(clock.date) ? new Date(`${clock.date}T12:00:00Z`) : now;
}
