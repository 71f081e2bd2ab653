import { SegmentedControl } from '@mantine/core';
import { LineChart } from '@mantine/charts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { LoadError, Loading, Panel } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { useSeries, type Range } from './analytics.api.js';
import type { SeriesMetric } from './analytics.types.js';
import { ChartFigure } from './ChartFigure.js';
import { useFigures } from './figures.js';
import { periodDays } from './period.js';

const METRICS: SeriesMetric[] = ['engagements', 'link_clicks', 'conversions'];
const COLORS: Record<string, string> = {
  engagements: 'indigo.6',
  link_clicks: 'teal.6',
  conversions: 'orange.6',
};

/** Engagements, link clicks and conversions per day or week of the period (workspace wall-clock buckets). */
export function SeriesPanel({ range }: { range: Range }) {
  const { t } = useTranslation('analytics');
  const { id: ws } = useWorkspace();
  const fig = useFigures();
  const fmt = useFormat();
  // Days read well up to about two months; beyond, weeks.
  const [bucket, setBucket] = useState<'day' | 'week'>(() =>
    periodDays(range.from, range.to) > 62 ? 'week' : 'day',
  );
  const series = useSeries(ws, range, METRICS, bucket);

  const data =
    series.data?.points.map((p) => ({
      bucket: p.from,
      ...Object.fromEntries(METRICS.map((m) => [m, p.values[m] ?? null])),
    })) ?? [];
  const caption = t('series.caption', {
    bucket: t(`series.buckets.${bucket}`),
    from: fmt.day(range.from),
    to: fmt.day(range.to),
  });

  return (
    <Panel
      title={t('series.title')}
      description={t('series.description')}
      actions={
        <SegmentedControl
          size="xs"
          value={bucket}
          onChange={(v) => setBucket(v as 'day' | 'week')}
          data={[
            { value: 'day', label: t('series.buckets.day') },
            { value: 'week', label: t('series.buckets.week') },
          ]}
          aria-label={t('series.bucket')}
        />
      }
    >
      {series.isPending ? (
        <Loading />
      ) : series.isError ? (
        <LoadError error={series.error} onRetry={() => void series.refetch()} />
      ) : (
        <ChartFigure
          caption={caption}
          columns={[t('series.bucketColumn'), ...METRICS.map((m) => t(`metrics.${m}`))]}
          rows={(series.data.points ?? []).map((p) => [
            p.from === p.to ? p.from : `${p.from} – ${p.to}`,
            ...METRICS.map((m) => fig.count(p.values[m] ?? null)),
          ])}
        >
          <LineChart
            h={260}
            data={data}
            dataKey="bucket"
            series={METRICS.map((m) => ({ name: m, label: t(`metrics.${m}`), color: COLORS[m] ?? 'gray.6' }))}
            withLegend
            legendProps={{ verticalAlign: 'top', height: 36 }}
            connectNulls={false}
            curveType="linear"
            valueFormatter={(v) => fig.count(v)}
            yAxisLabel={t('series.yAxis')}
            xAxisProps={{ tickFormatter: (d: string) => d.slice(5) }}
          />
        </ChartFigure>
      )}
    </Panel>
  );
}
