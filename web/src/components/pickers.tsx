import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types.js';
import { LANGUAGES } from '../lib/language.js';
import { currencyOptions, timeZoneOptions } from '../lib/time-zones.js';

type PickerProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
};

/** A searchable IANA time zone picker ("Europe/Paris (UTC+01:00)"). */
export function TimeZoneSelect({ value, onChange, ...rest }: PickerProps) {
  const { t } = useTranslation();
  const data = useMemo(() => {
    const all = timeZoneOptions();
    return all.some((o) => o.value === value) || !value ? all : [{ value, label: value }, ...all];
  }, [value]);
  return (
    <Select
      searchable
      allowDeselect={false}
      limit={60}
      nothingFoundMessage={t('pickers.noTimeZone')}
      data={data}
      value={value}
      onChange={(v) => v && onChange(v)}
      comboboxProps={{ withinPortal: true }}
      {...rest}
    />
  );
}

/** A searchable ISO 4217 currency picker labelled in the interface language. */
export function CurrencySelect({ value, onChange, ...rest }: PickerProps) {
  const { t, i18n } = useTranslation();
  const data = useMemo(() => currencyOptions(i18n.resolvedLanguage ?? 'en'), [i18n.resolvedLanguage]);
  return (
    <Select
      searchable
      allowDeselect={false}
      limit={60}
      nothingFoundMessage={t('pickers.noCurrency')}
      data={data}
      value={value}
      onChange={(v) => v && onChange(v)}
      {...rest}
    />
  );
}

/** English or French (each named in its own language). */
export function LanguageSelect({
  value,
  onChange,
  ...rest
}: Omit<PickerProps, 'value' | 'onChange'> & { value: Locale; onChange: (v: Locale) => void }) {
  return (
    <Select
      allowDeselect={false}
      data={LANGUAGES.map((l) => ({ value: l.value, label: l.label }))}
      value={value}
      onChange={(v) => (v === 'en' || v === 'fr') && onChange(v)}
      {...rest}
    />
  );
}
