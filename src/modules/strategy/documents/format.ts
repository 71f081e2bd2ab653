import type { PlanAction, StrategyDirectory } from '../strategy.model.js';
import type { Locale } from './terms.js';
import { labels } from './labels.js';

/** What every document renderer takes besides the snapshot and the directory. */
export interface RenderOptions {
  locale: Locale;
  /** e.g. "Version 3" or "Draft"; absent means the draft. */
  versionLabel?: string;
  generatedAt: Date;
}

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** Digits after the decimal point for a currency (2 for EUR, 0 for JPY), per Intl. */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** An amount in major units (euros), formatted for the locale; cents only when there are some. */
export function formatMoney(major: number, currency: string, locale: Locale): string {
  const whole = Number.isInteger(major);
  try {
    return new Intl.NumberFormat(INTL_LOCALE[locale], {
      style: 'currency',
      currency,
      minimumFractionDigits: whole ? 0 : undefined,
      maximumFractionDigits: whole ? 0 : undefined,
    }).format(major);
  } catch {
    return `${formatNumber(major, locale)} ${currency}`;
  }
}

/** An amount in minor units (cents), as plan actions store budgets, formatted for the locale. */
export function formatMinorMoney(minor: number, currency: string, locale: Locale): string {
  return formatMoney(minor / 10 ** currencyDigits(currency), currency, locale);
}

/** A plain number for the locale (1,234.5 or 1 234,5). */
export function formatNumber(n: number, locale: Locale, maxDigits = 2): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: maxDigits }).format(n);
}

function parseDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "14 Mar 2026" / "14 mars 2026"; empty input gives the "not set" label. */
export function formatDate(iso: string | null, locale: Locale): string {
  if (!iso) return labels(locale).notSet;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parseDay(iso));
}

/** "Mar 2026" / "mars 2026". */
export function formatMonth(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parseDay(iso));
}

function isWholeMonths(start: string, end: string): boolean {
  const e = parseDay(end);
  const next = new Date(Date.UTC(e.getUTCFullYear(), e.getUTCMonth(), e.getUTCDate() + 1));
  return start.endsWith('-01') && next.getUTCDate() === 1;
}

/** A period in months when it covers whole months ("Apr 2026 – Mar 2027"), else in days. */
export function formatPeriod(start: string | null, end: string | null, locale: Locale): string {
  if (!start && !end) return labels(locale).notSet;
  if (start && end && isWholeMonths(start, end)) {
    const a = formatMonth(start, locale);
    const b = formatMonth(end, locale);
    return a === b ? a : `${a} – ${b}`;
  }
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

/** The generation time with the date and the hour, in UTC so two servers print the same thing. */
export function formatGeneratedAt(at: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(at);
}

/** Minutes as people read them: "30 min", "4 h", "1 h 30". */
export function formatMinutes(minutes: number, locale: Locale): string {
  if (minutes < 60) return `${formatNumber(minutes, locale, 0)} min`;
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

/** An indicator value with its unit; currency values are in major units. */
export function formatIndicatorValue(
  value: number | null,
  unit: string,
  currency: string,
  locale: Locale,
): string {
  if (value === null) return '—';
  switch (unit) {
    case 'percent':
      return locale === 'fr' ? `${formatNumber(value, locale, 3)} %` : `${formatNumber(value, locale, 3)}%`;
    case 'minutes':
      return formatMinutes(value, locale);
    case 'currency':
      return formatMoney(value, currency, locale);
    case 'ratio':
      return formatNumber(value, locale, 2);
    default:
      return formatNumber(value, locale, 2);
  }
}

/** "18–34", "65+", "up to 17" for an age range; empty when no bound is set. */
export function formatAges(min: number | null, max: number | null, locale: Locale): string {
  if (min !== null && max !== null) return `${min}–${max}`;
  if (min !== null) return `${min}+`;
  if (max !== null) return locale === 'fr' ? `jusqu’à ${max}` : `up to ${max}`;
  return '';
}

/** The name of a member or department id of the directory; ids it does not know are marked. */
export function personName(id: string | null, directory: StrategyDirectory, locale: Locale): string {
  if (!id) return labels(locale).toBeAssigned;
  const member = directory.members.find((m) => m.id === id);
  if (member) return member.name;
  const dept = directory.departments.find((d) => d.id === id);
  return dept ? dept.name : labels(locale).unknown;
}

/** Several people or departments, comma-separated; none gives "To be assigned". */
export function peopleNames(ids: readonly string[], directory: StrategyDirectory, locale: Locale): string {
  if (ids.length === 0) return labels(locale).toBeAssigned;
  return ids.map((id) => personName(id, directory, locale)).join(', ');
}

/** The budget estimate of the plan in minor units: every action except cancelled ones. */
export function planBudget(actions: readonly PlanAction[]): { total: number; excludedCancelled: boolean } {
  const kept = actions.filter((a) => a.status !== 'cancelled');
  return {
    total: kept.reduce((sum, a) => sum + a.budgetEstimate, 0),
    excludedCancelled: kept.length !== actions.length,
  };
}

/** The version line of a document: the label given, else "Draft". */
export function versionLine(versionLabel: string | undefined, locale: Locale): string {
  return versionLabel && versionLabel.trim() !== '' ? versionLabel : labels(locale).draft;
}
