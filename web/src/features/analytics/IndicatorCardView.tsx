import { Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { IndicatorCard, IndicatorStatus } from './analytics.types.js';
import { useFormat } from '../../lib/format.js';
import { ChartFigure } from './ChartFigure.js';
import { Delta } from './Delta.js';
import { useFigures } from './figures.js';

const STATUS_COLOR: Record<IndicatorStatus, string> = {
  on_track: 'teal',
  behind: 'red',
  no_target: 'gray',
  no_value: 'gray',
};

export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation('analytics');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" data-status={status} style={{ flex: 'none' }}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/**
 * One strategy indicator for the period: its value in its unit (or why there is none — never a 0),
 * the target, the previous period with the direction of change, the benchmark with its source, the
 * status and the trend.
 */
export function IndicatorCardView({
  card,
  networkName,
  onExplain,
}: {
  card: IndicatorCard;
  networkName: string;
  onExplain: () => void;
}) {
  const { t } = useTranslation('analytics');
  const fig = useFigures();
  const fmt = useFormat();
  const { current, previous } = card;
  const show = (v: number | null) => fig.value(v, current.unit, current.currency);
  const reason = fig.reason(current);
  const trend = card.trend.map((b) => ({ bucket: b.from, value: b.value }));
  const first = card.trend[0];
  const last = card.trend[card.trend.length - 1];
  const unitLabel = t(`unitNames.${current.unit}`, { currency: current.currency ?? fig.currency });
  const caption =
    first && last
      ? t('cards.trendCaption', { unit: unitLabel, from: fmt.day(first.from), to: fmt.day(last.to) })
      : t('cards.noTrend');

  return (
    <Paper withBorder radius="md" p="md" data-testid="indicator-card" data-metric={current.metric}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={600}>{card.name}</Text>
            <Text size="xs" c="dimmed">
              {t(`kinds.${card.kind}`)}
              {card.networkId ? ` · ${networkName}` : ''}
            </Text>
          </div>
          <StatusBadge status={card.status} />
        </Group>
        {reason ? (
          <Text size="sm" c="dimmed" fs="italic" data-testid="indicator-unavailable">
            {t('cards.unavailable', { reason })}
          </Text>
        ) : (
          <Text fz={26} fw={700} lh={1.1} data-testid="indicator-value">
            {show(current.value)}
          </Text>
        )}
        {current.coverage && current.coverage.reported < current.coverage.of && (
          <Text size="xs" c="dimmed">
            {t('cards.coverage', current.coverage)}
          </Text>
        )}
        <Group gap="lg" wrap="wrap">
          <Figure
            label={t('cards.target')}
            value={card.target === null ? t('cards.noTarget') : show(card.target)}
          />
          <div>
            <Text size="xs" c="dimmed">
              {t('cards.previous')}
            </Text>
            <Group gap={4} wrap="nowrap">
              <Text size="sm" fw={500}>
                {previous.value === null ? (fig.reason(previous) ?? '—') : show(previous.value)}
              </Text>
              <Delta current={current.value} previous={previous.value} higherIsBetter={card.higherIsBetter} />
            </Group>
          </div>
          {card.benchmark && (
            <Tooltip
              label={t('cards.benchmarkSource', { source: card.benchmark.source })}
              multiline
              w={300}
              withArrow
            >
              <div tabIndex={0} aria-label={t('cards.benchmarkSource', { source: card.benchmark.source })}>
                <Figure label={t('cards.benchmark')} value={show(card.benchmark.value)} dotted />
              </div>
            </Tooltip>
          )}
        </Group>
        {trend.some((b) => b.value !== null) && (
          <ChartFigure
            caption={caption}
            columns={[t('cards.bucket'), card.name]}
            rows={card.trend.map((b) => [`${b.from} – ${b.to}`, show(b.value)])}
          >
            <LineChart
              h={110}
              data={trend}
              dataKey="bucket"
              series={[{ name: 'value', label: card.name, color: 'indigo.6' }]}
              valueFormatter={(v) => show(v)}
              curveType="linear"
              dotProps={{ r: 2 }}
              connectNulls={false}
              gridAxis="y"
              yAxisProps={{ width: 70 }}
              xAxisProps={{ tickFormatter: (d: string) => d.slice(5) }}
            />
          </ChartFigure>
        )}
        <Group justify="flex-end">
          <Button variant="subtle" size="compact-sm" onClick={onExplain}>
            {t('explain.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Figure({ label, value, dotted }: { label: string; value: string; dotted?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed" td={dotted ? 'underline dotted' : undefined}>
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </div>
  );
}
