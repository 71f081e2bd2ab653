import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';

/** Minor-unit digits of an ISO 4217 currency (EUR 2, JPY 0), from the browser's currency data. */
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

/**
 * A typed amount (`1234.56`, `1 234,56`, `1,234.56`, `-20`) as integer minor units, or null when it is
 * not a number or has more decimals than the currency. Digits are joined as text, never multiplied as
 * floats, so 0.1 + 0.2 problems cannot creep in.
 */
export function parseMoney(text: string, digits: number): number | null {
  let s = text.replace(/[\s\u00a0\u202f']/g, '');
  if (!s) return null;
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  const sep = Math.max(lastDot, lastComma);
  let whole = s;
  let frac = '';
  if (sep >= 0) {
    const mark = s[sep]!;
    const tail = s.slice(sep + 1);
    const onlyOneKind = lastDot < 0 || lastComma < 0;
    // "1,234" or "1.234.567" in a currency with fewer decimals: the mark separates thousands.
    const thousands = onlyOneKind && (s.indexOf(mark) !== sep || (tail.length === 3 && digits < 3));
    if (thousands) whole = s.replace(/[.,]/g, '');
    else {
      whole = s.slice(0, sep).replace(/[.,]/g, '');
      frac = tail;
    }
  }
  if (!/^\d+$/.test(whole || '0') || !/^\d*$/.test(frac) || frac.length > digits) return null;
  const minor = Number(whole || '0') * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return null;
  return negative ? -minor : minor;
}

/** Minor units as a plain decimal for an input field (`1234.5` → "1234.50"). */
export function minorToInput(minor: number, digits: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs}`;
  const base = 10 ** digits;
  return `${sign}${Math.floor(abs / base)}.${String(abs % base).padStart(digits, '0')}`;
}

export interface Money {
  currency: string;
  digits: number;
  /** Minor units in the workspace currency, formatted for the interface language. */
  format(minor: number): string;
  /** A signed variance: "+€120.00" when over, "−€30.00" when under. */
  signed(minor: number): string;
  parse(text: string): number | null;
  toInput(minor: number): string;
}

/** Money in the workspace currency, formatted with Intl in the interface language. */
export function useMoney(): Money {
  const { workspace } = useWorkspace();
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const currency = workspace.currency;
  return useMemo(() => {
    const digits = currencyDigits(currency);
    const fmt = new Intl.NumberFormat(lang, { style: 'currency', currency });
    const sfmt = new Intl.NumberFormat(lang, { style: 'currency', currency, signDisplay: 'exceptZero' });
    return {
      currency,
      digits,
      format: (minor) => fmt.format(minor / 10 ** digits),
      signed: (minor) => sfmt.format(minor / 10 ** digits),
      parse: (text) => parseMoney(text, digits),
      toInput: (minor) => minorToInput(minor, digits),
    };
  }, [currency, lang]);
}
