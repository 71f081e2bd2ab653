const DAY = 86_400_000;

/** Today's calendar date (YYYY-MM-DD) in `timeZone`. */
export function todayIn(nowMs: number, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(nowMs));
}

/** The first day of the last `days` days, today included, as the indicators API takes it. */
export function lastDaysFrom(nowMs: number, timeZone: string, days: number): string {
  const today = Date.parse(`${todayIn(nowMs, timeZone)}T00:00:00Z`);
  return new Date(today - (days - 1) * DAY).toISOString().slice(0, 10);
}
