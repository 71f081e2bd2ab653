import {
  addDays,
  datesOfWeek,
  isoWeekMonday,
  localDateTime,
  weekday,
  zonedInstant,
} from '../../core/calendar.js';

/**
 * Inbox coverage against reply targets: when, in a given ISO week, a message on a network would wait
 * longer than the network's reply target because nobody who covers that inbox is working. All wall
 * times are the workspace's (IANA zone), so a daylight-saving change moves the gaps as the clocks do.
 */

/** A weekly covered window in the workspace's zone: weekday 0 = Sunday, 'HH:MM' to 'HH:MM' (or '24:00'). */
export interface CoverWindow {
  day: number;
  start: string;
  end: string;
}

export interface Coverer {
  id: string;
  name: string;
  windows: CoverWindow[];
  absences: { startDate: string; endDate: string }[];
}

export interface NetworkCoverageInput {
  networkId: string;
  replyTargetMinutes: number;
  coverers: Coverer[];
}

export interface CoverageGap {
  /** UTC instants (ISO) and the same instants on the workspace's wall clock. */
  start: string;
  end: string;
  localStart: string;
  localEnd: string;
  minutes: number;
  /** Messages arriving from `start` until `breachUntil` miss the target; null when the gap is shorter. */
  breachUntil: string | null;
  localBreachUntil: string | null;
}

export interface NetworkCoverage {
  networkId: string;
  replyTargetMinutes: number;
  covererIds: string[];
  coveredMinutes: number;
  gaps: CoverageGap[];
  /** Minutes of the week during which a new message would miss the target. */
  breachMinutes: number;
}

type Interval = [number, number];

/** Merges overlapping or touching intervals. */
function union(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else out.push([iv[0], iv[1]]);
  }
  return out;
}

/**
 * Covered instants of `dates` for one person: their windows on each date that is neither a workspace
 * holiday nor a day of absence.
 */
function coveredIntervals(c: Coverer, dates: string[], holidays: string[], tz: string): Interval[] {
  const out: Interval[] = [];
  for (const date of dates) {
    if (holidays.includes(date) || c.absences.some((a) => a.startDate <= date && date <= a.endDate)) continue;
    for (const w of c.windows) {
      if (w.day !== weekday(date)) continue;
      const start = zonedInstant(date, w.start, tz);
      const end =
        w.end === '24:00' ? zonedInstant(addDays(date, 1), '00:00', tz) : zonedInstant(date, w.end, tz);
      if (end > start) out.push([start, end]);
    }
  }
  return out;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Coverage of each network's inbox in ISO week `week`: the uncovered stretches that start in the week
 * (their end is looked up to two weeks later, so a weekend gap shows its real length), and for each
 * the instants at which a new message would already miss the reply target.
 */
export function computeCoverage(input: {
  week: string;
  timeZone: string;
  holidays: string[];
  networks: NetworkCoverageInput[];
}): NetworkCoverage[] {
  const monday = isoWeekMonday(input.week);
  const weekStart = zonedInstant(monday, '00:00', input.timeZone);
  const weekEnd = zonedInstant(addDays(monday, 7), '00:00', input.timeZone);
  // Look ahead two weeks (and one day back) so a gap that crosses the week's end is measured whole.
  const dates = [
    addDays(monday, -1),
    ...[0, 7, 14].flatMap((k) => datesOfWeek(input.week).map((d) => addDays(d, k))),
  ];
  const horizon = zonedInstant(addDays(monday, 21), '00:00', input.timeZone);
  // The same people often cover several inboxes: compute each person's hours once.
  const perPerson = new Map<string, Interval[]>();
  const intervalsOf = (c: Coverer) => {
    let found = perPerson.get(c.id);
    if (!found) {
      found = coveredIntervals(c, dates, input.holidays, input.timeZone);
      perPerson.set(c.id, found);
    }
    return found;
  };
  return input.networks.map((n) => {
    const covered = union(n.coverers.flatMap(intervalsOf));
    const gaps: CoverageGap[] = [];
    let cursor = weekStart;
    // A gap open at Monday 00:00 started earlier; it is reported from the week's start.
    for (const [s, e] of [...covered, [horizon, horizon] as Interval]) {
      if (e <= cursor) continue;
      if (s > cursor && cursor < weekEnd)
        gaps.push(gap(cursor, Math.min(s, horizon), n.replyTargetMinutes, input.timeZone));
      cursor = Math.max(cursor, e);
      if (cursor >= weekEnd) break;
    }
    const coveredMinutes = covered.reduce(
      (sum, [s, e]) => sum + Math.max(0, Math.min(e, weekEnd) - Math.max(s, weekStart)) / 60_000,
      0,
    );
    return {
      networkId: n.networkId,
      replyTargetMinutes: n.replyTargetMinutes,
      covererIds: n.coverers.map((c) => c.id),
      coveredMinutes: Math.round(coveredMinutes),
      gaps,
      breachMinutes: gaps.reduce((sum, g) => {
        if (!g.breachUntil) return sum;
        const until = Math.min(Date.parse(g.breachUntil), weekEnd);
        return sum + Math.max(0, until - Date.parse(g.start)) / 60_000;
      }, 0),
    };
  });
}

/** One uncovered stretch; a message arriving at its start waits until its end. */
function gap(start: number, end: number, targetMinutes: number, tz: string): CoverageGap {
  const minutes = Math.round((end - start) / 60_000);
  const breach = minutes > targetMinutes ? end - targetMinutes * 60_000 : null;
  return {
    start: iso(start),
    end: iso(end),
    localStart: localDateTime(start, tz),
    localEnd: localDateTime(end, tz),
    minutes,
    breachUntil: breach === null ? null : iso(breach),
    localBreachUntil: breach === null ? null : localDateTime(breach, tz),
  };
}
