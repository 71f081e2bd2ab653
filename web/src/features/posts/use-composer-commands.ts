import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client.js';
import { useConfirm } from '../../components/confirm.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { placeFieldErrors, problemChecks } from './api-errors.js';
import { focusPath } from './ChecksPanel.js';
import { draftFromPost, isLocked, toInput, type ComposerDraft } from './composer-state.js';
import { toLocal, wallClockOf } from './local-time.js';
import { postsApi, postsKeys, type PostResult } from './posts.api.js';
import type { Checks, PostView } from './posts.types.js';
import type { ComposerCommand } from './SchedulePanel.js';

const OPEN_STATUSES = ['draft', 'approved', 'failed', 'cancelled'];

export interface CommandContext {
  ws: string;
  timeZone: string;
  draft: ComposerDraft;
  dirty: boolean;
  post: PostView | null;
  accountOf: (variantIndex: number) => string | undefined;
  /** Makes a saved post the page's new starting point. */
  onSaved: (next: ComposerDraft, post: PostView, checks: Checks) => void;
  /** Shows checks that came with a refusal. */
  onChecks: (checks: Checks) => void;
  /** Lets the next navigation through the unsaved-changes guard. */
  release: () => void;
}

/**
 * The composer's writes: save, then schedule / queue / publish now, and the commands on a saved post.
 * A failure lands where the person looks: field errors beside their fields, checks in the panel, the
 * rest above the form.
 */
export function useComposerCommands(c: CommandContext) {
  const { t } = useTranslation('posts');
  const qc = useQueryClient();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const describe = useDescribeError();
  const { ws, timeZone, draft, dirty, post, accountOf } = c;
  const [running, setRunning] = useState<ComposerCommand | null>(null);
  const [retrying, setRetrying] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  /** Shows a saved post as the new starting point (and moves a new post to its own address). */
  const apply = (res: PostResult, checks: Checks = res.checks) => {
    const at = res.data.scheduledAt
      ? wallClockOf(res.data.scheduledAt, timeZone)
      : { date: draft.date, time: draft.time };
    const next = draftFromPost(res.data, at);
    qc.setQueryData(postsKeys.post(ws, res.data.id), { data: res.data, checks });
    void qc.invalidateQueries({
      queryKey: postsKeys.all(ws),
      predicate: (q) => q.queryKey[3] !== res.data.id,
    });
    void qc.invalidateQueries({ queryKey: postsKeys.attempts(ws, res.data.id) });
    if (!post) {
      c.release();
      void navigate(`/w/${ws}/posts/${res.data.id}`, { replace: true, state: { clock: at } });
      return;
    }
    c.onSaved(next, res.data, checks);
  };

  const showError = (err: unknown, remounting: boolean) => {
    const placed = placeFieldErrors(err, accountOf, (id) => document.getElementById(id) !== null);
    let message: string | null = placed.rest.length ? placed.rest.join(' ') : null;
    if (err instanceof ApiError) {
      if (err.code === 'scheduled_in_past') placed.fields['composer-time'] = t('errors.scheduledInPast');
      else if (err.code === 'checks_blocking') message = t('errors.checksBlocking');
      else if (err.code === 'no_free_slot') {
        const handle = err.problem.accountHandle;
        message = t('errors.noFreeSlot', { handle: typeof handle === 'string' ? `@${handle}` : '' });
      } else if (err.code === 'variant_locked') message = t('errors.variantLocked');
      else if (!Object.keys(placed.fields).length && !message) message = describe(err);
    } else message = describe(err);
    setFieldErrors(placed.fields);
    setFormError(message);
    const first = Object.keys(placed.fields)[0];
    if (first) document.getElementById(first)?.focus();
    // A new post moves to its own address (a fresh page): say it where it will still show.
    if (remounting) notifyError(message ?? Object.values(placed.fields)[0] ?? describe(err));
  };

  const askFirst = async (command: ComposerCommand): Promise<boolean> => {
    if (command === 'delete')
      return confirm({
        title: t('confirm.deleteTitle'),
        message: t(
          post?.variants.some((v) => v.status === 'published')
            ? 'confirm.deletePublished'
            : 'confirm.deleteBody',
        ),
        confirmLabel: t('actions.delete'),
        danger: true,
      });
    if (command === 'publishNow')
      return confirm({
        title: t('confirm.publishTitle'),
        message: t('confirm.publishBody', { count: draft.variants.filter((v) => !isLocked(v)).length }),
        confirmLabel: t('actions.publishNow'),
      });
    if (command === 'cancel')
      return confirm({
        title: t('confirm.cancelTitle'),
        message: t('confirm.cancelBody'),
        confirmLabel: t('actions.cancel'),
        danger: true,
      });
    return true;
  };

  const run = async (command: ComposerCommand) => {
    const local = toLocal(draft);
    if (command === 'schedule' && !local) {
      setFieldErrors({ 'composer-time': t('time.required') });
      focusPath('time', accountOf);
      return;
    }
    if (!(await askFirst(command))) return;
    setRunning(command);
    setFieldErrors({});
    setFormError(null);
    let saved: PostResult | null = null;
    try {
      if (command === 'delete' && post) {
        await postsApi.remove(ws, post.id);
        c.release();
        const gone = post.id;
        // Not the deleted post's own queries: refetching them would only answer 404.
        void qc.invalidateQueries({ queryKey: postsKeys.all(ws), predicate: (q) => q.queryKey[3] !== gone });
        notifySuccess(t('done.delete'));
        void navigate(`/w/${ws}`);
        return;
      }
      const writes =
        command === 'save' || command === 'schedule' || command === 'queue' || command === 'publishNow';
      if (writes && (dirty || !post))
        saved = post
          ? await postsApi.update(ws, post.id, toInput(draft, timeZone))
          : await postsApi.create(ws, toInput(draft, timeZone));
      const current = saved?.data ?? post;
      if (!current) return;
      let res: PostResult | null = saved;
      if (command === 'schedule' && local) {
        const at = { local, timeZone };
        // Scheduled variants move with the post (reschedule keeps their staggers); only the others
        // get the time as such, so `schedule` is told which ones.
        const wasScheduled = current.variants.some((v) => v.status === 'scheduled');
        if (wasScheduled) res = await postsApi.reschedule(ws, current.id, at);
        const open = (res?.data ?? current).variants.filter((v) => OPEN_STATUSES.includes(v.status));
        if (open.length)
          res = await postsApi.schedule(ws, current.id, at, wasScheduled ? open.map((v) => v.id) : undefined);
      } else if (command === 'queue') res = await postsApi.queue(ws, current.id);
      else if (command === 'publishNow') res = await postsApi.publishNow(ws, current.id);
      else if (command === 'unschedule') res = await postsApi.unschedule(ws, current.id);
      else if (command === 'cancel') res = await postsApi.cancel(ws, current.id);
      if (res) apply(res);
      notifySuccess(t(`done.${command}`));
    } catch (err) {
      const checks = problemChecks(err);
      // The save went through before the step that failed: keep it, with the checks that stopped it.
      if (saved) apply(saved, checks ?? saved.checks);
      else if (checks) c.onChecks(checks);
      showError(err, saved !== null && post === null);
    } finally {
      setRunning(null);
    }
  };

  const retry = async (variantId: string) => {
    if (!post) return;
    setRetrying(variantId);
    try {
      apply(await postsApi.retry(ws, post.id, variantId));
      notifySuccess(t('done.retry'));
    } catch (err) {
      showError(err, false);
    } finally {
      setRetrying(null);
    }
  };

  return { running, retrying, fieldErrors, formError, clearFormError: () => setFormError(null), run, retry };
}
