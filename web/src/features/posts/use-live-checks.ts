import { useEffect, useMemo, useState } from 'react';
import { toInput, type ComposerDraft } from './composer-state.js';
import { postsApi } from './posts.api.js';
import type { Checks } from './posts.types.js';

/** How long typing must pause before the server re-checks the post. */
export const CHECK_DEBOUNCE_MS = 400;

/**
 * The post's checks, re-asked from POST /posts/check a moment after each change. `pending` is true
 * while a change has not been checked yet (the counters then show the local estimate).
 */
export function useLiveChecks(ws: string, draft: ComposerDraft, enabled: boolean, initial: Checks | null) {
  const [checks, setChecks] = useState<Checks | null>(initial);
  const [pending, setPending] = useState(false);
  const input = useMemo(() => toInput(draft), [draft]);
  const key = useMemo(() => JSON.stringify(input), [input]);
  const [checkedKey, setCheckedKey] = useState<string | null>(initial ? key : null);

  useEffect(() => {
    if (!enabled || key === checkedKey) return;
    if (input.variants.length === 0) {
      setChecks(null);
      setPending(false);
      return;
    }
    setPending(true);
    let live = true;
    const timer = setTimeout(() => {
      postsApi
        .check(ws, input)
        .then((res) => {
          if (!live) return;
          setChecks(res.checks);
          setCheckedKey(key);
          setPending(false);
        })
        // A failed check leaves the last answer up; the next change asks again.
        .catch(() => live && setPending(false));
    }, CHECK_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `input` is represented by `key`: re-run only when the content really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ws, key, enabled, checkedKey]);

  /**
   * Shows checks a write returned (save, schedule, a 422) as the current ones, for `forDraft` (the
   * state the page resets to) so they are not asked again at once.
   */
  const accept = (next: Checks, forDraft?: ComposerDraft) => {
    setChecks(next);
    setCheckedKey(forDraft ? JSON.stringify(toInput(forDraft)) : key);
    setPending(false);
  };
  return { checks, pending, accept };
}
