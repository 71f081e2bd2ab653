import { Anchor, Badge, Grid, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useWorkspace } from '../../app/workspace.js';
import { LoadError, Loading, Panel } from '../../components/ui.js';
import { useExecutive, type Range } from './analytics.api.js';
import type { ExecutiveAnswer, IndicatorStatus } from './analytics.types.js';
import { useFormat } from '../../lib/format.js';
import { Delta } from './Delta.js';
import { useFigures, type Figures } from './figures.js';

type HeadlineKey = keyof ExecutiveAnswer['headline'];
const HEADLINE: { key: HeadlineKey; kind: 'count' | 'money' | 'percent'; higherIsBetter: boolean }[] = [
  { key: 'posts', kind: 'count', higherIsBetter: true },
  { key: 'engagements', kind: 'count', higherIsBetter: true },
  { key: 'linkClicks', kind: 'count', higherIsBetter: true },
  { key: 'conversions', kind: 'count', higherIsBetter: true },
  { key: 'attributedValue', kind: 'money', higherIsBetter: true },
  { key: 'cost', kind: 'money', higherIsBetter: false },
  { key: 'roi', kind: 'percent', higherIsBetter: true },
];
const STATUS_ORDER: IndicatorStatus[] = ['on_track', 'behind', 'no_target', 'no_value'];
const STATUS_COLOR: Record<IndicatorStatus, string> = {
  on_track: 'teal',
  behind: 'red',
  no_target: 'gray',
  no_value: 'gray',
};

function show(fig: Figures, kind: 'count' | 'money' | 'percent', v: number | null, currency: string) {
  return kind === 'money' ? fig.money(v, currency) : kind === 'percent' ? fig.percent(v) : fig.count(v);
}

/**
 * The management summary: the headline figures against the previous period, where each objective
 * stands, and the largest risks of not investing. Read-only; `compact` is the home page's version.
 */
export function ExecutivePanel({ range, compact = false }: { range?: Range; compact?: boolean }) {
  const { t } = useTranslation('analytics');
  const { id: ws } = useWorkspace();
  const fig = useFigures();
  const fmt = useFormat();
  const exec = useExecutive(ws, range);

  const link = (
    <Anchor component={Link} to={`/w/${ws}/analytics`} size="sm" fw={500}>
      {t('executive.open')}
    </Anchor>
  );
  if (exec.isPending)
    return (
      <Panel title={t('executive.title')}>
        <Loading />
      </Panel>
    );
  if (exec.isError)
    return (
      <Panel title={t('executive.title')}>
        <LoadError error={exec.error} onRetry={() => void exec.refetch()} />
      </Panel>
    );
  const d = exec.data;
  const rows = compact ? HEADLINE.filter((h) => h.key !== 'posts' && h.key !== 'linkClicks') : HEADLINE;

  return (
    <Panel
      title={t('executive.title')}
      description={t('executive.period', {
        from: fmt.day(d.period.from),
        to: fmt.day(d.period.to),
        prevFrom: fmt.day(d.previousPeriod.from),
        prevTo: fmt.day(d.previousPeriod.to),
      })}
      actions={compact ? link : undefined}
    >
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: compact ? 12 : 7 }}>
          <Table verticalSpacing={4} aria-label={t('executive.headline')} data-testid="executive-headline">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('executive.figure')}</Table.Th>
                <Table.Th ta="right">{t('executive.current')}</Table.Th>
                <Table.Th ta="right">{t('executive.previous')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((h) => {
                const c = d.headline[h.key];
                return (
                  <Table.Tr key={h.key}>
                    <Table.Td>{t(`executive.figures.${h.key}`)}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {c ? show(fig, h.kind, c.current, d.currency) : '—'}
                    </Table.Td>
                    <Table.Td ta="right" c="dimmed">
                      {c ? show(fig, h.kind, c.previous, d.currency) : '—'}
                    </Table.Td>
                    <Table.Td>
                      {c && (
                        <Delta current={c.current} previous={c.previous} higherIsBetter={h.higherIsBetter} />
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: compact ? 12 : 5 }}>
          <Stack gap="lg">
            {!compact && (
              <Stack gap="xs">
                <Text fw={600} size="sm">
                  {t('executive.objectives')}
                </Text>
                {d.objectives.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('executive.noObjectives')}
                  </Text>
                ) : (
                  d.objectives.map((o) => (
                    <Group key={o.id} justify="space-between" wrap="wrap" gap={4}>
                      <Text size="sm" title={o.title}>
                        {o.title}
                      </Text>
                      <Group gap={4} wrap="wrap">
                        {STATUS_ORDER.filter((s) => (o.cards?.[s] ?? 0) > 0).map((s) => (
                          <Badge key={s} size="sm" variant="light" color={STATUS_COLOR[s]}>
                            {t('executive.statusCount', {
                              count: o.cards?.[s] ?? 0,
                              status: t(`status.${s}`),
                            })}
                          </Badge>
                        ))}
                      </Group>
                    </Group>
                  ))
                )}
              </Stack>
            )}
            <Stack gap="xs">
              <Text fw={600} size="sm">
                {t('executive.risks')}
              </Text>
              {!d.risks || d.risks.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('executive.noRisks')}
                </Text>
              ) : (
                <List size="sm" spacing={4}>
                  {d.risks.map((r, i) => (
                    <List.Item key={`${r.kind}-${i}`}>
                      {r.label === r.kind ? t(`risk.kinds.${r.kind}`, r.kind) : r.label} —{' '}
                      {r.expectedLoss === null ? (
                        <Text span c="dimmed" size="sm">
                          {t('unavailable.needs_assumption')}
                        </Text>
                      ) : (
                        <b>{fig.money(r.expectedLoss, d.currency)}</b>
                      )}
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          </Stack>
        </Grid.Col>
      </Grid>
    </Panel>
  );
}
