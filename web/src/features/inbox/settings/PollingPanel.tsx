import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, put } from '../../../api/client.js';
import { wsPath } from '../../../api/paths.js';
import type { DataOf } from '../../../api/types.js';
import { useWorkspace } from '../../../app/workspace.js';
import { Loading, LoadError } from '../../../components/ui.js';
import { useDescribeError } from '../../../lib/errors.js';
import { useFormat } from '../../../lib/format.js';
import { notifyError, notifySuccess } from '../../../lib/notify.js';
import { NetworkBadge } from '../../posts/network-ui.js';
import { inboxKeys } from '../inbox.api.js';

/** Mirrors src/modules/inbox/polling/polling.schemas.ts. */
interface Polling {
  accountId: string;
  network: string;
  handle: string;
  healthStatus: string;
  intervalSeconds: number;
  nextPollAt: string;
  lastPolledAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
}

// The server accepts 60 s to 1 h; these are the choices worth offering.
const CHOICES = [60, 120, 300, 600, 900, 1800, 3600];

/** How often each connected account is read for new messages, with the state of its last read. */
export function PollingPanel() {
  const { t } = useTranslation('inbox');
  const { id: ws, may } = useWorkspace();
  const fmt = useFormat();
  const describe = useDescribeError();
  const qc = useQueryClient();
  const key = [...inboxKeys.all(ws), 'polling'] as const;
  const list = useQuery({
    queryKey: key,
    queryFn: () => get<DataOf<Polling[]>>(wsPath(ws, '/inbox/polling')),
    select: (r) => r.data,
  });
  const save = useMutation({
    mutationFn: (b: { accountId: string; intervalSeconds: number; pollNow?: boolean }) =>
      put<DataOf<Polling>>(wsPath(ws, `/inbox/accounts/${encodeURIComponent(b.accountId)}/polling`), {
        intervalSeconds: b.intervalSeconds,
        pollNow: b.pollNow,
      }),
    onSuccess: (_r, b) => {
      notifySuccess(b.pollNow ? t('polling.pollingSoon') : t('polling.saved'));
      return qc.invalidateQueries({ queryKey: key });
    },
    onError: (err) => notifyError(describe(err)),
  });
  const canEdit = may('inbox.handle');
  const label = (s: number) => (s < 3600 ? t('polling.minutes', { count: s / 60 }) : t('polling.hour'));

  if (list.isPending) return <Loading />;
  if (list.error) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Stack gap="md" maw={900}>
      <Text size="sm" c="dimmed">
        {t('polling.description')}
      </Text>
      {list.data.length === 0 && <Alert color="gray">{t('polling.none')}</Alert>}
      {list.data.length > 0 && (
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('polling.account')}</Table.Th>
              <Table.Th>{t('polling.interval')}</Table.Th>
              <Table.Th>{t('polling.lastRead')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((a) => (
              <Table.Tr key={a.accountId} data-polling-account={a.accountId}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <NetworkBadge network={a.network} />
                    <Text size="sm">{a.handle}</Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('polling.intervalFor', { handle: a.handle })}
                    size="xs"
                    w={140}
                    disabled={!canEdit}
                    allowDeselect={false}
                    data={[...new Set([...CHOICES, a.intervalSeconds])]
                      .sort((x, y) => x - y)
                      .map((s) => ({ value: String(s), label: label(s) }))}
                    value={String(a.intervalSeconds)}
                    onChange={(v) => v && save.mutate({ accountId: a.accountId, intervalSeconds: Number(v) })}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{a.lastPolledAt ? fmt.dateTime(a.lastPolledAt) : t('polling.never')}</Text>
                  {a.lastError && (
                    <Text size="xs" c="red.8" lineClamp={2}>
                      {t('polling.failed', { count: a.consecutiveFailures })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {canEdit && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      loading={save.isPending && save.variables?.accountId === a.accountId}
                      onClick={() =>
                        save.mutate({
                          accountId: a.accountId,
                          intervalSeconds: a.intervalSeconds,
                          pollNow: true,
                        })
                      }
                    >
                      {t('polling.pollNow')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
