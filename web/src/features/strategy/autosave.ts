import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';

/** The server's message for `field` of a failed save, or its whole explanation when it named none. */
export function fieldError(err: unknown, field: string, fallback: string): string {
  if (err instanceof ApiError) {
    const own = err.fieldMessage(field) ?? err.fields.find((f) => f.field.startsWith(`${field}.`))?.message;
    if (own) return own;
    if (err.fields[0]) return `${err.fields[0].field}: ${err.fields[0].message}`;
    if (err.status >= 400 && err.status < 500 && err.message) return err.message;
  }
  return fallback;
}

export interface Autosaved<T> {
  draft: T;
  /** Changes the draft; the save runs after `delay` ms of quiet, or at once when `now` is set. */
  change: (value: T, now?: boolean) => void;
  /** Saves a pending change immediately (on blur). */
  flush: () => void;
  error: unknown;
}

/**
 * Local state for one autosaved field: typing changes the draft at once, the PATCH follows after a
 * pause, and the server's value replaces the draft only when nothing is waiting to be saved, so a
 * refetch never eats what the person is typing.
 */
export function useAutosave<T>(value: T, save: (v: T) => Promise<unknown>, delay = 700): Autosaved<T> {
  const [draft, setDraft] = useState<T>(value);
  const [error, setError] = useState<unknown>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<T>(value);
  const saveRef = useRef(save);
  saveRef.current = save;
  // Saves of one field run one after the other, so an older value never lands after a newer one.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    if (!dirty.current) {
      setDraft(value);
      latest.current = value;
    }
  }, [value]);

  const run = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    const sent = latest.current;
    const next = queue.current.catch(() => undefined).then(() => saveRef.current(sent));
    queue.current = next;
    next.then(
      () => {
        if (latest.current === sent) dirty.current = false;
        setError(null);
      },
      (e: unknown) => setError(e),
    );
  }, []);

  useEffect(
    () => () => {
      // Leaving the step with a change still waiting: send it rather than lose it.
      if (timer.current) run();
    },
    [run],
  );

  const change = useCallback(
    (v: T, now = false) => {
      setDraft(v);
      latest.current = v;
      dirty.current = true;
      if (timer.current) clearTimeout(timer.current);
      if (now) run();
      else timer.current = setTimeout(run, delay);
    },
    [delay, run],
  );

  return { draft, change, flush: run, error };
}
