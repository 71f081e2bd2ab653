import { Alert, Badge, Button, Code, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../api/client.js';
import { keys, wsPath } from '../../api/paths.js';
import type { DataOf, Mail, MailStatus } from '../../api/types.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconInfo, IconMail, IconRefresh } from '../../components/icons.js';
import { EmptyState, LoadError, Loading, PageHeader, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';

const COLOR: Record<MailStatus, string> = { queued: 'blue', sent: 'teal', logged: 'yellow', failed: 'red' };

/** Mail the workspace sent (or logged, without SMTP), with retry for what failed. */
export default function OutboxPage() {
  const { t } = useTranslation('outbox');
  const { id } = useWorkspace();
  const fmt = useFormat();
  const qc = useQueryClient();
  const describe = useDescribeError();
  const [reading, setReading] = useState<Mail | null>(null);
  const query = useQuery({
    queryKey: keys.outbox(id),
    queryFn: () => get<DataOf<Mail[]>>(wsPath(id, '/outbox')),
    // Queued mail leaves within seconds: look again while some is waiting.
    refetchInterval: (q) => (q.state.data?.data.some((m) => m.status === 'queued') ? 5000 : false),
  });
  const retry = useMutation({
    mutationFn: (mail: Mail) =>
      post<DataOf<Mail>>(wsPath(id, `/outbox/${encodeURIComponent(mail.id)}/retry`)),
    onSuccess: async ({ data }) => {
      await qc.invalidateQueries({ queryKey: keys.outbox(id) });
      notifySuccess(t('retried', { to: data.to, status: t(`statuses.${data.status}`) }));
    },
    onError: (e) => notifyError(describe(e)),
  });
  const mails = query.data?.data ?? [];
  const logged = mails.some((m) => m.status === 'logged');

  const body = () => {
    if (query.isPending) return <Loading />;
    if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
    if (!mails.length) return <EmptyState icon={IconMail} title={t('empty')} description={t('emptyHint')} />;
    return (
      <Table.ScrollContainer minWidth={820}>
        <Table highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.created')}</Table.Th>
              <Table.Th>{t('columns.to')}</Table.Th>
              <Table.Th>{t('columns.subject')}</Table.Th>
              <Table.Th>{t('columns.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mails.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{fmt.dateTime(m.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{m.to}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} lineClamp={1}>
                    {m.subject}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`kinds.${m.kind}`, { defaultValue: m.kind })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={COLOR[m.status]} variant="light" radius="sm" tt="none">
                    {t(`statuses.${m.status}`)}
                  </Badge>
                  {m.status === 'failed' && m.lastError && (
                    <Text size="xs" c="red" lineClamp={2} maw={240}>
                      {m.lastError}
                    </Text>
                  )}
                  {m.attempts > 1 && (
                    <Text size="xs" c="dimmed">
                      {t('attempts', { count: m.attempts })}
                    </Text>
                  )}
                  {m.status === 'failed' && m.nextAttemptAt && (
                    <Text size="xs" c="dimmed">
                      {t('nextAttempt', { date: fmt.dateTime(m.nextAttemptAt) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    <Button size="compact-sm" variant="subtle" onClick={() => setReading(m)}>
                      {t('read')}
                    </Button>
                    {(m.status === 'failed' || m.status === 'logged') && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconRefresh size={14} />}
                        loading={retry.isPending && retry.variables?.id === m.id}
                        onClick={() => retry.mutate(m)}
                      >
                        {t('retry')}
                      </Button>
                    )}
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
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="lg">
        {logged && (
          <Alert color="yellow" variant="light" icon={<IconInfo />} title={t('noSmtpTitle')}>
            {t('noSmtp')}
          </Alert>
        )}
        <Panel padding={0}>{body()}</Panel>
      </Stack>
      <Modal
        opened={reading !== null}
        onClose={() => setReading(null)}
        title={reading?.subject}
        size="lg"
        centered
      >
        {reading && (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('to', { to: reading.to })} · {fmt.dateTime(reading.sentAt ?? reading.createdAt)}
            </Text>
            <Code block style={{ whiteSpace: 'pre-wrap' }}>
              {reading.text}
            </Code>
          </Stack>
        )}
      </Modal>
    </>
  );
}
