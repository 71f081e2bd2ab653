import type { IndicatorValue, Period, RoniRisk } from '../indicators/indicator.types.js';
import { networkName } from '../../strategy/catalogue/networks.js';
import { findMetric, type MetricUnit } from '../../strategy/metrics.catalogue.js';
import { formatMinorMoney, formatMinutes, formatNumber } from '../../strategy/documents/format.js';
import { reportLabels, type ReportLabels } from './report-labels.js';
import type { ReportLang } from './report-data.js';

/** Number, money, date and unit formatting of the reports, per language (Intl). */

const INTL: Record<ReportLang, string> = { en: 'en-GB', fr: 'fr-FR' };

/** A figure with its unit; money is in minor units. Null gives "—" (the reason is printed apart). */
export function formatFigure(
  value: number | null,
  unit: MetricUnit | 'hours',
  currency: string,
  lang: ReportLang,
): string {
  if (value === null) return '—';
  switch (unit) {
    case 'percent':
      return lang === 'fr' ? `${formatNumber(value, lang, 2)} %` : `${formatNumber(value, lang, 2)}%`;
    case 'minutes':
      return formatMinutes(value, lang);
    case 'currency':
      return formatMinorMoney(value, currency, lang);
    case 'hours':
      return `${formatNumber(value, lang, 1)} h`;
    case 'ratio':
      return formatNumber(value, lang, 2);
    case 'count':
      return formatNumber(value, lang, 0);
  }
}

/** A number of items (posts, clicks). */
export function formatCount(n: number | null, lang: ReportLang): string {
  return n === null ? '—' : formatNumber(n, lang, 0);
}

/** An indicator's value as printed, falling back to "—". */
export function formatValue(v: IndicatorValue, currency: string, lang: ReportLang): string {
  return formatFigure(v.value, v.unit, v.currency ?? currency, lang);
}

/** The catalogue name of a metric in the language; unknown ids (custom metrics) are shown as is. */
export function metricName(metric: string, lang: ReportLang): string {
  return findMetric(metric)?.name[lang] ?? metric;
}

/** Why a figure is missing, in words: the reason, plus what its notes add. */
export function unavailableText(v: IndicatorValue, L: ReportLabels): string {
  const reason = v.unavailable ? L.reasons[v.unavailable] : '';
  const notes = v.notes.map((n) => noteText(n, L)).filter(Boolean);
  return [reason, ...notes].filter(Boolean).join('; ');
}

/** The engine's note codes (`other_currency:3`) in words; unknown codes are left out. */
export function noteText(code: string, L: ReportLabels): string {
  const [key, arg] = code.split(':');
  if (key === 'other_currency') return L.otherCurrency(arg ?? '?');
  return '';
}

/** "14 Mar 2026" / "14 mars 2026". */
export function formatDay(iso: string, lang: ReportLang): string {
  return new Intl.DateTimeFormat(INTL[lang], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** An instant as a date on the workspace's wall clock. */
export function formatInstantDay(iso: string, timeZone: string, lang: ReportLang): string {
  return new Intl.DateTimeFormat(INTL[lang], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).format(new Date(iso));
}

/** The generation time on the workspace's wall clock, with the zone's name. */
export function formatGenerated(iso: string, timeZone: string, lang: ReportLang): string {
  return new Intl.DateTimeFormat(INTL[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

function isWholeMonth(p: Pick<Period, 'from' | 'to'>): boolean {
  if (!p.from.endsWith('-01')) return false;
  const next = new Date(Date.parse(`${p.to}T00:00:00Z`) + 86_400_000);
  return next.getUTCDate() === 1 && p.from.slice(0, 7) === p.to.slice(0, 7);
}

/** "October 2026" for a whole month, else "5 Oct 2026 – 11 Oct 2026". */
export function formatPeriodLabel(p: Pick<Period, 'from' | 'to'>, lang: ReportLang): string {
  if (isWholeMonth(p)) {
    const text = new Intl.DateTimeFormat(INTL[lang], {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${p.from}T00:00:00Z`));
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  return `${formatDay(p.from, lang)} – ${formatDay(p.to, lang)}`;
}

/** Whether the period is one whole calendar month (the monthly report's title says so). */
export function isMonthPeriod(p: Pick<Period, 'from' | 'to'>): boolean {
  return isWholeMonth(p);
}

/** A probability (0–1) as a percent. */
export function formatProbability(p: number | null, lang: ReportLang): string {
  return formatFigure(p === null ? null : Math.round(p * 10_000) / 100, 'percent', '', lang);
}

/**
 * A RONI risk's name in words: the engine labels the inbox risks by key and the entered ones as
 * "name — network id"; the report names the network and says what kind of risk it is.
 */
export function riskLabel(risk: Pick<RoniRisk, 'kind' | 'label'>, lang: ReportLang): string {
  const L = reportLabels(lang);
  if (risk.kind === 'unanswered_questions') return L.riskUnanswered;
  if (risk.kind === 'late_answers') return L.riskLate;
  const cut = risk.label.lastIndexOf(' — ');
  const name =
    cut < 0 ? risk.label : `${risk.label.slice(0, cut)} — ${networkName(risk.label.slice(cut + 3))}`;
  if (risk.kind === 'audience_gap') return `${name} (${L.riskAudienceGap})`;
  if (risk.kind === 'competitor') return `${name} (${L.riskCompetitor})`;
  return name;
}

/** The labels of the language. */
export { reportLabels };
