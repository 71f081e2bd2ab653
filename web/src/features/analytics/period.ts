/**
 * The analytics period: a preset or two custom days, on the workspace's wall clock (the server counts
 * days in the workspace zone), kept in the URL so a view can be shared and survives a reload.
 */

export const PRESETS = ['last30', 'thisMonth', 'lastMonth', 'lastQuarter', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

export interface PeriodChoice {
  preset: Preset;
  from: string;
  to: string;
}

const DAY = 86_400_000;
const YMD = /^\d{4}-\d{2}-\d{2}$/;

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

function addDays(ymd: string, days: number): string {
  return new Date(Date.parse(`${ymd}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The last day of month `m` (1-12) of year `y`. */
function monthEnd(y: number, m: number): string {
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The days a preset covers, as of `today` (YYYY-MM-DD in the workspace zone). */
export function presetRange(preset: Exclude<Preset, 'custom'>, today: string): { from: string; to: string } {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  switch (preset) {
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'thisMonth':
      // The whole month, not month-to-date: a month's budget line counts whole (no proration), and
      // the previous period is then the whole previous month. Days still ahead simply have no data.
      return { from: `${y}-${pad(m)}-01`, to: monthEnd(y, m) };
    case 'lastMonth': {
      const py = m === 1 ? y - 1 : y;
      const pm = m === 1 ? 12 : m - 1;
      return { from: `${py}-${pad(pm)}-01`, to: monthEnd(py, pm) };
    }
    case 'lastQuarter': {
      const q = Math.floor((m - 1) / 3); // 0-based quarter of today
      const qy = q === 0 ? y - 1 : y;
      const first = q === 0 ? 10 : (q - 1) * 3 + 1;
      return { from: `${qy}-${pad(first)}-01`, to: monthEnd(qy, first + 2) };
    }
  }
}

/** The period the URL asks for; anything missing or malformed falls back to the last 30 days. */
export function readPeriod(params: URLSearchParams, today: string): PeriodChoice {
  const preset = params.get('period');
  if (preset === 'custom') {
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    if (YMD.test(from) && YMD.test(to) && !Number.isNaN(Date.parse(from)) && !Number.isNaN(Date.parse(to)))
      return from <= to ? { preset, from, to } : { preset, from: to, to: from };
  }
  const p: Exclude<Preset, 'custom'> =
    preset && (PRESETS as readonly string[]).includes(preset) && preset !== 'custom'
      ? (preset as Exclude<Preset, 'custom'>)
      : 'last30';
  return { preset: p, ...presetRange(p, today) };
}

/** The URL parameters of a choice, merged into the current ones (the tab's own parameters stay). */
export function writePeriod(params: URLSearchParams, choice: PeriodChoice): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('period', choice.preset);
  if (choice.preset === 'custom') {
    next.set('from', choice.from);
    next.set('to', choice.to);
  } else {
    next.delete('from');
    next.delete('to');
  }
  return next;
}

/** Days from `from` to `to`, both included. */
export function periodDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;
}

/** The month (YYYY-MM) before the one `today` falls in: the last complete month, the report default. */
export function previousMonth(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}
