import type {
  BudgetOverview,
  OrganisationSummary,
  StrategyDirectory,
  StrategySnapshot,
} from '../strategy.model.js';
import { networkName } from '../catalogue/networks.js';
import { formatMinorMoney, formatMinutes, formatMonth, formatNumber } from './format.js';
import { orgLabels } from './org-labels.js';
import type { Locale } from './terms.js';

/**
 * The organisation and budget parts of step 8 as plain rows and sentences, shared by the Markdown and
 * the PDF so both say the same; the briefing's one-line summary of the organisation too.
 */

export interface PlainTable {
  headers: string[];
  rows: string[][];
  /** Right-aligned columns (figures). */
  numeric: number[];
}

const INTL: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** A workspace wall-clock time 'YYYY-MM-DDTHH:MM' as "Sat 5 Dec, 18:00". */
export function formatLocalTime(local: string, locale: Locale): string {
  const date = new Intl.DateTimeFormat(INTL[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${local.slice(0, 10)}T00:00:00Z`));
  return `${date}, ${local.slice(11, 16)}`;
}

/** "Agency", "Team member"… */
function kindLabel(r: OrganisationSummary['resources'][number], locale: Locale): string {
  const L = orgLabels(locale);
  return r.kind === 'member'
    ? L.member
    : (L.providerTypes[r.providerType ?? 'other'] ?? L.providerTypes.other!);
}

/** People and providers with their kind, skills and weekly capacity, and a total row. */
export function resourcesTable(o: OrganisationSummary, locale: Locale): PlainTable {
  const L = orgLabels(locale);
  const total = o.resources.reduce((s, r) => s + r.capacityHoursPerWeek, 0);
  return {
    headers: [L.name, L.kindOf, L.skills, L.capacity],
    numeric: [3],
    rows: [
      ...o.resources.map((r) => [
        r.name,
        kindLabel(r, locale),
        r.skills.map((s) => L.skillNames[s] ?? s).join(', '),
        formatNumber(r.capacityHoursPerWeek, locale),
      ]),
      [L.totalCapacity, '', '', formatNumber(total, locale)],
    ],
  };
}

/** The RACI of each recurring process, one row per process and network. */
export function processTable(o: OrganisationSummary, locale: Locale, headers: string[]): PlainTable {
  const L = orgLabels(locale);
  const names = (list: string[]) => (list.length ? list.join(', ') : '—');
  return {
    headers: [L.process, ...headers],
    numeric: [],
    rows: o.processes.map((p) => [
      `${L.processNames[p.process] ?? p.process} · ${p.networkId ? networkName(p.networkId) : L.allNetworks}`,
      names(p.responsible),
      p.accountable ?? '—',
      names(p.consulted),
      names(p.informed),
    ]),
  };
}

/** One row per person: "planned / capacity" per week; `over[r][c]` marks overloaded cells. */
export function workloadTable(o: OrganisationSummary, locale: Locale): PlainTable & { over: boolean[][] } {
  const L = orgLabels(locale);
  const n = (h: number) => formatNumber(h, locale, 1);
  return {
    headers: [L.person, ...o.workload.weeks],
    numeric: o.workload.weeks.map((_, i) => i + 1),
    rows: o.workload.people.map((p) => [
      p.name,
      ...p.weeks.map((w) => `${n(w.plannedHours)} / ${n(w.capacityHours)}`),
    ]),
    over: o.workload.people.map((p) => [false, ...p.weeks.map((w) => w.plannedHours > w.capacityHours)]),
  };
}

/** What causes an overload, in words: "publishing on LinkedIn", an action's title… */
function causeText(
  cause: OrganisationSummary['workload']['overloads'][number]['mainCause'],
  locale: Locale,
): string {
  const L = orgLabels(locale);
  if (!cause) return '';
  const network = cause.networkId ? networkName(cause.networkId) : '';
  if (cause.kind === 'publishing' && network) return L.causePublishing(network);
  if (cause.kind === 'inbox' && network) return L.causeInbox(network);
  return cause.label ?? L.causeOther;
}

/**
 * One sentence per overloaded person (their weeks, the largest overload and its main cause) and per
 * amount of unassigned work; "nobody is overloaded" otherwise.
 */
export function workloadSentences(
  o: OrganisationSummary,
  locale: Locale,
): { text: string; alert: boolean }[] {
  const L = orgLabels(locale);
  const n = (h: number) => formatNumber(h, locale, 2);
  const byPerson = new Map<string, OrganisationSummary['workload']['overloads']>();
  for (const x of o.workload.overloads) byPerson.set(x.name, [...(byPerson.get(x.name) ?? []), x]);
  const out = [...byPerson.entries()].map(([name, list]) => {
    const worst = list.reduce((a, b) => (b.overloadHours > a.overloadHours ? b : a));
    return {
      text: L.overload(
        name,
        list.map((x) => x.week),
        n(worst.overloadHours),
        causeText(worst.mainCause, locale),
      ),
      alert: true,
    };
  });
  if (out.length === 0) out.push({ text: L.noOverload, alert: false });
  const byHours = new Map<number, string[]>();
  for (const u of o.workload.unassigned) byHours.set(u.hours, [...(byHours.get(u.hours) ?? []), u.week]);
  for (const [hours, weeks] of byHours) out.push({ text: L.unassigned(n(hours), weeks), alert: true });
  return out;
}

/** Minutes in a week, less an hour for a daylight-saving change. */
const WHOLE_WEEK_MINUTES = 7 * 24 * 60 - 60;

/** One sentence per planned network: covered, never covered, or its gaps longer than the reply target. */
export function coverageSentences(
  o: OrganisationSummary,
  locale: Locale,
): { text: string; alert: boolean }[] {
  const L = orgLabels(locale);
  if (o.coverage.networks.length === 0) return [{ text: L.noCoveragePlan, alert: false }];
  return o.coverage.networks.map((n) => {
    const name = networkName(n.networkId);
    const target = formatMinutes(n.replyTargetMinutes, locale);
    if (!n.firstBreach) return { text: L.coverageOk(name, target), alert: false };
    if (n.coverers === 0) return { text: L.noCoverers(name, target), alert: true };
    if (n.breachMinutes >= WHOLE_WEEK_MINUTES - n.replyTargetMinutes)
      return { text: L.allWeekGap(name, target), alert: true };
    const text = L.coverageGap(
      name,
      target,
      n.gaps,
      formatLocalTime(n.firstBreach.localStart, locale),
      formatLocalTime(n.firstBreach.localEnd, locale),
    );
    return { text, alert: true };
  });
}

type Figures = { planned: number; committed: number; actual: number };

/** Planned, committed, actual and variance per category, with the total. */
export function budgetCategoryTable(b: BudgetOverview, locale: Locale, totalLabel: string): PlainTable {
  const L = orgLabels(locale);
  const m = (x: number) => formatMinorMoney(x, b.currency, locale);
  const row = (label: string, f: Figures) => [
    label,
    m(f.planned),
    m(f.committed),
    m(f.actual),
    m(f.actual - f.planned),
  ];
  return {
    headers: [L.category, L.planned, L.committed, L.actual, L.variance],
    numeric: [1, 2, 3, 4],
    rows: [
      ...b.byCategory.map((c) => row(L.categories[c.category] ?? c.category, c)),
      row(totalLabel, b.total),
    ],
  };
}

/** Per objective: the budget lines beside the action plan's estimate, so the two can be compared. */
export function budgetObjectiveTable(
  b: BudgetOverview,
  s: StrategySnapshot,
  directory: Pick<StrategyDirectory, 'currency'>,
  locale: Locale,
): PlainTable {
  const L = orgLabels(locale);
  const m = (x: number) => formatMinorMoney(x, b.currency, locale);
  const estimate = new Map<string | null, number>();
  for (const a of s.actions)
    if (a.status !== 'cancelled')
      estimate.set(a.objectiveId, (estimate.get(a.objectiveId) ?? 0) + a.budgetEstimate);
  const ids = [
    ...new Set([
      ...s.objectives.map((o) => o.id),
      ...b.byObjective.map((x) => x.objectiveId),
      ...estimate.keys(),
    ]),
  ];
  const rows = ids.flatMap((id) => {
    const lines = b.byObjective.find((x) => x.objectiveId === id);
    const est = estimate.get(id) ?? 0;
    if (!lines && est === 0) return [];
    const title =
      (id === null ? null : (s.objectives.find((o) => o.id === id)?.title ?? lines?.objectiveTitle)) ??
      L.noObjective;
    return [
      [
        title,
        lines ? m(lines.planned) : '—',
        lines ? m(lines.committed) : '—',
        lines ? m(lines.actual) : '—',
        formatMinorMoney(est, directory.currency, locale),
      ],
    ];
  });
  return {
    headers: [L.objective, L.planned, L.committed, L.actual, L.planEstimate],
    numeric: [1, 2, 3, 4],
    rows,
  };
}

/** "Apr 2026 – Mar 2027 (the strategy's period)…" */
export function budgetPeriodText(b: BudgetOverview, locale: Locale): string {
  const L = orgLabels(locale);
  return L.budgetPeriod(
    formatMonth(`${b.from}-01`, locale),
    formatMonth(`${b.to}-01`, locale),
    b.period === 'strategy',
  );
}

/** The organisation in one line: "3 people + 1 agency, 42 h/week, overload in week 2026-W50 for X". */
export function organisationLine(o: OrganisationSummary, locale: Locale): string {
  const L = orgLabels(locale);
  const members = o.resources.filter((r) => r.kind === 'member').length;
  const byType = new Map<string, number>();
  for (const r of o.resources)
    if (r.kind === 'provider')
      byType.set(r.providerType ?? 'other', (byType.get(r.providerType ?? 'other') ?? 0) + 1);
  const who = [
    ...(members > 0 ? [L.people(members)] : []),
    ...[...byType.entries()].map(([t, n]) => {
      const forms = L.providers[t] ?? L.providers.other!;
      return `${n} ${n === 1 ? forms[0] : forms[1]}`;
    }),
  ].join(' + ');
  const hours = L.hoursPerWeek(
    formatNumber(
      o.resources.reduce((s, r) => s + r.capacityHoursPerWeek, 0),
      locale,
    ),
  );
  const first = o.workload.overloads[0];
  // A briefing line names two people at most; the document's step 8 names everyone.
  const over = first
    ? [...new Set(o.workload.overloads.filter((x) => x.week === first.week).map((x) => x.name))]
    : [];
  const overload = first
    ? L.overloadIn(
        first.week,
        `${over.slice(0, 2).join(', ')}${over.length > 2 ? ` +${over.length - 2}` : ''}`,
      )
    : L.noOverloadShort;
  const gaps = o.coverage.networks.filter((n) => n.firstBreach).map((n) => networkName(n.networkId));
  return [who, hours, overload, ...(gaps.length ? [L.gapsIn(gaps.join(', '))] : [])].join(', ');
}
