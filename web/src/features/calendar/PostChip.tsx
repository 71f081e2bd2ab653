import { ActionIcon, Box, Group, Menu, Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IconClock, IconDots, IconExternal, IconPencil } from '../../components/icons.js';
import { useCalendar } from './calendar-context.js';
import { moveBlock, networksOf, type PlacedPost } from './layout.js';
import { STATUS_COLOUR } from './palette.js';

// Brand colours are not translated nor themed: a network is recognised by them.
const NETWORK_MARK: Record<string, { letter: string; colour: string }> = {
  bluesky: { letter: 'B', colour: '#1185fe' },
  mastodon: { letter: 'M', colour: '#6364ff' },
};

/** A small coloured letter per network, named for screen readers. */
export function NetworkMarks({ networks }: { networks: string[] }) {
  const { t } = useTranslation('calendar');
  return (
    <Group gap={2} wrap="nowrap" role="list" aria-label={t('chip.networks')}>
      {networks.map((n) => {
        const mark = NETWORK_MARK[n] ?? { letter: n.slice(0, 1).toUpperCase(), colour: '#868e96' };
        return (
          <Box
            key={n}
            role="listitem"
            aria-label={t(`networks.${n}`, { defaultValue: n })}
            title={t(`networks.${n}`, { defaultValue: n })}
            style={{
              background: mark.colour,
              color: 'white',
              borderRadius: 3,
              fontSize: 9,
              fontWeight: 700,
              lineHeight: '13px',
              width: 13,
              textAlign: 'center',
              flex: 'none',
            }}
          >
            {mark.letter}
          </Box>
        );
      })}
    </Group>
  );
}

/** A status as a coloured dot with its name for screen readers and on hover. */
export function StatusDot({ status }: { status: string }) {
  const { t } = useTranslation('calendar');
  const label = t(`status.${status}`, { defaultValue: status });
  return (
    <Box
      component="span"
      role="img"
      aria-label={label}
      title={label}
      style={{
        width: 8,
        height: 8,
        borderRadius: 8,
        flex: 'none',
        background: `var(--mantine-color-${STATUS_COLOUR[status] ?? 'gray'}-6)`,
      }}
    />
  );
}

/**
 * One post on the calendar: its time, networks, title and status, on a band of its objective's or
 * pillar's colour. Click opens the composer; drag (when allowed) moves it; the menu offers the same
 * move from the keyboard.
 */
export function PostChip({ placed }: { placed: PlacedPost }) {
  const { t } = useTranslation('calendar');
  const cal = useCalendar();
  const { post } = placed;
  const block = moveBlock(post, cal.canPublish);
  const published = post.variants.filter((v) => v.remoteUrl);
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData('text/plain', post.id);
    e.dataTransfer.effectAllowed = 'move';
    cal.setDragging(placed);
  };
  const chip = (
    <Group
      gap={2}
      wrap="nowrap"
      align="flex-start"
      data-testid="calendar-chip"
      data-post-id={post.id}
      data-status={post.status}
      draggable={!block && !placed.pending}
      onDragStart={block ? undefined : onDragStart}
      onDragEnd={() => cal.setDragging(null)}
      style={{
        background: 'var(--mantine-color-body)',
        border: '1px solid var(--mantine-color-gray-3)',
        borderLeftWidth: 4,
        borderLeftColor: cal.colourOf(post),
        borderRadius: 4,
        padding: '1px 2px 1px 4px',
        opacity: placed.pending ? 0.6 : 1,
        cursor: block ? 'pointer' : 'grab',
        minWidth: 0,
      }}
    >
      <UnstyledButton
        onClick={(e) => {
          e.stopPropagation();
          cal.openPost(post.id);
        }}
        onDoubleClick={(e) => e.stopPropagation()}
        style={{ flex: 1, minWidth: 0 }}
        aria-label={t('chip.open', { title: post.title, time: cal.time(placed.local.slice(11, 16)) })}
      >
        {/* Two lines: what and when at a glance, then as much of the title as the cell allows. */}
        <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
          <StatusDot status={post.status} />
          <Text size="xs" fw={600} style={{ flex: 'none' }}>
            {cal.time(placed.local.slice(11, 16))}
          </Text>
          <NetworkMarks networks={networksOf(post)} />
        </Group>
        <Text size="xs" truncate="end" lh={1.3}>
          {post.title}
        </Text>
      </UnstyledButton>
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <ActionIcon
            size="xs"
            variant="subtle"
            color="gray"
            aria-label={t('chip.menu', { title: post.title })}
            onClick={(e) => e.stopPropagation()}
            onDoubleClick={(e) => e.stopPropagation()}
          >
            <IconDots size={14} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown onClick={(e) => e.stopPropagation()}>
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => cal.openPost(post.id)}>
            {t('chip.openAction')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconClock size={14} />}
            disabled={!!block || placed.pending}
            onClick={() => cal.askMove(placed)}
          >
            {t('chip.moveTo')}
          </Menu.Item>
          {published.map((v) => (
            <Menu.Item
              key={v.id}
              component="a"
              href={v.remoteUrl ?? undefined}
              target="_blank"
              rel="noreferrer"
              leftSection={<IconExternal size={14} />}
              data-testid="calendar-published-link"
            >
              {t('chip.viewOn', { network: t(`networks.${v.network}`, { defaultValue: v.network }) })}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
  if (!block) return chip;
  return (
    <Tooltip label={t(`chip.locked.${block}`)} openDelay={400} withinPortal multiline w={240}>
      {chip}
    </Tooltip>
  );
}
