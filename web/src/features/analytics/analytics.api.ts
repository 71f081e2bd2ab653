import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, post } from '../../api/client.js';
import { queryString, wsPath } from '../../api/paths.js';
import type { DataOf } from '../../api/types.js';
import type {
  BreakdownAnswer,
  BreakdownBy,
  CardsAnswer,
  ExecutiveAnswer,
  MetricsAnswer,
  PostRanking,
  PostsAnswer,
  ReportSchedule,
  ReportScheduleInput,
  RoniAnswer,
  Scope,
  SeriesAnswer,
  SeriesMetric,
  TraceAnswer,
} from './analytics.types.js';

export interface Range {
  from: string;
  to: string;
}

const k = (ws: string, ...rest: unknown[]) => ['workspace', ws, 'analytics', ...rest] as const;
/** Query keys of the analytics feature (everything under the workspace's `analytics` key). */
export const analyticsKeys = {
  all: (ws: string) => k(ws),
  schedules: (ws: string) => k(ws, 'report-schedules'),
};

const url = (ws: string, path: string, params: Record<string, string | number | undefined>) =>
  wsPath(ws, `/analytics/${path}${queryString(params)}`);

// A figure changes only when new data arrives: a minute of staleness saves recomputing on every tab switch,
// and the previous period's answer stays on screen while the next one loads.
const figureQuery = { staleTime: 60_000, placeholderData: keepPreviousData } as const;

/** GET analytics/metrics for one scope (all catalogue metrics when `metrics` is absent). */
export function useMetrics(ws: string, range: Range, scope: Scope, metrics?: string[]) {
  return useQuery({
    queryKey: k(ws, 'metrics', range, scope, metrics ?? null),
    queryFn: () =>
      get<MetricsAnswer>(
        url(ws, 'metrics', { ...range, scope: scope.kind, scopeId: scope.id, metrics: metrics?.join(',') }),
      ),
    ...figureQuery,
  });
}

/** GET analytics/indicators: the strategy's step-7 indicator cards (all objectives). */
export function useIndicatorCards(ws: string, range: Range) {
  return useQuery({
    queryKey: k(ws, 'indicators', range),
    queryFn: () => get<CardsAnswer>(url(ws, 'indicators', { ...range })),
    ...figureQuery,
  });
}

/** GET analytics/roni: the risk of non-investment estimate. */
export function useRoni(ws: string, range: Range) {
  return useQuery({
    queryKey: k(ws, 'roni', range),
    queryFn: () => get<RoniAnswer>(url(ws, 'roni', { ...range })),
    ...figureQuery,
  });
}

/** GET analytics/trace: the rows behind one input of one metric (loaded when the drawer opens). */
export function useTrace(
  ws: string,
  range: Range,
  scope: Scope,
  ask: { metric: string; input: string } | null,
) {
  return useQuery({
    queryKey: k(ws, 'trace', range, scope, ask),
    queryFn: () =>
      get<TraceAnswer>(
        url(ws, 'trace', {
          ...range,
          scope: scope.kind,
          scopeId: scope.id,
          metric: ask?.metric,
          input: ask?.input,
        }),
      ),
    enabled: ask !== null,
    staleTime: 60_000,
  });
}

/** GET analytics/breakdown by network, pillar, action or objective. */
export function useBreakdown(ws: string, range: Range, by: BreakdownBy) {
  return useQuery({
    queryKey: k(ws, 'breakdown', range, by),
    queryFn: () => get<BreakdownAnswer>(url(ws, 'breakdown', { ...range, by })),
    ...figureQuery,
  });
}

/** GET analytics/posts: the top or bottom posts of the period by one metric. */
export function useRankedPosts(
  ws: string,
  range: Range,
  order: 'top' | 'bottom',
  by: PostRanking,
  limit = 5,
) {
  return useQuery({
    queryKey: k(ws, 'posts', range, order, by, limit),
    queryFn: () => get<PostsAnswer>(url(ws, 'posts', { ...range, order, by, limit })),
    ...figureQuery,
  });
}

/** GET analytics/series: metrics per day or week bucket. */
export function useSeries(ws: string, range: Range, metrics: SeriesMetric[], bucket: 'day' | 'week') {
  return useQuery({
    queryKey: k(ws, 'series', range, metrics, bucket),
    queryFn: () => get<SeriesAnswer>(url(ws, 'series', { ...range, metrics: metrics.join(','), bucket })),
    ...figureQuery,
  });
}

/** GET analytics/executive: the management summary, current against previous period. */
export function useExecutive(ws: string, range?: Range) {
  return useQuery({
    queryKey: k(ws, 'executive', range ?? null),
    queryFn: () => get<ExecutiveAnswer>(url(ws, 'executive', { ...range })),
    ...figureQuery,
  });
}

/** Download links of the reports (plain GETs: the session cookie authenticates them). */
export const reportUrls = {
  monthly: (ws: string, month: string, lang: string, format: 'pdf' | 'csv') =>
    url(ws, `reports/monthly.${format}`, { month, lang }),
  briefing: (ws: string, range: Range, lang: string) => url(ws, 'reports/briefing.pdf', { ...range, lang }),
};

/** Report schedules: list, create, delete. */
export function useReportSchedules(ws: string) {
  return useQuery({
    queryKey: analyticsKeys.schedules(ws),
    queryFn: () => get<DataOf<ReportSchedule[]>>(wsPath(ws, '/analytics/report-schedules')),
  });
}

export function useCreateSchedule(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportScheduleInput) =>
      post<DataOf<ReportSchedule>>(wsPath(ws, '/analytics/report-schedules'), input),
    onSuccess: () => qc.invalidateQueries({ queryKey: analyticsKeys.schedules(ws) }),
  });
}

export function useDeleteSchedule(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      del<void>(wsPath(ws, `/analytics/report-schedules/${encodeURIComponent(id)}`)),
    onSuccess: () => qc.invalidateQueries({ queryKey: analyticsKeys.schedules(ws) }),
  });
}
