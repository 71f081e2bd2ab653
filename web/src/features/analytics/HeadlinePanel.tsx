import { Anchor, Group, Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { LoadError, Loading, Panel } from '../../components/ui.js';
import { useMetrics, useRoni, type Range } from './analytics.api.js';
import type { IndicatorValue } from './analytics.types.js';
import { ExplainDrawer, type ExplainTarget } from './ExplainDrawer.js';
import { useFigures } from './figures.js';

/** ROI, then return on attention, in the order a manager reads them; RONI comes from its own route. */
export const HEADLINE_METRICS = [
  'roi',
  'attributed_value',
  'conversions',
  'engagements',
  'engagement_rate_impressions',
  'engagement_rate_followers',
  'link_clicks',
  'attention_per_euro',
  'attention_per_hour',
] as const;

/** The workspace's return on investment, on attention and risk of non-investment for the period. */
export function HeadlinePanel({ range, onRisk }: { range: Range; onRisk?: () => void }) {
  const { t } = useTranslation('analytics');
  const { id: ws } = useWorkspace();
  const fig = useFigures();
  const metrics = useMetrics(ws, range, { kind: 'workspace' }, [...HEADLINE_METRICS]);
  const roni = useRoni(ws, range);
  const [explain, setExplain] = useState<ExplainTarget | null>(null);

  const body = metrics.isPending ? (
    <Loading />
  ) : metrics.isError ? (
    <LoadError error={metrics.error} onRetry={() => void metrics.refetch()} />
  ) : (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
      {metrics.data.values.map((v) => (
        <Tile
          key={v.metric}
          value={v}
          onExplain={() =>
            setExplain({ title: t(`metrics.${v.metric}`, v.metric), value: v, scope: { kind: 'workspace' } })
          }
        />
      ))}
      <Paper withBorder radius="md" p="sm" data-metric="roni">
        <Text size="xs" c="dimmed">
          {t('metrics.roni_total')}
        </Text>
        <Text fw={700} fz="lg">
          {roni.data ? fig.money(roni.data.estimate.total, roni.data.estimate.currency) : '…'}
        </Text>
        {onRisk && (
          <Anchor component="button" size="xs" onClick={onRisk}>
            {t('headline.seeRisks')}
          </Anchor>
        )}
      </Paper>
    </SimpleGrid>
  );

  return (
    <Panel title={t('headline.title')} description={t('headline.description')}>
      {body}
      <ExplainDrawer target={explain} range={range} onClose={() => setExplain(null)} />
    </Panel>
  );
}

function Tile({ value, onExplain }: { value: IndicatorValue; onExplain: () => void }) {
  const { t } = useTranslation('analytics');
  const fig = useFigures();
  const reason = fig.reason(value);
  const name = t(`metrics.${value.metric}`, value.metric);
  return (
    <Paper withBorder radius="md" p="sm" data-metric={value.metric}>
      <Text size="xs" c="dimmed" lineClamp={2} title={name} mih={34}>
        {name}
      </Text>
      {reason ? (
        <Text size="sm" c="dimmed" fs="italic" mt={4}>
          {reason}
        </Text>
      ) : (
        <Text fw={700} fz="lg">
          {fig.value(value.value, value.unit, value.currency)}
        </Text>
      )}
      <Group justify="space-between" gap={4} mt={2}>
        {value.coverage && value.coverage.reported < value.coverage.of ? (
          <Text size="xs" c="dimmed">
            {t('cards.coverageShort', value.coverage)}
          </Text>
        ) : (
          <span />
        )}
        <UnstyledButton onClick={onExplain} aria-label={t('explain.openFor', { name })}>
          <Text size="xs" c="indigo" td="underline">
            {t('explain.short')}
          </Text>
        </UnstyledButton>
      </Group>
    </Paper>
  );
}
