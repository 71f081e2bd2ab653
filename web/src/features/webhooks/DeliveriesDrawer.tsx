import { Accordion, Badge, Button, Code, Drawer, Group, Stack, Text } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../api/client.js';
import { queryString, wsPath } from '../../api/paths.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconRefresh } from '../../components/icons.js';
import { LoadError, Loading } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import {
  deliveriesKey,
  type DeliveriesPage,
  type Delivery,
  type DeliveryStatus,
  type Webhook,
} from './webhooks.api.js';

const STATUS_COLOR: Record<DeliveryStatus, string> = { pending: 'yellow', delivered: 'teal', failed: 'red' };

/** The delivery log of one webhook: each event, its attempts and the receiver's last answer. */
export function DeliveriesDrawer({ webhook, onClose }: { webhook: Webhook | null; onClose: () => void }) {
  const { t } = useTranslation('webhooks');
  return (
    <Drawer opened={webhook !== null} onClose={onClose} position="right" size="xl" title={t('log.title')}>
      {webhook && <DeliveryLog webhook={webhook} />}
    </Drawer>
  );
}

function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation('webhooks');
  const { id } = useWorkspace();
  const fmt = useFormat();
  const qc = useQueryClient();
  const describe = useDescribeError();
  const key = deliveriesKey(id, webhook.id);
  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) =>
      get<DeliveriesPage>(
        wsPath(
          id,
          `/webhooks/${encodeURIComponent(webhook.id)}/deliveries${queryString({ limit: 25, before: pageParam })}`,
        ),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    // Pending deliveries change on their own (the worker sends them): keep the log fresh while open.
    refetchInterval: 10_000,
  });
  const redeliver = useMutation({
    mutationFn: (d: Delivery) =>
      post(
        wsPath(
          id,
          `/webhooks/${encodeURIComponent(webhook.id)}/deliveries/${encodeURIComponent(d.id)}/redeliver`,
        ),
      ),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: key });
      notifySuccess(t('log.redelivered'));
    },
    onError: (e) => notifyError(describe(e)),
  });

  if (query.isPending) return <Loading />;
  if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.pages.flatMap((p) => p.data);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {webhook.url}
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconRefresh size={14} />}
          onClick={() => void query.refetch()}
        >
          {t('log.refresh')}
        </Button>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="xl">
          {t('log.empty')}
        </Text>
      ) : (
        <Accordion variant="separated" chevronPosition="left">
          {items.map((d) => (
            <Accordion.Item key={d.id} value={d.id}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" pr="sm">
                  <div>
                    <Text size="sm" fw={600}>
                      {d.eventType === 'ping'
                        ? t('log.ping')
                        : t(`events.${d.eventType}`, { defaultValue: d.eventType })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {fmt.dateTime(d.createdAt)}
                    </Text>
                  </div>
                  <Group gap="xs" wrap="nowrap">
                    {d.lastStatusCode !== null && (
                      <Badge variant="outline" color="gray" radius="sm">
                        {d.lastStatusCode}
                      </Badge>
                    )}
                    <Badge color={STATUS_COLOR[d.status]} variant="light" radius="sm">
                      {t(`status.${d.status}`)}
                    </Badge>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  <Text size="sm">
                    {t('log.attempts', { count: d.attempts })}
                    {d.durationMs !== null && ` · ${t('log.duration', { ms: d.durationMs })}`}
                    {d.status === 'pending' &&
                      d.nextAttemptAt &&
                      ` · ${t('log.next', { at: fmt.dateTime(d.nextAttemptAt) })}`}
                    {d.deliveredAt && ` · ${t('log.deliveredAt', { at: fmt.dateTime(d.deliveredAt) })}`}
                  </Text>
                  {d.lastError && (
                    <Text size="sm" c="red">
                      {d.lastError}
                    </Text>
                  )}
                  <Text size="xs" fw={600}>
                    {t('log.response')}
                  </Text>
                  <Code block>{d.lastResponse || t('log.noResponse')}</Code>
                  <Text size="xs" fw={600}>
                    {t('log.payload')}
                  </Text>
                  <Code block>{JSON.stringify(d.payload, null, 2)}</Code>
                  <Group justify="flex-end">
                    <Button
                      size="compact-sm"
                      variant="light"
                      disabled={!webhook.active}
                      loading={redeliver.isPending && redeliver.variables?.id === d.id}
                      onClick={() => redeliver.mutate(d)}
                    >
                      {t('log.redeliver')}
                    </Button>
                  </Group>
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      {query.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {t('log.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
