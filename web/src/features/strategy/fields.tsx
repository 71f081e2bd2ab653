import {
  Checkbox,
  MultiSelect,
  NumberInput,
  Select,
  TagsInput,
  Textarea,
  TextInput,
  type ComboboxData,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError, useAutosave } from './autosave.js';
import { useBuilder } from './builder-context.js';

// Autosaved inputs of the builder. Each one PATCHes its own field (`onSave`), shows the server's
// message for that field under it, and turns read-only for people who may not write.

interface Base<T> {
  label: string;
  /** The field name the server uses in its problem document. */
  field: string;
  value: T;
  onSave: (value: T) => Promise<unknown>;
  description?: string;
  placeholder?: string;
}

function useFieldError(error: unknown, field: string): string | undefined {
  const { t } = useTranslation('strategy');
  return error ? fieldError(error, field, t('save.failed')) : undefined;
}

/** A one-line or multi-line text, saved after a pause and on blur. */
export function AutoText({
  multiline,
  required,
  ...p
}: Base<string> & { multiline?: boolean; required?: boolean }) {
  const { write } = useBuilder();
  const s = useAutosave(p.value, p.onSave);
  const error = useFieldError(s.error, p.field);
  const common = {
    label: p.label,
    description: p.description,
    placeholder: p.placeholder,
    value: s.draft,
    readOnly: !write,
    required,
    error,
    onBlur: s.flush,
  };
  return multiline ? (
    <Textarea
      {...common}
      autosize
      minRows={2}
      maxRows={8}
      onChange={(e) => s.change(e.currentTarget.value)}
    />
  ) : (
    <TextInput {...common} onChange={(e) => s.change(e.currentTarget.value)} />
  );
}

/** A number (or nothing), saved after a pause. */
export function AutoNumber({
  min,
  max,
  suffix,
  decimals,
  ...p
}: Base<number | null> & { min?: number; max?: number; suffix?: string; decimals?: number }) {
  const { write } = useBuilder();
  const s = useAutosave(p.value, p.onSave);
  const error = useFieldError(s.error, p.field);
  return (
    <NumberInput
      label={p.label}
      description={p.description}
      value={s.draft ?? ''}
      min={min}
      max={max}
      suffix={suffix}
      decimalScale={decimals}
      readOnly={!write}
      error={error}
      onBlur={s.flush}
      onChange={(v) => s.change(typeof v === 'number' ? v : v === '' ? null : Number(v))}
    />
  );
}

/** A date (YYYY-MM-DD) or nothing, saved when picked. */
export function AutoDate(p: Base<string | null>) {
  const { write } = useBuilder();
  const s = useAutosave(p.value, p.onSave);
  const error = useFieldError(s.error, p.field);
  return (
    <TextInput
      type="date"
      label={p.label}
      value={s.draft ?? ''}
      readOnly={!write}
      error={error}
      onChange={(e) => s.change(e.currentTarget.value || null, true)}
    />
  );
}

/** One choice from a list, saved when picked. */
export function AutoSelect({
  data,
  clearable,
  ...p
}: Base<string | null> & { data: ComboboxData; clearable?: boolean }) {
  const { write } = useBuilder();
  const s = useAutosave(p.value, p.onSave);
  const error = useFieldError(s.error, p.field);
  return (
    <Select
      label={p.label}
      description={p.description}
      placeholder={p.placeholder}
      data={data}
      value={s.draft}
      clearable={clearable && write}
      allowDeselect={clearable}
      readOnly={!write}
      searchable={write}
      error={error}
      onChange={(v) => s.change(v, true)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** Several choices from a list, saved at each change. */
export function AutoMulti({ data, ...p }: Base<string[]> & { data: ComboboxData }) {
  const { write } = useBuilder();
  const s = useAutosave(p.value, p.onSave);
  const error = useFieldError(s.error, p.field);
  return (
    <MultiSelect
      label={p.label}
      description={p.description}
      placeholder={write ? p.placeholder : undefined}
      data={data}
      value={s.draft}
      readOnly={!write}
      searchable={write}
      hidePickedOptions
      error={error}
      onChange={(v) => s.change(v, true)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** Free-text entries (places, interests, dos…): Enter adds one; saved at each change. */
export function AutoTags(p: Base<string[]>) {
  const { t } = useTranslation('strategy');
  const { write } = useBuilder();
  const s = useAutosave(p.value, p.onSave);
  const error = useFieldError(s.error, p.field);
  return (
    <TagsInput
      label={p.label}
      description={p.description}
      placeholder={write ? (p.placeholder ?? t('fields.tagsHint')) : undefined}
      value={s.draft}
      readOnly={!write}
      error={error}
      onChange={(v) => s.change(v, true)}
    />
  );
}

/** A yes/no, saved when ticked. */
export function AutoCheck(p: Base<boolean>) {
  const { write } = useBuilder();
  const s = useAutosave(p.value, p.onSave);
  const error = useFieldError(s.error, p.field);
  return (
    <Checkbox
      label={p.label}
      description={p.description}
      checked={s.draft}
      disabled={!write}
      error={error}
      onChange={(e) => s.change(e.currentTarget.checked, true)}
    />
  );
}
