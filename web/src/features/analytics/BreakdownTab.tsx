import { Stack, Text } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { EmptyState, LoadError, Loading, Panel } from '../../components/ui.js';
import { useBreakdown, type Range } from './analytics.api.js';
import type { BreakdownBy, BreakdownFigures, BreakdownRow } from './analytics.types.js';
import { ChartFigure, FiguresTable } from './ChartFigure.js';
import { useFigures, type Figures } from './figures.js';
import { useNames } from './names.js';

/** Null figures read as their reason, never as 0. */
function Missing({ children }: { children: string }) {
  return (
    <Text span size="xs" c="dimmed" fs="italic">
      {children}
    </Text>
  );
}

/** The period's figures per network, pillar or action: a bar chart and the table behind it. */
export function BreakdownTab({ range, by }: { range: Range; by: Exclude<BreakdownBy, 'objective'> }) {
  const { t } = useTranslation('analytics');
  const { id: ws } = useWorkspace();
  const fig = useFigures();
  const names = useNames();
  const answer = useBreakdown(ws, range, by);

  if (answer.isPending) return <Loading />;
  if (answer.isError) return <LoadError error={answer.error} onRetry={() => void answer.refetch()} />;
  const { rows, unassigned, currency } = answer.data;
  if (rows.length === 0 && unassigned.posts === 0)
    return <EmptyState title={t('breakdown.empty')} description={t('breakdown.emptyHint')} />;

  const label = (r: BreakdownRow) => (by === 'network' ? names.network(r.key) || r.label : r.label);
  const nr = t('unavailable.short.not_reported');
  const cells = (f: BreakdownFigures, name: ReactNode) => {
    const out: ReactNode[] = [
      name,
      fig.count(f.posts),
      f.engagements === null ? <Missing>{nr}</Missing> : fig.count(f.engagements),
      f.impressions === null ? <Missing>{nr}</Missing> : fig.count(f.impressions),
      f.engagementRateImpressions === null ? (
        <Missing>{nr}</Missing>
      ) : (
        fig.percent(f.engagementRateImpressions)
      ),
      fig.count(f.linkClicks),
      fig.count(f.conversions),
      fig.money(f.attributedValue, currency),
    ];
    if (by === 'action')
      out.push(
        f.cost === null ? (
          <Missing>{t('unavailable.short.cost_not_attributable')}</Missing>
        ) : (
          fig.money(f.cost, currency)
        ),
      );
    if (by === 'pillar') out.push(shareCell(fig, f.share), shareCell(fig, f.targetShare));
    return out;
  };
  const columns = [
    { key: 'label', label: t(`breakdown.group.${by}`) },
    { key: 'posts', label: t('breakdown.posts'), numeric: true },
    { key: 'engagements', label: t('metrics.engagements'), numeric: true },
    { key: 'impressions', label: t('metrics.impressions'), numeric: true },
    { key: 'rate', label: t('metrics.engagement_rate_impressions'), numeric: true },
    { key: 'clicks', label: t('metrics.link_clicks'), numeric: true },
    { key: 'conversions', label: t('metrics.conversions'), numeric: true },
    { key: 'value', label: t('metrics.attributed_value'), numeric: true },
    ...(by === 'action' ? [{ key: 'cost', label: t('breakdown.cost'), numeric: true }] : []),
    ...(by === 'pillar'
      ? [
          { key: 'share', label: t('breakdown.share'), numeric: true },
          { key: 'target', label: t('breakdown.targetShare'), numeric: true },
        ]
      : []),
  ];
  const tableRows = rows.map((r) => ({ key: r.key, cells: cells(r, label(r)) }));
  if (unassigned.posts > 0)
    tableRows.push({
      key: '__unassigned',
      cells: cells(unassigned, <i>{t(`breakdown.unassigned.${by}`)}</i>),
    });

  return (
    <Stack gap="lg">
      <Panel title={t(`breakdown.chartTitle.${by}`)}>
        {by === 'pillar' ? <MixChart rows={rows} /> : <FiguresChart rows={rows} label={label} by={by} />}
      </Panel>
      <Panel title={t(`breakdown.tableTitle.${by}`)} padding="md">
        <FiguresTable columns={columns} rows={tableRows} label={t(`breakdown.tableTitle.${by}`)} />
      </Panel>
    </Stack>
  );
}

function shareCell(fig: Figures, v: number | null | undefined): ReactNode {
  return v === null || v === undefined ? '—' : fig.percent(v);
}

/** Engagements, link clicks and conversions per group, as bars (null engagements draw no bar). */
function FiguresChart({
  rows,
  label,
  by,
}: {
  rows: BreakdownRow[];
  label: (r: BreakdownRow) => string;
  by: BreakdownBy;
}) {
  const { t } = useTranslation('analytics');
  const fig = useFigures();
  const data = rows.map((r) => ({
    group: label(r),
    engagements: r.engagements,
    linkClicks: r.linkClicks,
    conversions: r.conversions,
  }));
  const series = [
    { name: 'engagements', label: t('metrics.engagements'), color: 'indigo.6' },
    { name: 'linkClicks', label: t('metrics.link_clicks'), color: 'teal.6' },
    { name: 'conversions', label: t('metrics.conversions'), color: 'orange.6' },
  ];
  return (
    <ChartFigure
      caption={t(`breakdown.chartCaption.${by}`)}
      columns={[t(`breakdown.group.${by}`), ...series.map((s) => s.label)]}
      rows={data.map((d) => [
        d.group,
        d.engagements === null ? t('unavailable.short.not_reported') : fig.count(d.engagements),
        fig.count(d.linkClicks),
        fig.count(d.conversions),
      ])}
    >
      <BarChart
        h={Math.max(220, rows.length * 28)}
        data={data}
        dataKey="group"
        series={series}
        withLegend
        legendProps={{ verticalAlign: 'top', height: 36 }}
        valueFormatter={(v) => fig.count(v)}
        yAxisLabel={t('breakdown.countAxis')}
      />
    </ChartFigure>
  );
}

/** Each pillar's real share of posts against the editorial line's target share. */
function MixChart({ rows }: { rows: BreakdownRow[] }) {
  const { t } = useTranslation('analytics');
  const fig = useFigures();
  const data = rows.map((r) => ({
    group: r.label,
    share: r.share ?? null,
    targetShare: r.targetShare ?? null,
  }));
  const series = [
    { name: 'share', label: t('breakdown.share'), color: 'indigo.6' },
    { name: 'targetShare', label: t('breakdown.targetShare'), color: 'gray.5' },
  ];
  return (
    <ChartFigure
      caption={t('breakdown.mixCaption')}
      columns={[t('breakdown.group.pillar'), ...series.map((s) => s.label)]}
      rows={data.map((d) => [d.group, shareText(fig, d.share), shareText(fig, d.targetShare)])}
    >
      <BarChart
        h={260}
        data={data}
        dataKey="group"
        series={series}
        withLegend
        legendProps={{ verticalAlign: 'top', height: 36 }}
        valueFormatter={(v) => fig.percent(v)}
        yAxisProps={{ domain: [0, 100] }}
      />
    </ChartFigure>
  );
}

function shareText(fig: Figures, v: number | null): string {
  return v === null ? '—' : fig.percent(v);
}
