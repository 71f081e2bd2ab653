import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptionalSession } from '../app/session.js';

/** The time zone the browser runs in (IANA name), used until the person picks one. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export interface Formatters {
  timeZone: string;
  dateTime: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
  /** A calendar date `YYYY-MM-DD` (no time zone involved). */
  day: (ymd: string) => string;
  number: (n: number) => string;
}

/** Dates and numbers in the interface language and the person's time zone. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const session = useOptionalSession();
  const lang = i18n.resolvedLanguage ?? 'en';
  const timeZone = session?.user.timeZone ?? browserTimeZone();
  return useMemo(() => {
    const dt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    const d = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone });
    const cal = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    const n = new Intl.NumberFormat(lang);
    return {
      timeZone,
      dateTime: (iso) => (iso ? dt.format(new Date(iso)) : '—'),
      date: (iso) => (iso ? d.format(new Date(iso)) : '—'),
      day: (ymd) => cal.format(new Date(`${ymd}T00:00:00Z`)),
      number: (x) => n.format(x),
    };
  }, [lang, timeZone]);
}
