import { Avatar, Box, Checkbox, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkBadge } from '../posts/network-ui.js';
import { PriorityBadge, QuestionBadge, SentimentDot } from './badges.js';
import { ClockBadge } from './ClockBadge.js';
import type { InboxItem } from './inbox.types.js';
import { initials } from './people.js';

/** One message in the list: who, where, what, and how long is left to answer it. */
export const ItemRow = memo(function ItemRow({
  item,
  active,
  selected,
  selectable,
  assigneeName,
  now,
  onOpen,
  onToggle,
}: {
  item: InboxItem;
  active: boolean;
  selected: boolean;
  selectable: boolean;
  assigneeName: string | null;
  now: number;
  onOpen: (id: string) => void;
  onToggle: (id: string) => void;
}) {
  const { t } = useTranslation('inbox');
  const who = item.contact.displayName || item.contact.handle;
  const firstLine = item.text.split('\n').find((l) => l.trim()) ?? '';
  return (
    <Group
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      px="sm"
      py={10}
      data-item-id={item.id}
      data-active={active || undefined}
      style={{
        borderBottom: '1px solid var(--mantine-color-gray-2)',
        borderLeft: `3px solid ${active ? 'var(--mantine-color-blue-6)' : 'transparent'}`,
        background: active ? 'var(--mantine-color-blue-0)' : undefined,
        fontWeight: item.state === 'new' ? 600 : undefined,
      }}
    >
      {selectable && (
        <Checkbox
          size="xs"
          mt={10}
          checked={selected}
          onChange={() => onToggle(item.id)}
          aria-label={t('row.select', { who })}
        />
      )}
      <UnstyledButton
        onClick={() => onOpen(item.id)}
        style={{ flex: 1, minWidth: 0 }}
        aria-current={active ? 'true' : undefined}
        aria-label={t('row.open', { who })}
      >
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Avatar src={item.contact.avatarUrl} radius="xl" size={34} color="initials" name={who} alt="">
            {initials(who)}
          </Avatar>
          <Box style={{ flex: 1, minWidth: 0 }}>
            <Group gap={6} wrap="nowrap">
              <Text size="sm" fw={600} truncate style={{ flex: 1, minWidth: 0 }}>
                {item.contact.handle}
              </Text>
              <Box style={{ flex: 'none' }}>
                <NetworkBadge network={item.network} />
              </Box>
            </Group>
            <Text size="sm" c={item.state === 'new' ? undefined : 'dimmed'} lineClamp={1} fw="inherit">
              {firstLine}
            </Text>
            <Group gap={6} mt={4} wrap="nowrap">
              <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
                {t(`kind.${item.kind}`, { defaultValue: item.kind })}
              </Text>
              <SentimentDot sentiment={item.sentiment} />
              {item.isQuestion && <QuestionBadge />}
              <PriorityBadge priority={item.priority} />
              <Box style={{ flex: 1 }} />
              <ClockBadge clock={item.clock} now={now} />
              {assigneeName && (
                <Tooltip label={t('row.assignedTo', { name: assigneeName })} withArrow>
                  <Avatar size={20} radius="xl" color="initials" name={assigneeName} style={{ flex: 'none' }}>
                    <Text size="9px" fw={700}>
                      {initials(assigneeName)}
                    </Text>
                  </Avatar>
                </Tooltip>
              )}
            </Group>
          </Box>
        </Group>
      </UnstyledButton>
    </Group>
  );
});
