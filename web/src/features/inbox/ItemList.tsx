import { Box, Button, Center, Checkbox, Group, Loader, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IconMail } from '../../components/icons.js';
import { EmptyState, LoadError, Loading } from '../../components/ui.js';
import type { InboxItem } from './inbox.types.js';
import { ItemRow } from './ItemRow.js';
import type { InboxPeople } from './people.js';

/** The scrolling list; the next page loads when its end comes into view. */
export function ItemList({
  items,
  query,
  activeId,
  selected,
  selectable,
  people,
  now,
  filtered,
  onOpen,
  onToggle,
  onToggleAll,
  onClearFilters,
}: {
  items: InboxItem[];
  query: {
    isPending: boolean;
    error: unknown;
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    fetchNextPage: () => unknown;
    refetch: () => unknown;
  };
  activeId: string | null;
  selected: string[];
  selectable: boolean;
  people: InboxPeople;
  now: number;
  filtered: boolean;
  onOpen: (id: string) => void;
  onToggle: (id: string) => void;
  onToggleAll: (all: boolean) => void;
  onClearFilters: () => void;
}) {
  const { t } = useTranslation('inbox');
  const end = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;

  useEffect(() => {
    const el = end.current;
    if (!el || !hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  // Keep the item opened with j/k in view.
  useEffect(() => {
    if (!activeId) return;
    document.querySelector(`[data-item-id="${CSS.escape(activeId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  if (query.isPending) return <Loading />;
  if (query.error)
    return (
      <Box p="sm">
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      </Box>
    );
  if (!items.length)
    return (
      <EmptyState
        icon={IconMail}
        title={filtered ? t('list.emptyFiltered') : t('list.empty')}
        description={filtered ? undefined : t('list.emptyHint')}
        action={
          filtered && (
            <Button variant="light" size="xs" onClick={onClearFilters}>
              {t('filters.clear')}
            </Button>
          )
        }
      />
    );
  const all = selected.length > 0 && selected.length === items.length;
  return (
    <Box>
      {selectable && (
        <Group px="sm" py={4} gap="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
          <Checkbox
            size="xs"
            checked={all}
            indeterminate={selected.length > 0 && !all}
            onChange={() => onToggleAll(!all)}
            label={t('list.selectAll')}
          />
        </Group>
      )}
      <Box role="list" aria-label={t('list.label')}>
        {items.map((item) => (
          <Box role="listitem" key={item.id}>
            <ItemRow
              item={item}
              active={item.id === activeId}
              selected={selected.includes(item.id)}
              selectable={selectable}
              assigneeName={people.nameOf(item.assigneeId)}
              now={now}
              onOpen={onOpen}
              onToggle={onToggle}
            />
          </Box>
        ))}
      </Box>
      <div ref={end} />
      <Center p="sm">
        {isFetchingNextPage ? (
          <Loader size="xs" />
        ) : hasNextPage ? (
          <Button size="xs" variant="subtle" onClick={() => void fetchNextPage()}>
            {t('list.more')}
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            {t('list.end', { count: items.length })}
          </Text>
        )}
      </Center>
    </Box>
  );
}
