import {
  ActionIcon,
  Anchor,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { get, post } from '../../api/client.js';
import { wsPath } from '../../api/paths.js';
import { IconBell } from '../../components/icons.js';
import { useFormat } from '../../lib/format.js';
import { notificationsKey, type AppNotification, type NotificationsPage } from './notifications.api.js';
import { useNotificationText } from './useNotificationText.js';

/** How often the bell asks for new notifications. */
const POLL_MS = 30_000;

/** The bell in the workspace header: the unread count, and the latest notifications in a popover. */
export function NotificationBell({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('notifications');
  const fmt = useFormat();
  const text = useNotificationText();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const query = useQuery({
    queryKey: [...notificationsKey(workspaceId), 'latest'],
    queryFn: () => get<NotificationsPage>(wsPath(workspaceId, '/notifications?limit=10')),
    refetchInterval: POLL_MS,
  });
  const markRead = useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) =>
      post(wsPath(workspaceId, '/notifications/read'), body),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationsKey(workspaceId) }),
  });
  const unread = query.data?.unreadCount ?? 0;
  const open = (n: AppNotification) => {
    if (!n.readAt) markRead.mutate({ ids: [n.id] });
    setOpened(false);
    if (n.link) void navigate(n.link);
  };

  return (
    <Popover opened={opened} onChange={setOpened} width={360} position="bottom-end" shadow="md" withArrow>
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={16}
          offset={4}
          disabled={unread === 0}
          color="red"
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={unread ? t('bell.labelUnread', { count: unread }) : t('bell.label')}
          >
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="md" py="sm">
          <Text fw={600} size="sm">
            {t('title')}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={unread === 0}
            loading={markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}
          >
            {t('markAllRead')}
          </Button>
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={380}>
          {query.data?.data.length ? (
            <Stack gap={0}>
              {query.data.data.map((n) => (
                <UnstyledButton
                  key={n.id}
                  onClick={() => open(n)}
                  px="md"
                  py="xs"
                  style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                  bg={n.readAt ? undefined : 'blue.0'}
                >
                  <Text size="sm" fw={n.readAt ? 400 : 600}>
                    {text(n)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {fmt.dateTime(n.createdAt)}
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed" px="md" py="lg" ta="center">
              {query.isPending ? t('loading') : t('empty')}
            </Text>
          )}
        </ScrollArea.Autosize>
        <Divider />
        <Group justify="center" py="xs">
          <Anchor
            component={Link}
            to={`/w/${workspaceId}/notifications`}
            size="sm"
            onClick={() => setOpened(false)}
          >
            {t('seeAll')}
          </Anchor>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
