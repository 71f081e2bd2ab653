import { Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { EmptyState, LoadError, Loading } from '../../components/ui.js';
import { IconClock } from '../../components/icons.js';
import { calendarKeys, usePostPage } from './calendar.api.js';
import { useCalendar } from './calendar-context.js';
import type { CalendarFilterOptions } from './calendar.types.js';
import { networksOf, placePosts } from './layout.js';
import { NetworkMarks, StatusDot } from './PostChip.js';

/** The posts of the period as a table, a page at a time (the server's cursor). */
export function ListView({
  query,
  options,
}: {
  query: Record<string, string>;
  options?: CalendarFilterOptions;
}) {
  const { t } = useTranslation('calendar');
  const { id } = useWorkspace();
  const cal = useCalendar();
  // The cursors of the pages before the current one, so "Previous" needs no cursor from the server.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const key = JSON.stringify(calendarKeys.page(id, query));
  const [forKey, setForKey] = useState(key);
  if (forKey !== key) {
    // New period or filters: back to the first page.
    setForKey(key);
    setCursors([null]);
  }
  const cursor = cursors[cursors.length - 1] ?? null;
  const page = usePostPage(id, query, cursor);
  const lang = cal.locale;
  const dateFmt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  const name = (list: { id: string; title?: string; name?: string }[] | undefined, itemId: string | null) =>
    itemId
      ? (list?.find((x) => x.id === itemId)?.title ?? list?.find((x) => x.id === itemId)?.name ?? '—')
      : '—';

  if (page.isPending) return <Loading />;
  if (page.error) return <LoadError error={page.error} onRetry={() => void page.refetch()} />;
  const placed = placePosts(page.data.data, cal.timeZone);
  if (!placed.length && cursors.length === 1)
    return <EmptyState icon={IconClock} title={t('list.empty')} description={t('list.emptyHint')} />;
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table highlightOnHover verticalSpacing="xs" data-testid="calendar-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.time')}</Table.Th>
              <Table.Th>{t('list.title')}</Table.Th>
              <Table.Th>{t('list.networks')}</Table.Th>
              <Table.Th>{t('filters.objective')}</Table.Th>
              <Table.Th>{t('filters.pillar')}</Table.Th>
              <Table.Th>{t('filters.status')}</Table.Th>
              <Table.Th>{t('filters.author')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {placed.map(({ post, local }) => (
              <Table.Tr
                key={post.id}
                data-post-id={post.id}
                style={{ cursor: 'pointer' }}
                onClick={() => cal.openPost(post.id)}
              >
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {dateFmt.format(new Date(`${local.slice(0, 10)}T00:00:00Z`))} ·{' '}
                    {cal.time(local.slice(11, 16))}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <span
                      style={{
                        width: 4,
                        height: 18,
                        borderRadius: 2,
                        background: cal.colourOf(post),
                        flex: 'none',
                      }}
                    />
                    <Text size="sm" fw={500}>
                      {post.title}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <NetworkMarks networks={networksOf(post)} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{name(options?.objectives, post.objectiveId)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{name(options?.pillars, post.pillarId)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <StatusDot status={post.status} />
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {t(`status.${post.status}`, { defaultValue: post.status })}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{post.createdBy?.name ?? '—'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="flex-end" mt="sm" gap="xs">
        <Button
          size="xs"
          variant="default"
          disabled={cursors.length <= 1}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          {t('list.previous')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={!page.data.nextCursor}
          loading={page.isFetching}
          onClick={() => page.data.nextCursor && setCursors((c) => [...c, page.data.nextCursor])}
        >
          {t('list.next')}
        </Button>
      </Group>
    </>
  );
}
