import { MultiSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarFilterOptions } from './calendar.types.js';
import { POST_STATUSES } from './calendar.types.js';
import { FILTER_KEYS, type FilterKey, type Filters } from './url-state.js';

/** The six multi-select filters of the calendar; choices from GET /calendar/filters. */
export function FilterBar({
  filters,
  options,
  onChange,
}: {
  filters: Filters;
  options?: CalendarFilterOptions;
  onChange: (f: Filters) => void;
}) {
  const { t } = useTranslation('calendar');
  const networks = [...new Set((options?.accounts ?? []).map((a) => a.network))].sort();
  const data: Record<FilterKey, { value: string; label: string }[]> = {
    objective: (options?.objectives ?? []).map((o) => ({ value: o.id, label: o.title })),
    action: (options?.actions ?? []).map((a) => ({ value: a.id, label: a.title })),
    pillar: (options?.pillars ?? []).map((p) => ({ value: p.id, label: p.name })),
    network: networks.map((n) => ({ value: n, label: t(`networks.${n}`, { defaultValue: n }) })),
    status: POST_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    author: (options?.authors ?? []).map((a) => ({ value: a.id, label: a.name })),
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }} spacing="xs" mb="md" data-testid="calendar-filters">
      {FILTER_KEYS.map((key) => {
        // Keep a value the options no longer list (a link from a colleague) visible rather than dropping it.
        const known = new Set(data[key].map((d) => d.value));
        const extra = filters[key].filter((v) => !known.has(v)).map((v) => ({ value: v, label: v }));
        return (
          <MultiSelect
            key={key}
            label={t(`filters.${key}`)}
            placeholder={filters[key].length ? undefined : t('filters.any')}
            data={[...data[key], ...extra]}
            value={filters[key]}
            onChange={(v) => onChange({ ...filters, [key]: v })}
            searchable
            clearable
            size="xs"
            comboboxProps={{ withinPortal: true }}
          />
        );
      })}
    </SimpleGrid>
  );
}
