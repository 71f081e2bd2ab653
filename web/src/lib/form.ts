import { useCallback, useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';

export type Errors = Record<string, string | undefined>;

/** A field's value setter and error, spread onto a Mantine text input. */
export interface TextBinding {
  value: string;
  onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  error: string | undefined;
}

export interface Form<T> {
  values: T;
  errors: Errors;
  /** A message for the whole form: a server error that names no field of this form. */
  formError: string | null;
  set: <K extends keyof T>(key: K, value: T[K]) => void;
  setAll: (values: T) => void;
  text: (key: keyof T & string) => TextBinding;
  error: (field: string) => string | undefined;
  /** Wraps a submit handler: prevents the page load, validates, then calls `fn` when clean. */
  onSubmit: (fn: (values: T) => void) => (e?: FormEvent) => void;
  /** Shows a failed request: field errors beside their fields, the rest above the form. */
  fail: (err: unknown, describe: (err: unknown) => string) => void;
  clearErrors: () => void;
}

/**
 * Minimal form state: values, client-side checks and the server's field errors
 * (`ApiError.fieldMessage`) shown next to the field they name.
 */
export function useForm<T extends Record<string, unknown>>(
  initial: T,
  validate?: (values: T) => Errors,
): Form<T> {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => (e[key as string] ? { ...e, [key as string]: undefined } : e));
  }, []);

  return useMemo<Form<T>>(
    () => ({
      values,
      errors,
      formError,
      set,
      setAll: (v) => setValues(v),
      text: (key) => ({
        value: String(values[key] ?? ''),
        onChange: (e) => set(key, e.currentTarget.value as T[typeof key]),
        error: errors[key],
      }),
      error: (field) => errors[field],
      onSubmit: (fn) => (e) => {
        e?.preventDefault();
        const found = validate
          ? Object.fromEntries(Object.entries(validate(values)).filter(([, m]) => m))
          : {};
        setErrors(found);
        setFormError(null);
        if (Object.keys(found).length === 0) fn(values);
      },
      fail: (err, describe) => {
        if (err instanceof ApiError && err.fields.length > 0) {
          const own: Errors = {};
          const other: string[] = [];
          for (const f of err.fields) {
            // `businessHours.weekdays.2.start` belongs to the `businessHours` field of this form.
            const key = f.field in values ? f.field : f.field.split('.')[0];
            if (key && key in values) own[f.field] ??= f.message;
            else other.push(f.message);
            if (key && key in values && key !== f.field) own[key] ??= f.message;
          }
          setErrors(own);
          setFormError(other.length ? other.join(' ') : null);
          return;
        }
        setErrors({});
        setFormError(describe(err));
      },
      clearErrors: () => {
        setErrors({});
        setFormError(null);
      },
    }),
    [values, errors, formError, set, validate],
  );
}

/** Client-side checks shared by every form, so most mistakes are explained in the user's language. */
export const checks = {
  required: (v: unknown) => typeof v === 'string' && v.trim().length > 0,
  email: (v: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()),
  password: (v: string) => v.length >= 10 && v.length <= 200,
};
