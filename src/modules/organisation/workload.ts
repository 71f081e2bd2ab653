import { addDays, datesOfWeek, isoWeeksBetween, weekday } from '../../core/calendar.js';

/**
 * Workload: what the plan asks of each person per ISO week against what they can give. Pure: the
 * service gathers the plan (see workload.port.ts) and the resources, this file does the sums.
 */

export const CONTENT_FORMATS = ['short_post', 'carousel', 'video', 'article', 'reply'] as const;
export type ContentFormat = (typeof CONTENT_FORMATS)[number];

/** Hours per piece, editable per workspace; these are the starting values. */
export const DEFAULT_EFFORT_HOURS: Record<ContentFormat, number> = {
  short_post: 0.5,
  carousel: 2,
  video: 6,
  article: 4,
  reply: 0.1,
};

/** Why some hours are planned: a network's publishing, its inbox, a plan action, or a calendar post. */
export interface WorkCause {
  kind: 'publishing' | 'inbox' | 'action' | 'post';
  networkId?: string;
  format?: ContentFormat;
  actionId?: string;
  /** Human label of the cause (action title, post title); the network id/format speak for themselves. */
  label?: string;
}

/**
 * One piece of planned work in one ISO week: either a quantity of a format (hours come from the effort
 * table) or a number of hours, shared equally between the responsible resources.
 */
export interface WorkItem {
  week: string;
  cause: WorkCause;
  quantity?: number;
  hours?: number;
  responsibleIds: string[];
}

export interface WorkloadResource {
  id: string;
  name: string;
  capacityHoursPerWeek: number;
  absences: { startDate: string; endDate: string }[];
}

/** The workspace calendar capacity is measured in: open weekdays (0 = Sunday) and closed dates. */
export interface WorkingCalendar {
  openWeekdays: number[];
  holidays: string[];
}

export interface CauseHours extends WorkCause {
  hours: number;
}

export interface PersonWeek {
  week: string;
  capacityHours: number;
  plannedHours: number;
  overloadHours: number;
  overloaded: boolean;
  /** Largest first, so the first lines say what to move. */
  causes: CauseHours[];
}

export interface WorkloadReport {
  weeks: string[];
  people: { resourceId: string; name: string; weeks: PersonWeek[] }[];
  /** Work with nobody responsible: it will not happen unless someone is named. */
  unassigned: { week: string; causes: CauseHours[]; hours: number }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Open days of the week `week` that are not holidays and on which the resource is not absent. */
function availableDays(week: string, cal: WorkingCalendar, absences: WorkloadResource['absences']): number {
  return datesOfWeek(week).filter(
    (d) =>
      cal.openWeekdays.includes(weekday(d)) &&
      !cal.holidays.includes(d) &&
      !absences.some((a) => a.startDate <= d && d <= a.endDate),
  ).length;
}

/**
 * Capacity in `week`: weekly hours scaled by the open days left after holidays and absences. A
 * workspace with no open day at all keeps the full weekly figure (nothing to scale by).
 */
export function weekCapacity(
  capacityHoursPerWeek: number,
  week: string,
  cal: WorkingCalendar,
  absences: WorkloadResource['absences'],
): number {
  const open = new Set(cal.openWeekdays).size;
  if (open === 0) return capacityHoursPerWeek;
  return round2((capacityHoursPerWeek * availableDays(week, cal, absences)) / open);
}

/** Hours an item asks for in total, before sharing. */
export function itemHours(item: WorkItem, effort: Record<ContentFormat, number>): number {
  if (item.hours !== undefined) return item.hours;
  return (item.quantity ?? 0) * (item.cause.format ? effort[item.cause.format] : 0);
}

const causeKey = (c: WorkCause) => [c.kind, c.networkId ?? '', c.format ?? '', c.actionId ?? ''].join('|');

/** Adds `hours` for `cause` into a map of causes. */
function addCause(map: Map<string, CauseHours>, cause: WorkCause, hours: number): void {
  const key = causeKey(cause);
  const found = map.get(key);
  if (found) found.hours += hours;
  else map.set(key, { ...cause, hours });
}

const sortedCauses = (m: Map<string, CauseHours> | undefined): CauseHours[] =>
  [...(m?.values() ?? [])]
    .map((c) => ({ ...c, hours: round2(c.hours) }))
    .sort((a, b) => b.hours - a.hours || causeKey(a).localeCompare(causeKey(b)));

/**
 * Each resource's planned hours per ISO week against its capacity (minus holidays and absences), with
 * the causes of every week so an overload says what produces it. Items naming no known resource are
 * reported as unassigned.
 */
export function computeWorkload(input: {
  from: string;
  to: string;
  items: WorkItem[];
  effort: Record<ContentFormat, number>;
  resources: WorkloadResource[];
  calendar: WorkingCalendar;
}): WorkloadReport {
  const weeks = isoWeeksBetween(input.from, input.to);
  const known = new Set(input.resources.map((r) => r.id));
  const perPerson = new Map<string, Map<string, Map<string, CauseHours>>>();
  const unassigned = new Map<string, Map<string, CauseHours>>();
  for (const item of input.items) {
    if (!weeks.includes(item.week)) continue;
    const hours = itemHours(item, input.effort);
    if (hours <= 0) continue;
    const owners = [...new Set(item.responsibleIds.filter((id) => known.has(id)))];
    if (owners.length === 0) {
      const m = unassigned.get(item.week) ?? new Map<string, CauseHours>();
      addCause(m, item.cause, hours);
      unassigned.set(item.week, m);
      continue;
    }
    for (const id of owners) {
      const byWeek = perPerson.get(id) ?? new Map<string, Map<string, CauseHours>>();
      const m = byWeek.get(item.week) ?? new Map<string, CauseHours>();
      addCause(m, item.cause, hours / owners.length);
      byWeek.set(item.week, m);
      perPerson.set(id, byWeek);
    }
  }
  return {
    weeks,
    people: input.resources.map((r) => ({
      resourceId: r.id,
      name: r.name,
      weeks: weeks.map((week) => {
        const causes = sortedCauses(perPerson.get(r.id)?.get(week));
        const planned = round2(causes.reduce((s, c) => s + c.hours, 0));
        const capacity = weekCapacity(r.capacityHoursPerWeek, week, input.calendar, r.absences);
        const over = round2(Math.max(0, planned - capacity));
        return {
          week,
          capacityHours: capacity,
          plannedHours: planned,
          overloadHours: over,
          overloaded: over > 0,
          causes,
        };
      }),
    })),
    unassigned: weeks
      .filter((w) => unassigned.has(w))
      .map((week) => {
        const causes = sortedCauses(unassigned.get(week));
        return { week, causes, hours: round2(causes.reduce((s, c) => s + c.hours, 0)) };
      }),
  };
}

/** The format mix of a network: shares per format summing to 1; an empty mix means short posts only. */
export function normaliseMix(
  mix: Partial<Record<ContentFormat, number>>,
): Partial<Record<ContentFormat, number>> {
  const entries = Object.entries(mix).filter(([, v]) => (v ?? 0) > 0) as [ContentFormat, number][];
  const total = entries.reduce((s, [, v]) => s + v, 0);
  if (total <= 0) return { short_post: 1 };
  return Object.fromEntries(entries.map(([k, v]) => [k, v / total]));
}

/** Whether a plan action runs during the week starting on `monday` (open ends run forever). */
export function actionRunsInWeek(monday: string, start: string | null, end: string | null): boolean {
  const sunday = addDays(monday, 6);
  return (start === null || start <= sunday) && (end === null || end >= monday);
}
