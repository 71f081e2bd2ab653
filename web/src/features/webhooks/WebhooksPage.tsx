import { Badge, Button, Group, Menu, ActionIcon, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, get, patch, post } from '../../api/client.js';
import { wsPath } from '../../api/paths.js';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconDots, IconPlus, IconWebhook } from '../../components/icons.js';
import { EmptyState, LoadError, Loading, PageHeader, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { DeliveriesDrawer } from './DeliveriesDrawer.js';
import { SecretOnceModal } from './SecretOnceModal.js';
import { WebhookFormModal } from './WebhookFormModal.js';
import { deliveriesKey, webhooksKey, type Webhook, type WebhookWithSecret } from './webhooks.api.js';

/** Outgoing webhooks of the workspace: add, change, test, read the delivery log, rotate, remove. */
export default function WebhooksPage() {
  const { t } = useTranslation('webhooks');
  const { id } = useWorkspace();
  const qc = useQueryClient();
  const confirm = useConfirm();
  const describe = useDescribeError();
  const [form, setForm] = useState<{ editing: Webhook | null } | null>(null);
  const [log, setLog] = useState<Webhook | null>(null);
  const [rotated, setRotated] = useState<string | null>(null);
  const query = useQuery({
    queryKey: webhooksKey(id),
    queryFn: () => get<{ data: Webhook[] }>(wsPath(id, '/webhooks')),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: webhooksKey(id) });
  const path = (w: Webhook, rest = '') => wsPath(id, `/webhooks/${encodeURIComponent(w.id)}${rest}`);

  const test = useMutation({
    mutationFn: (w: Webhook) => post(path(w, '/test')),
    onSuccess: async (_res, w) => {
      await qc.invalidateQueries({ queryKey: deliveriesKey(id, w.id) });
      notifySuccess(t('test.sent'));
      setLog(w);
    },
    onError: (e) => notifyError(describe(e)),
  });
  const toggle = useMutation({
    mutationFn: (w: Webhook) => patch(path(w), { active: !w.active }),
    onSuccess: refresh,
    onError: (e) => notifyError(describe(e)),
  });
  const rotate = useMutation({
    mutationFn: (w: Webhook) => post<WebhookWithSecret>(path(w, '/secret')),
    onSuccess: (res) => setRotated(res.secret),
    onError: (e) => notifyError(describe(e)),
  });
  const remove = useMutation({
    mutationFn: (w: Webhook) => del<void>(path(w)),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('delete.done'));
    },
    onError: (e) => notifyError(describe(e)),
  });
  const askRotate = async (w: Webhook) => {
    if (
      await confirm({
        title: t('rotate.title'),
        message: t('rotate.body'),
        confirmLabel: t('rotate.confirm'),
      })
    )
      rotate.mutate(w);
  };
  const askDelete = async (w: Webhook) => {
    if (
      await confirm({
        title: t('delete.title'),
        message: t('delete.body', { url: w.url }),
        confirmLabel: t('delete.confirm'),
        danger: true,
      })
    )
      remove.mutate(w);
  };

  const addButton = (
    <Button leftSection={<IconPlus />} onClick={() => setForm({ editing: null })}>
      {t('add')}
    </Button>
  );

  const body = () => {
    if (query.isPending) return <Loading />;
    if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
    const list = query.data.data;
    if (!list.length)
      return (
        <EmptyState icon={IconWebhook} title={t('empty')} description={t('emptyHint')} action={addButton} />
      );
    return (
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.receiver')}</Table.Th>
              <Table.Th>{t('columns.events')}</Table.Th>
              <Table.Th>{t('columns.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Td maw={360}>
                  <Group gap="xs" wrap="nowrap">
                    <Badge variant="light" color="gray" radius="sm">
                      {t(`kinds.${w.kind}.label`)}
                    </Badge>
                    <Text size="sm" fw={500} truncate="end">
                      {w.description || w.url}
                    </Text>
                  </Group>
                  {w.description && (
                    <Text size="xs" c="dimmed" truncate="end">
                      {w.url}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{w.events.map((e) => t(`events.${e}`)).join(', ')}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Badge color={w.active ? 'teal' : 'gray'} variant="light" radius="sm">
                      {w.active ? t('state.active') : t('state.off')}
                    </Badge>
                    {w.disabledReason && (
                      <Text size="xs" c="dimmed">
                        {t(`disabled.${w.disabledReason}`, { defaultValue: w.disabledReason })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label={w.active ? t('test.hint') : t('test.off')}>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        disabled={!w.active}
                        loading={test.isPending && test.variables?.id === w.id}
                        onClick={() => test.mutate(w)}
                      >
                        {t('test.action')}
                      </Button>
                    </Tooltip>
                    <Button size="compact-sm" variant="subtle" onClick={() => setLog(w)}>
                      {t('log.open')}
                    </Button>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('more', { url: w.url })}>
                          <IconDots />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setForm({ editing: w })}>{t('edit')}</Menu.Item>
                        <Menu.Item onClick={() => toggle.mutate(w)}>
                          {w.active ? t('switchOff') : t('switchOn')}
                        </Menu.Item>
                        {w.kind === 'generic' && (
                          <Menu.Item onClick={() => void askRotate(w)}>{t('rotate.action')}</Menu.Item>
                        )}
                        <Menu.Divider />
                        <Menu.Item color="red" onClick={() => void askDelete(w)}>
                          {t('delete.action')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={addButton} />
      <Panel padding="md">{body()}</Panel>
      <WebhookFormModal
        opened={form !== null}
        editing={form?.editing ?? null}
        onClose={() => setForm(null)}
      />
      <DeliveriesDrawer webhook={log} onClose={() => setLog(null)} />
      <SecretOnceModal secret={rotated} onClose={() => setRotated(null)} />
    </>
  );
}
