import { ActionIcon, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconChevronRight } from '../../components/icons.js';
import { useFormat } from '../../lib/format.js';
import { addDays, addWeeks, mondayOf } from './calendar.js';

/** Previous / next week around a label "Week 50 · 7 Dec – 13 Dec 2026". */
export function WeekPicker({
  label,
  week,
  onChange,
}: {
  label: string;
  week: string;
  onChange: (w: string) => void;
}) {
  const { t } = useTranslation('organisation');
  const fmt = useFormat();
  const monday = mondayOf(week);
  return (
    <Box>
      <Text size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <Group gap={4} wrap="nowrap">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('week.previous')}
          onClick={() => onChange(addWeeks(week, -1))}
        >
          <IconChevronRight style={{ transform: 'rotate(180deg)' }} />
        </ActionIcon>
        <Box
          px="sm"
          py={6}
          style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4, minWidth: 250 }}
        >
          <Text size="sm" ta="center" data-testid="week-label">
            {t('week.label', { week: week.slice(6), from: fmt.day(monday), to: fmt.day(addDays(monday, 6)) })}
          </Text>
        </Box>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('week.next')}
          onClick={() => onChange(addWeeks(week, 1))}
        >
          <IconChevronRight />
        </ActionIcon>
      </Group>
    </Box>
  );
}
