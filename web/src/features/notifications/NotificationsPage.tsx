import { Badge, Button, Group, SegmentedControl, Stack, Text, UnstyledButton } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { get, post } from '../../api/client.js';
import { queryString, wsPath } from '../../api/paths.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconBell } from '../../components/icons.js';
import { EmptyState, LoadError, Loading, PageHeader, Panel } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import {
  notificationsKey,
  type AppNotification,
  type NotificationsPage as Page,
} from './notifications.api.js';
import { PreferencesPanel } from './PreferencesPanel.js';
import { useNotificationText } from './useNotificationText.js';

/** Everything the person was notified of in this workspace, and how they want to be told. */
export default function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const { id } = useWorkspace();
  const fmt = useFormat();
  const text = useNotificationText();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const query = useInfiniteQuery({
    queryKey: [...notificationsKey(id), 'page', filter],
    queryFn: ({ pageParam }) =>
      get<Page>(
        wsPath(
          id,
          `/notifications${queryString({ unread: filter === 'unread' ? '1' : undefined, limit: 30, before: pageParam })}`,
        ),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const markRead = useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) => post(wsPath(id, '/notifications/read'), body),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationsKey(id) }),
  });
  const open = (n: AppNotification) => {
    if (!n.readAt) markRead.mutate({ ids: [n.id] });
    if (n.link) void navigate(n.link);
  };
  const unread = query.data?.pages[0]?.unreadCount ?? 0;

  const list = () => {
    if (query.isPending) return <Loading />;
    if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
    const items = query.data.pages.flatMap((p) => p.data);
    if (!items.length) return <EmptyState icon={IconBell} title={t('empty')} description={t('emptyHint')} />;
    return (
      <Stack gap={0}>
        {items.map((n) => (
          <UnstyledButton
            key={n.id}
            onClick={() => open(n)}
            py="sm"
            px="xs"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
          >
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Text size="sm" fw={n.readAt ? 400 : 600}>
                  {text(n)}
                </Text>
                <Text size="xs" c="dimmed">
                  {fmt.dateTime(n.createdAt)}
                </Text>
              </div>
              {!n.readAt && (
                <Badge size="sm" variant="light">
                  {t('unread')}
                </Badge>
              )}
            </Group>
          </UnstyledButton>
        ))}
        {query.hasNextPage && (
          <Group justify="center" mt="md">
            <Button
              variant="default"
              loading={query.isFetchingNextPage}
              onClick={() => void query.fetchNextPage()}
            >
              {t('more')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button
            variant="default"
            disabled={unread === 0}
            loading={markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}
          >
            {t('markAllRead')}
          </Button>
        }
      />
      <Stack gap="lg">
        <Panel
          actions={
            <SegmentedControl
              size="xs"
              value={filter}
              onChange={(v) => setFilter(v as 'all' | 'unread')}
              data={[
                { value: 'all', label: t('filter.all') },
                { value: 'unread', label: t('filter.unread', { count: unread }) },
              ]}
            />
          }
        >
          {list()}
        </Panel>
        <PreferencesPanel workspaceId={id} />
      </Stack>
    </>
  );
}
