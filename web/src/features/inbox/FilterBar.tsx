import { Button, Chip, Group, Select, Stack, Tabs, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconSearch } from '../../components/icons.js';
import { activeFilterCount, DEFAULT_FILTERS, STATE_TABS, type InboxFilters } from './filters.js';
import { INBOX_NETWORKS, PRIORITIES, SENTIMENTS, type Priority, type Sentiment } from './inbox.types.js';
import type { InboxPeople } from './people.js';

/** State tabs and the filters above the list; every change lands in the address. */
export function FilterBar({
  filters,
  people,
  onChange,
}: {
  filters: InboxFilters;
  people: InboxPeople;
  onChange: (f: InboxFilters) => void;
}) {
  const { t } = useTranslation('inbox');
  const [q, setQ] = useState(filters.q);
  const pushQ = useDebouncedCallback((value: string) => onChange({ ...filters, q: value }), 350);
  // The address may change from elsewhere (back button): follow it.
  useEffect(() => setQ(filters.q), [filters.q]);
  const set = <K extends keyof InboxFilters>(key: K, value: InboxFilters[K]) =>
    onChange({ ...filters, [key]: value });
  const accounts = people.accounts.filter((a) => !filters.network || a.network === filters.network);

  return (
    <Stack gap="xs" p="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Tabs value={filters.tab} onChange={(v) => v && set('tab', v as InboxFilters['tab'])} variant="pills">
        <Tabs.List>
          {STATE_TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab} fz="xs" px="xs" py={4}>
              {t(`tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <TextInput
        size="xs"
        leftSection={<IconSearch size={14} />}
        placeholder={t('filters.search')}
        aria-label={t('filters.search')}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          pushQ(e.currentTarget.value);
        }}
      />
      <Group gap={6} grow>
        <Select
          size="xs"
          aria-label={t('filters.network')}
          placeholder={t('filters.anyNetwork')}
          data={INBOX_NETWORKS.map((n) => ({ value: n, label: t(`network.${n}`) }))}
          value={filters.network}
          onChange={(v) => onChange({ ...filters, network: v, accountId: null })}
          clearable
        />
        <Select
          size="xs"
          aria-label={t('filters.account')}
          placeholder={t('filters.anyAccount')}
          data={accounts}
          value={filters.accountId}
          onChange={(v) => set('accountId', v)}
          clearable
          searchable
        />
      </Group>
      <Group gap={6} grow>
        <Select
          size="xs"
          aria-label={t('filters.priority')}
          placeholder={t('filters.anyPriority')}
          data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
          value={filters.priority}
          onChange={(v) => set('priority', v as Priority | null)}
          clearable
        />
        <Select
          size="xs"
          aria-label={t('filters.sentiment')}
          placeholder={t('filters.anySentiment')}
          data={SENTIMENTS.map((s) => ({ value: s, label: t(`sentiment.${s}`) }))}
          value={filters.sentiment}
          onChange={(v) => set('sentiment', v as Sentiment | null)}
          clearable
        />
      </Group>
      <Group gap={6} justify="space-between">
        <Group gap={6}>
          <Chip size="xs" checked={filters.question} onChange={(v) => set('question', v)}>
            {t('filters.questions')}
          </Chip>
          <Chip size="xs" color="red" checked={filters.overdue} onChange={(v) => set('overdue', v)}>
            {t('filters.overdue')}
          </Chip>
        </Group>
        {activeFilterCount(filters) > 0 && (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => onChange({ ...DEFAULT_FILTERS, tab: filters.tab })}
          >
            {t('filters.clear')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
