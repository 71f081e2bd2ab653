import { ActionIcon, Alert, Button, Drawer, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client.js';
import { wsPath } from '../../api/paths.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconInfo, IconPlus, IconTrash } from '../../components/icons.js';
import { EmptyState, LoadError, Loading } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifySuccess } from '../../lib/notify.js';
import { accountsKey, type ConnectedAccount } from '../accounts/accounts.api.js';
import { useSaveSlots, useSlots } from './calendar.api.js';
import type { PostingSlot } from './calendar.types.js';
import { firstInvalidSlot, normaliseSlots } from './slots.js';

/** Posting slots per connected account: the weekly times the queue fills, in the workspace zone. */
export function SlotsDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('calendar');
  const { id, workspace } = useWorkspace();
  const accounts = useQuery({
    queryKey: accountsKey(id),
    queryFn: () => get<{ data: ConnectedAccount[] }>(wsPath(id, '/accounts')),
    enabled: opened,
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const list = accounts.data?.data ?? [];
  const accountId = chosen ?? list[0]?.id ?? null;
  return (
    <Drawer opened={opened} onClose={onClose} title={t('slots.title')} position="right" size="md">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('slots.description', { zone: workspace.timeZone })}
        </Text>
        {accounts.isPending && opened ? (
          <Loading />
        ) : accounts.error ? (
          <LoadError error={accounts.error} onRetry={() => void accounts.refetch()} />
        ) : !list.length ? (
          <EmptyState icon={IconInfo} title={t('slots.noAccounts')} description={t('slots.noAccountsHint')} />
        ) : (
          <>
            <Select
              label={t('slots.account')}
              data={list.map((a) => ({
                value: a.id,
                label: `${t(`networks.${a.network}`, { defaultValue: a.network })} · @${a.handle}`,
              }))}
              value={accountId}
              onChange={setChosen}
              allowDeselect={false}
            />
            {accountId && <SlotsEditor key={accountId} accountId={accountId} />}
          </>
        )}
      </Stack>
    </Drawer>
  );
}

function SlotsEditor({ accountId }: { accountId: string }) {
  const { t } = useTranslation('calendar');
  const { id, may, workspace } = useWorkspace();
  const describe = useDescribeError();
  const slots = useSlots(id, accountId);
  const save = useSaveSlots(id, accountId);
  const [draft, setDraft] = useState<PostingSlot[] | null>(null);
  const canEdit = may('posts.publish');
  if (slots.isPending) return <Loading />;
  if (slots.error) return <LoadError error={slots.error} onRetry={() => void slots.refetch()} />;
  const rows = draft ?? slots.data.slots;
  const invalid = firstInvalidSlot(rows);
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`weekdays.${d}`) }));
  const update = (i: number, patch: Partial<PostingSlot>) =>
    setDraft(rows.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const serverZone = slots.data.timeZone;
  return (
    <Stack gap="xs" data-testid="slots-editor">
      {serverZone !== workspace.timeZone && (
        <Alert color="yellow" variant="light">
          {t('slots.zoneDiffers', { zone: serverZone })}
        </Alert>
      )}
      {!rows.length && (
        <Text size="sm" c="dimmed">
          {t('slots.none')}
        </Text>
      )}
      {rows.map((s, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
          <Select
            aria-label={t('slots.weekday')}
            data={weekdays}
            value={String(s.weekday)}
            onChange={(v) => v && update(i, { weekday: Number(v) })}
            allowDeselect={false}
            disabled={!canEdit}
            w={150}
          />
          <TextInput
            type="time"
            aria-label={t('slots.time')}
            value={s.time}
            onChange={(e) => update(i, { time: e.currentTarget.value })}
            error={invalid === i ? t('slots.invalid') : undefined}
            disabled={!canEdit}
            w={120}
          />
          {canEdit && (
            <ActionIcon
              variant="subtle"
              color="red"
              mt={6}
              aria-label={t('slots.remove')}
              onClick={() => setDraft(rows.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {canEdit ? (
        <Group justify="space-between" mt="sm">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setDraft([...rows, { weekday: 1, time: '09:00' }])}
          >
            {t('slots.add')}
          </Button>
          <Button
            size="xs"
            disabled={draft === null || invalid !== -1}
            loading={save.isPending}
            onClick={() =>
              save.mutate(normaliseSlots(rows), {
                onSuccess: () => {
                  setDraft(null);
                  notifySuccess(t('slots.saved'));
                },
              })
            }
          >
            {t('slots.save')}
          </Button>
        </Group>
      ) : (
        <Text size="xs" c="dimmed">
          {t('slots.readOnly')}
        </Text>
      )}
      {save.error && (
        <Alert color="red" variant="light">
          {describe(save.error)}
        </Alert>
      )}
    </Stack>
  );
}
