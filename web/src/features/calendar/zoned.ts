/**
 * Wall-clock arithmetic in an IANA zone for the calendar's display: which local date and time an instant
 * falls on, where a local day starts and how many hours it holds (23 or 25 on daylight-saving days).
 * Plain dates ('YYYY-MM-DD') are handled as UTC midnights so the browser's own zone never shifts them.
 * The instants computed here only bound what the calendar asks the server for; a post's time is always
 * sent as wall-clock `{ local, timeZone }` and converted by the server.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Building an Intl formatter costs far more than using one; the calendar formats hundreds of instants.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of instant `ms` in `timeZone`. */
function fieldsOf(ms: number, timeZone: string) {
  const out: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms)))
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  return {
    year: out.year ?? 1970,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: (out.hour ?? 0) % 24,
    minute: out.minute ?? 0,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local date and time ('YYYY-MM-DDTHH:mm') of instant `ms` in `timeZone`. */
export function localDateTime(ms: number, timeZone: string): string {
  const f = fieldsOf(ms, timeZone);
  return `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
}

/** The zone's offset from UTC at instant `ms`, in milliseconds (Paris in winter: +3 600 000). */
export function offsetAt(ms: number, timeZone: string): number {
  const f = fieldsOf(ms, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute);
  return asUtc - Math.floor(ms / 60_000) * 60_000;
}

/**
 * The instant at which the wall clock of `timeZone` reads `date` `time`. A time inside a spring-forward
 * gap lands after the jump (02:30 → 03:30 in Paris), as the server does; an ambiguous autumn time
 * takes its first occurrence.
 */
export function zonedMs(date: string, time: string, timeZone: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  // Try the offsets in force just before and just after the guess; the earliest consistent one wins.
  const candidates = [offsetAt(guess - DAY, timeZone), offsetAt(guess + DAY, timeZone)];
  const exact = candidates
    .map((o) => guess - o)
    .filter((t) => localDateTime(t, timeZone) === `${date}T${pad(h)}:${pad(mi)}`)
    .sort((a, b) => a - b);
  if (exact[0] !== undefined) return exact[0];
  // In a spring-forward gap the time does not exist: read with the offset before the change, it lands
  // as far after the jump as it was after the last valid minute.
  return guess - candidates[0]!;
}

/** The instant a local day starts in `timeZone`. */
export function dayStartMs(date: string, timeZone: string): number {
  return zonedMs(date, '00:00', timeZone);
}

/** The date `n` days after the plain date `date`. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** How many hours the local day `date` lasts in `timeZone` (23 on spring-forward, 25 on fall-back days). */
export function dayLengthHours(date: string, timeZone: string): number {
  return Math.round((dayStartMs(addDays(date, 1), timeZone) - dayStartMs(date, timeZone)) / HOUR);
}

/**
 * The wall-clock hours the local day `date` goes through, in order: 0…23 on most days, without 2 on
 * Paris's spring-forward Sunday, with 2 twice on its fall-back Sunday.
 */
export function hoursOfDay(date: string, timeZone: string): number[] {
  const start = dayStartMs(date, timeZone);
  const end = dayStartMs(addDays(date, 1), timeZone);
  const hours: number[] = [];
  for (let t = start; t < end; t += HOUR) hours.push(Number(localDateTime(t, timeZone).slice(11, 13)));
  return hours;
}

/** Today's date in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return localDateTime(now.getTime(), timeZone).slice(0, 10);
}
