import { Avatar, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, get, post } from '../../api/client.js';
import { wsPath } from '../../api/paths.js';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconLink, IconPlus } from '../../components/icons.js';
import { EmptyState, LoadError, Loading, PageHeader, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { accountsKey, type ConnectedAccount, type HealthStatus } from './accounts.api.js';
import { ConnectModal } from './ConnectModal.js';

const HEALTH_COLOR: Record<HealthStatus, string> = {
  valid: 'teal',
  expiring: 'yellow',
  needs_reconnect: 'red',
};

// A modal is either closed, connecting a new account, or reconnecting one.
type Editing = { kind: 'connect' } | { kind: 'reconnect'; account: ConnectedAccount } | null;

/** The workspace's social network accounts: health, connect, re-check, reconnect, disconnect. */
export default function AccountsPage() {
  const { t } = useTranslation('accounts');
  const { id, may } = useWorkspace();
  const fmt = useFormat();
  const qc = useQueryClient();
  const confirm = useConfirm();
  const describe = useDescribeError();
  const [editing, setEditing] = useState<Editing>(null);
  const manage = may('accounts.manage');
  const query = useQuery({
    queryKey: accountsKey(id),
    queryFn: () => get<{ data: ConnectedAccount[] }>(wsPath(id, '/accounts')),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: accountsKey(id) });
  const check = useMutation({
    mutationFn: (a: ConnectedAccount) =>
      post<{ data: ConnectedAccount }>(wsPath(id, `/accounts/${encodeURIComponent(a.id)}/check`)),
    onSuccess: async (res) => {
      await refresh();
      notifySuccess(
        t('check.done', { handle: res.data.handle, status: t(`health.${res.data.health.status}`) }),
      );
    },
    onError: (e) => notifyError(describe(e)),
  });
  const disconnect = useMutation({
    mutationFn: (a: ConnectedAccount) => del<void>(wsPath(id, `/accounts/${encodeURIComponent(a.id)}`)),
    onSuccess: refresh,
  });
  const askDisconnect = async (a: ConnectedAccount) => {
    const ok = await confirm({
      title: t('disconnect.title'),
      message: t('disconnect.body', { handle: a.handle }),
      confirmLabel: t('disconnect.confirm'),
      danger: true,
    });
    if (ok)
      disconnect.mutate(a, {
        onSuccess: () => notifySuccess(t('disconnect.done', { handle: a.handle })),
        onError: (e) => notifyError(describe(e)),
      });
  };
  const connectButton = manage && (
    <Button leftSection={<IconPlus />} onClick={() => setEditing({ kind: 'connect' })}>
      {t('connect.open')}
    </Button>
  );

  const reasonOf = (a: ConnectedAccount) =>
    t(`reasons.${a.health.reason}`, { defaultValue: t('reasons.unknown', { code: a.health.reason }) });

  const body = () => {
    if (query.isPending) return <Loading />;
    if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
    const list = query.data.data;
    if (!list.length)
      return (
        <EmptyState
          icon={IconLink}
          title={t('empty')}
          description={t('emptyHint')}
          action={connectButton || undefined}
        />
      );
    return (
      <Table.ScrollContainer minWidth={820}>
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.account')}</Table.Th>
              <Table.Th>{t('columns.network')}</Table.Th>
              <Table.Th>{t('columns.health')}</Table.Th>
              <Table.Th>{t('columns.checked')}</Table.Th>
              {manage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    {/* Initials, not the network's picture: the CSP (img-src 'self') blocks remote images. */}
                    <Avatar alt="" radius="xl" size="md">
                      {(a.displayName ?? a.handle).slice(0, 1).toUpperCase()}
                    </Avatar>
                    <div>
                      <Text size="sm" fw={600}>
                        {a.displayName ?? a.handle}
                      </Text>
                      <Text size="xs" c="dimmed">
                        @{a.handle}
                      </Text>
                    </div>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`networks.${a.network}`, { defaultValue: a.network })}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Badge color={HEALTH_COLOR[a.health.status]} variant="light" radius="sm" tt="none">
                      {t(`health.${a.health.status}`)}
                    </Badge>
                    <Text size="xs" c="dimmed" maw={320}>
                      {reasonOf(a)}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{a.health.checkedAt ? fmt.dateTime(a.health.checkedAt) : t('never')}</Text>
                </Table.Td>
                {manage && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        loading={check.isPending && check.variables?.id === a.id}
                        onClick={() => check.mutate(a)}
                      >
                        {t('check.action')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant={a.health.status === 'valid' ? 'subtle' : 'light'}
                        onClick={() => setEditing({ kind: 'reconnect', account: a })}
                      >
                        {t('reconnect.action')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => void askDisconnect(a)}
                      >
                        {t('disconnect.action')}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={connectButton || undefined} />
      <Panel padding={0}>{body()}</Panel>
      <ConnectModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        {...(editing?.kind === 'reconnect' ? { account: editing.account } : {})}
      />
    </>
  );
}
