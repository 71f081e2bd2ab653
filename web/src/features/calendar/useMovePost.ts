import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { calendarKeys, reschedulePost } from './calendar.api.js';
import type { PlacedPost } from './layout.js';

/**
 * Moves posts to a wall-clock time. The chip shows at its target at once (a local override, so the
 * browser never computes the instant); the override goes when the server's answer is in the cache,
 * or at once with a toast when the server refuses, which puts the chip back where it was.
 */
export function useMovePost(ws: string, timeZone: string) {
  const { t } = useTranslation('calendar');
  const describe = useDescribeError();
  const qc = useQueryClient();
  const [moving, setMoving] = useState<ReadonlyMap<string, string>>(new Map());

  const setOverride = useCallback((postId: string, local: string | null) => {
    setMoving((m) => {
      const next = new Map(m);
      if (local === null) next.delete(postId);
      else next.set(postId, local);
      return next;
    });
  }, []);

  // A refusal the calendar can explain (a code it knows) in the person's language, else the general one.
  const reason = useCallback(
    (e: unknown): string => {
      if (
        e instanceof ApiError &&
        e.status >= 400 &&
        e.status < 500 &&
        e.status !== 401 &&
        e.status !== 403
      ) {
        const translated = t(`move.errors.${e.code}`, { defaultValue: '' });
        if (translated) return translated;
      }
      return describe(e);
    },
    [t, describe],
  );

  const move = useCallback(
    (placed: PlacedPost, local: string) => {
      const postId = placed.post.id;
      setOverride(postId, local);
      reschedulePost(ws, postId, local, timeZone)
        .then(async () => {
          await qc.invalidateQueries({ queryKey: calendarKeys.posts(ws) });
          notifySuccess(t('move.done', { title: placed.post.title }));
        })
        .catch((e: unknown) => {
          notifyError(t('move.failed', { title: placed.post.title, reason: reason(e) }));
          // Another person may have changed the post meanwhile: show the server's truth.
          void qc.invalidateQueries({ queryKey: calendarKeys.posts(ws) });
        })
        .finally(() => setOverride(postId, null));
    },
    [ws, timeZone, qc, t, reason, setOverride],
  );

  return { moving, move };
}
