import { Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client.js';
import { keys, queryString, wsPath } from '../../api/paths.js';
import type { AuditPage as Page } from '../../api/types.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconDownload, IconHistory } from '../../components/icons.js';
import { EmptyState, LoadError, Loading, PageHeader, Panel } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { useMembers } from '../members/members.api.js';
import { AuditDetail } from './AuditDetail.js';

const PAGE_SIZE = 50;

/** Local midnight of a calendar day, as the ISO instant the API compares with. */
function startOfDay(ymd: string, plusDays = 0): string {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** Every change in the workspace: who, what, when, on which object, before and after. */
export default function AuditPage() {
  const { t } = useTranslation('audit');
  const { id, may } = useWorkspace();
  const fmt = useFormat();
  const members = useMembers(id, may('members.read'));
  const [actor, setActor] = useState<string | null>(null);
  const [action, setAction] = useState('');
  const [objectType, setObjectType] = useState('');
  const [period, setPeriod] = useState<[string | null, string | null]>([null, null]);
  const [open, setOpen] = useState<string | null>(null);
  const [debouncedAction] = useDebouncedValue(action.trim(), 300);
  const [debouncedType] = useDebouncedValue(objectType.trim(), 300);

  const filters = useMemo(() => {
    const f: Record<string, string> = {};
    if (actor) f.actorUserId = actor;
    if (debouncedAction) f.action = debouncedAction;
    if (debouncedType) f.objectType = debouncedType;
    if (period[0]) f.from = startOfDay(period[0]);
    if (period[1]) f.to = startOfDay(period[1], 1);
    return f;
  }, [actor, debouncedAction, debouncedType, period]);

  const query = useInfiniteQuery({
    queryKey: keys.audit(id, filters),
    queryFn: ({ pageParam }) =>
      get<Page>(wsPath(id, `/audit${queryString({ ...filters, before: pageParam, limit: PAGE_SIZE })}`)),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const entries = query.data?.pages.flatMap((p) => p.data) ?? [];
  const filtered = Object.keys(filters).length > 0;
  const clear = () => {
    setActor(null);
    setAction('');
    setObjectType('');
    setPeriod([null, null]);
  };

  const body = () => {
    if (query.isPending) return <Loading />;
    if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
    if (!entries.length)
      return (
        <EmptyState
          icon={IconHistory}
          title={filtered ? t('emptyFiltered') : t('empty')}
          action={
            filtered && (
              <Button variant="light" onClick={clear}>
                {t('filters.clear')}
              </Button>
            )
          }
        />
      );
    return (
      <>
        <Table.ScrollContainer minWidth={820}>
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.when')}</Table.Th>
                <Table.Th>{t('columns.who')}</Table.Th>
                <Table.Th>{t('columns.action')}</Table.Th>
                <Table.Th>{t('columns.object')}</Table.Th>
                <Table.Th>{t('columns.summary')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Fragment key={e.id}>
                  <Table.Tr
                    onClick={() => setOpen(open === e.id ? null : e.id)}
                    style={{ cursor: 'pointer' }}
                    aria-expanded={open === e.id}
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">{fmt.dateTime(e.createdAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.actorLabel}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {e.action}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.objectType}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {e.summary}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                  {open === e.id && (
                    <Table.Tr>
                      <Table.Td colSpan={5} bg="gray.0">
                        <AuditDetail entry={e} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="center" p="md">
          {query.hasNextPage ? (
            <Button
              variant="default"
              onClick={() => void query.fetchNextPage()}
              loading={query.isFetchingNextPage}
            >
              {t('more')}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {t('end', { count: entries.length })}
            </Text>
          )}
        </Group>
      </>
    );
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button
            component="a"
            href={wsPath(id, `/audit.csv${queryString(filters)}`)}
            download
            variant="default"
            leftSection={<IconDownload />}
          >
            {t('export')}
          </Button>
        }
      />
      <Stack gap="lg">
        <Panel>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <Select
              label={t('filters.actor')}
              placeholder={t('filters.anyone')}
              data={(members.data?.data ?? []).map((m) => ({ value: m.userId, label: m.name }))}
              value={actor}
              onChange={setActor}
              clearable
              searchable
            />
            <TextInput
              label={t('filters.action')}
              placeholder={t('filters.actionPlaceholder')}
              value={action}
              onChange={(e) => setAction(e.currentTarget.value)}
            />
            <TextInput
              label={t('filters.objectType')}
              placeholder={t('filters.objectTypePlaceholder')}
              value={objectType}
              onChange={(e) => setObjectType(e.currentTarget.value)}
            />
            <DatePickerInput
              type="range"
              label={t('filters.period')}
              placeholder={t('filters.anyTime')}
              value={period}
              onChange={setPeriod}
              clearable
              allowSingleDateInRange
            />
          </SimpleGrid>
        </Panel>
        <Panel padding={0}>{body()}</Panel>
      </Stack>
    </>
  );
}
