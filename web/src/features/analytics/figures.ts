import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { formatMinutes } from '../../lib/clock-tone.js';
import { currencyDigits } from '../budget/money.js';
import type { IndicatorValue, LocalizedText, MetricUnit } from './analytics.types.js';

export interface Figures {
  lang: 'en' | 'fr';
  currency: string;
  /** A value in its unit: money from minor units, percents, durations; "—" for null. */
  value(value: number | null | undefined, unit: MetricUnit, currency?: string | null): string;
  money(minor: number | null | undefined, currency?: string | null): string;
  count(n: number | null | undefined): string;
  percent(p: number | null | undefined): string;
  /** A probability 0..1 as a percent. */
  probability(p: number | null | undefined): string;
  /** Localised text of the catalogue (`{ en, fr }`). */
  text(t: LocalizedText | null | undefined): string;
  /** Why an unavailable figure has no value, in words ("not reported by the network"). */
  reason(v: Pick<IndicatorValue, 'unavailable' | 'value'>): string | null;
}

/** Formatting of every analytics figure in the interface language and the workspace currency. */
export function useFigures(): Figures {
  const { t, i18n } = useTranslation('analytics');
  const { workspace } = useWorkspace();
  const lang: 'en' | 'fr' = (i18n.resolvedLanguage ?? 'en').startsWith('fr') ? 'fr' : 'en';
  return useMemo(() => {
    const num = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2 });
    const moneyFormats = new Map<string, Intl.NumberFormat>();
    const money = (minor: number | null | undefined, currency?: string | null) => {
      if (minor === null || minor === undefined) return '—';
      const c = currency ?? workspace.currency;
      let f = moneyFormats.get(c);
      if (!f) {
        f = new Intl.NumberFormat(lang, { style: 'currency', currency: c });
        moneyFormats.set(c, f);
      }
      return f.format(minor / 10 ** currencyDigits(c));
    };
    const percent = (p: number | null | undefined) =>
      p === null || p === undefined ? '—' : pct.format(p / 100);
    const count = (n: number | null | undefined) => (n === null || n === undefined ? '—' : num.format(n));
    return {
      lang,
      currency: workspace.currency,
      money,
      count,
      percent,
      probability: (p) => (p === null || p === undefined ? '—' : pct.format(p)),
      value: (v, unit, currency) => {
        if (v === null || v === undefined) return '—';
        switch (unit) {
          case 'currency':
            return money(v, currency);
          case 'percent':
            return percent(v);
          case 'minutes':
            return formatMinutes(v, lang);
          case 'hours':
            return t('units.hours', { value: num.format(v) });
          case 'count':
          case 'ratio':
            return num.format(v);
        }
      },
      text: (x) => (x ? x[lang] || x.en : ''),
      reason: (v) =>
        v.value !== null ? null : t(`unavailable.${v.unavailable ?? 'no_data'}`, t('unavailable.no_data')),
    };
  }, [lang, t, workspace.currency]);
}

/** Whether `current` moved in the good direction from `previous` (null when either is missing or equal). */
export function deltaDirection(
  current: number | null,
  previous: number | null,
  higherIsBetter: boolean,
): { sign: 'up' | 'down' | 'flat'; good: boolean | null } | null {
  if (current === null || previous === null) return null;
  if (current === previous) return { sign: 'flat', good: null };
  const up = current > previous;
  return { sign: up ? 'up' : 'down', good: up === higherIsBetter };
}
