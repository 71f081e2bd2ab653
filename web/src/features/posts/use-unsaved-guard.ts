import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';
import { useConfirm } from '../../components/confirm.js';

/**
 * Asks before leaving the composer with unsaved edits: in-app navigation through a confirmation,
 * closing or reloading the tab through the browser's own prompt. `release()` lets the next
 * navigation through (after a save that moves to the saved post's address).
 */
export function useUnsavedGuard(dirty: boolean): { release: () => void } {
  const { t } = useTranslation('posts');
  const confirm = useConfirm();
  const dirtyRef = useRef(dirty);
  const released = useRef(false);
  useEffect(() => {
    dirtyRef.current = dirty;
    if (dirty) released.current = false;
  }, [dirty]);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current && !released.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const blocked = blocker;
    void confirm({
      title: t('unsaved.title'),
      message: t('unsaved.body'),
      confirmLabel: t('unsaved.leave'),
      danger: true,
    }).then((ok) => (ok ? blocked.proceed() : blocked.reset()));
    // Once per blocked navigation: the blocker object may be rebuilt while the dialog is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [blocker.state]);

  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers need returnValue set to show their prompt.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [dirty]);

  return {
    release: () => {
      released.current = true;
    },
  };
}
