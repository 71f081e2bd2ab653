import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Totals } from './budget.api.js';
import { useMoney } from './money.js';

/** Planned, committed, actual and variance of the period, as four figures. */
export function SummaryCards({ total }: { total: Totals }) {
  const { t } = useTranslation('budget');
  const money = useMoney();
  const cards = [
    { key: 'planned', value: money.format(total.planned), hint: null, color: undefined },
    {
      key: 'committed',
      value: money.format(total.committed),
      hint: t('summary.committedHint', { left: money.format(total.planned - total.committed) }),
      color: undefined,
    },
    {
      key: 'actual',
      value: money.format(total.actual),
      hint: total.consumedPercent === null ? null : t('summary.consumed', { percent: total.consumedPercent }),
      color: undefined,
    },
    {
      key: 'variance',
      value: money.signed(total.variance),
      hint: total.variance > 0 ? t('summary.over') : t('summary.under'),
      color: total.variance > 0 ? 'red.7' : 'teal.7',
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
      {cards.map((c) => (
        <Paper key={c.key} withBorder radius="md" p="md" shadow="xs">
          <Text size="xs" tt="uppercase" fw={600} c="dimmed">
            {t(`summary.${c.key}`)}
          </Text>
          <Text size="xl" fw={700} mt={4} c={c.color} data-testid={`total-${c.key}`}>
            {c.value}
          </Text>
          {c.hint && (
            <Text size="xs" c="dimmed" mt={2}>
              {c.hint}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** A variance as text: red when over plan, green when under, dimmed when on plan. */
export function Variance({ value }: { value: number }) {
  const money = useMoney();
  return (
    <Text size="sm" fw={600} c={value > 0 ? 'red.7' : value < 0 ? 'teal.7' : 'dimmed'} span>
      {money.signed(value)}
    </Text>
  );
}
