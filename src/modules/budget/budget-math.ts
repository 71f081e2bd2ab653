/**
 * Budget arithmetic in integer minor units (cents): amounts never pass through floating point except
 * where a rate is multiplied by hours, and that product is rounded once, half away from zero.
 */

export const BUDGET_CATEGORIES = [
  'content_production',
  'tools',
  'sponsored_campaigns',
  'outsourcing',
  'staff_time',
  'training',
  'other',
] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

/** Cost of `hours` of work at `hourlyRateMinor` per hour, in minor units. */
export function staffTimeCost(hours: number, hourlyRateMinor: number): number {
  const exact = hours * hourlyRateMinor;
  return Math.sign(exact) * Math.round(Math.abs(exact));
}

export interface LineFigures {
  id: string;
  objectiveId: string | null;
  category: BudgetCategory;
  month: string;
  planned: number;
  committed: number;
  /** Actual = entered on the line + the expenses attached to it. */
  actual: number;
}

export interface Totals {
  planned: number;
  committed: number;
  actual: number;
  /** actual − planned: positive means over budget. */
  variance: number;
  /** Share of the plan consumed, in whole percent; null when nothing was planned. */
  consumedPercent: number | null;
}

/** Totals of a set of lines with their variance. */
export function totals(lines: readonly Pick<LineFigures, 'planned' | 'committed' | 'actual'>[]): Totals {
  const planned = lines.reduce((s, l) => s + l.planned, 0);
  const committed = lines.reduce((s, l) => s + l.committed, 0);
  const actual = lines.reduce((s, l) => s + l.actual, 0);
  return {
    planned,
    committed,
    actual,
    variance: actual - planned,
    consumedPercent: planned === 0 ? null : Math.round((actual * 100) / planned),
  };
}

/** Groups lines by a key and totals each group, keys in sorted order (null last). */
export function totalsBy<K extends string | null>(
  lines: readonly LineFigures[],
  key: (l: LineFigures) => K,
): { key: K; totals: Totals }[] {
  const groups = new Map<K, LineFigures[]>();
  for (const l of lines) groups.set(key(l), [...(groups.get(key(l)) ?? []), l]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([k, ls]) => ({ key: k, totals: totals(ls) }));
}

/** The budget summary: every line with its variance, and totals per objective, category, month and overall. */
export function summarise(lines: readonly LineFigures[]) {
  return {
    lines: lines.map((l) => ({ id: l.id, ...totals([l]) })),
    byObjective: totalsBy(lines, (l) => l.objectiveId).map((g) => ({ objectiveId: g.key, ...g.totals })),
    byCategory: totalsBy(lines, (l) => l.category).map((g) => ({ category: g.key, ...g.totals })),
    byMonth: totalsBy(lines, (l) => l.month).map((g) => ({ month: g.key, ...g.totals })),
    total: totals(lines),
  };
}

/**
 * Parses a decimal amount written by people ('1234.5', '1 234,50', '-3', and the grouped '1,240.50' or
 * '1.240,50' of spreadsheet exports) into minor units. With both separators present the last one is the
 * decimal mark and the other must group by thousands; a lone separator is the decimal mark, so an
 * ambiguous '1,240' is refused in a 2-digit currency rather than guessed.
 */
export function parseAmount(text: string, fractionDigits: number): number | null {
  let clean = text.replace(/[\s\u00a0\u202f]/g, '');
  const grouped = /^(-?)(\d{1,3}(?:([.,])\d{3})+)(?:([.,])(\d+))?$/.exec(clean);
  if (grouped) {
    const [, sign, int, group, decimal, frac] = grouped;
    const repeated = (int!.match(/[.,]/g) ?? []).length > 1;
    if (decimal && decimal !== group) clean = `${sign}${int!.split(group!).join('')}.${frac}`;
    else if (!decimal && repeated) clean = `${sign}${int!.split(group!).join('')}`;
  }
  const m = /^(-)?(\d+)(?:[.,](\d+))?$/.exec(clean);
  if (!m) return null;
  const frac = m[3] ?? '';
  if (frac.length > fractionDigits) return null;
  const minor = Number(m[2]) * 10 ** fractionDigits + Number(frac.padEnd(fractionDigits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return null;
  return m[1] ? -minor : minor;
}

/** Minor units → a plain decimal string ('1234.50'), as CSV exports write money. */
export function formatAmount(minor: number, fractionDigits: number): string {
  if (fractionDigits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const unit = 10 ** fractionDigits;
  return `${sign}${Math.floor(abs / unit)}.${String(abs % unit).padStart(fractionDigits, '0')}`;
}

/** Minor-unit digits of an ISO 4217 currency (EUR 2, JPY 0), from the runtime's currency data. */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

export interface StaffCostInput {
  resourceId: string;
  name: string;
  costModel: 'none' | 'hourly' | 'monthly_fee';
  /** Minor units: per hour (hourly) or per month (monthly fee). */
  amount: number;
  hours: number;
}

/**
 * Staff-time cost of a month from planned hours: hours × rate for hourly resources, the fee for
 * monthly-fee providers (whatever the hours), nothing for resources without a cost.
 */
export function staffCosts(people: readonly StaffCostInput[]) {
  const rows = people.map((p) => ({
    resourceId: p.resourceId,
    name: p.name,
    costModel: p.costModel,
    hours: Math.round(p.hours * 100) / 100,
    cost:
      p.costModel === 'hourly'
        ? staffTimeCost(p.hours, p.amount)
        : p.costModel === 'monthly_fee'
          ? p.amount
          : 0,
  }));
  return { people: rows, total: rows.reduce((s, r) => s + r.cost, 0) };
}
