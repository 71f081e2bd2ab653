import { Button, Divider, Group, Stack, Text, TextInput } from '@mantine/core';
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { IconClock, IconSend, IconTrash } from '../../components/icons.js';
import { Panel } from '../../components/ui.js';
import type { ComposerAction, ComposerDraft } from './composer-state.js';
import { labelInstant, utcOffsetLabel } from './local-time.js';
import type { PostView } from './posts.types.js';

/** The composer's writes, each named so the panel can show which one is running. */
export type ComposerCommand =
  'save' | 'schedule' | 'queue' | 'publishNow' | 'unschedule' | 'cancel' | 'delete';

/**
 * When the post goes out (a wall-clock date and time in the person's zone, sent as such) and every
 * command on it. Buttons follow the policy: saving needs posts.write, anything that puts the post on
 * a network's timeline needs posts.publish.
 */
export function SchedulePanel({
  draft,
  dispatch,
  timeZone,
  post,
  canEdit,
  canPublish,
  blocking,
  hasVariants,
  dirty,
  timeError,
  running,
  run,
}: {
  draft: ComposerDraft;
  dispatch: Dispatch<ComposerAction>;
  timeZone: string;
  post: PostView | null;
  canEdit: boolean;
  canPublish: boolean;
  blocking: boolean;
  hasVariants: boolean;
  /** Whether there is anything to save (a new post always has). */
  dirty: boolean;
  timeError: string | undefined;
  running: ComposerCommand | null;
  run: (command: ComposerCommand) => void;
}) {
  const { t } = useTranslation('posts');
  const statuses = post?.variants.map((v) => v.status) ?? [];
  const open = (s: string) => s === 'draft' || s === 'failed' || s === 'cancelled';
  const hasScheduled = statuses.includes('scheduled');
  const hasOpen = post === null || statuses.some(open);
  const allDone =
    post !== null && statuses.length > 0 && statuses.every((s) => s === 'published' || s === 'publishing');
  const offset = utcOffsetLabel(timeZone, labelInstant({ date: draft.date, time: draft.time }));
  const busy = running !== null;
  const button = (command: ComposerCommand) => ({
    loading: running === command,
    disabled: busy && running !== command,
    onClick: () => run(command),
  });

  return (
    <Panel title={t('time.title')}>
      <Stack gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            id="composer-time"
            type="date"
            label={t('time.date')}
            value={draft.date}
            disabled={!canEdit || allDone}
            onChange={(e) => dispatch({ type: 'setTime', date: e.currentTarget.value, time: draft.time })}
            error={timeError}
            w={170}
          />
          <TextInput
            type="time"
            label={t('time.time')}
            value={draft.time}
            disabled={!canEdit || allDone}
            onChange={(e) => dispatch({ type: 'setTime', date: draft.date, time: e.currentTarget.value })}
            w={120}
          />
          <Text size="sm" c="dimmed" pb={8}>
            {offset ? t('time.zone', { zone: timeZone, offset }) : timeZone}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('time.hint')}
        </Text>
        {!allDone && (
          <Group gap="sm" wrap="wrap">
            {canEdit && (
              <Button
                variant="default"
                {...button('save')}
                disabled={!hasVariants || (post !== null && !dirty) || (busy && running !== 'save')}
              >
                {post && hasScheduled ? t('actions.saveChanges') : t('actions.saveDraft')}
              </Button>
            )}
            {canPublish && canEdit && (
              <>
                <Button
                  leftSection={<IconClock size={16} />}
                  {...button('schedule')}
                  disabled={!hasVariants || blocking || (busy && running !== 'schedule')}
                  title={blocking ? t('checks.blockingHint') : undefined}
                >
                  {hasScheduled && !hasOpen ? t('actions.reschedule') : t('actions.schedule')}
                </Button>
                {hasOpen && (
                  <Button
                    variant="light"
                    {...button('queue')}
                    disabled={!hasVariants || blocking || (busy && running !== 'queue')}
                  >
                    {t('actions.queue')}
                  </Button>
                )}
                <Button
                  variant="light"
                  color="teal"
                  leftSection={<IconSend size={16} />}
                  {...button('publishNow')}
                  disabled={!hasVariants || blocking || (busy && running !== 'publishNow')}
                >
                  {t('actions.publishNow')}
                </Button>
              </>
            )}
          </Group>
        )}
        {!canPublish && canEdit && (
          <Text size="xs" c="dimmed">
            {t('actions.noPublishRight')}
          </Text>
        )}
        {post && (canPublish || canEdit) && (
          <>
            <Divider />
            <Group gap="sm" wrap="wrap">
              {canPublish && hasScheduled && (
                <Button variant="subtle" {...button('unschedule')}>
                  {t('actions.unschedule')}
                </Button>
              )}
              {canPublish && (hasScheduled || statuses.includes('failed')) && (
                <Button variant="subtle" color="orange" {...button('cancel')}>
                  {t('actions.cancel')}
                </Button>
              )}
              {canEdit && (
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  {...button('delete')}
                >
                  {t('actions.delete')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Panel>
  );
}
