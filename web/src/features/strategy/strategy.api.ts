import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { del, get, patch, post, put } from '../../api/client.js';
import { queryString, wsPath } from '../../api/paths.js';
import type { DataOf } from '../../api/types.js';
import { useSaveTracker } from './save-status.js';
import type {
  Catalogue,
  Completeness,
  Diff,
  EditorialLine,
  Heatmap,
  Recommendation,
  StrategyAnswer,
  Template,
  VersionSummary,
} from './strategy.types.js';

/** Query keys of the builder; everything lives under the workspace's `strategy` key. */
export const strategyKeys = {
  all: (ws: string) => ['workspace', ws, 'strategy'] as const,
  draft: (ws: string) => ['workspace', ws, 'strategy', 'draft'] as const,
  completeness: (ws: string) => ['workspace', ws, 'strategy', 'completeness'] as const,
  recommendations: (ws: string) => ['workspace', ws, 'strategy', 'recommendations'] as const,
  heatmap: (ws: string) => ['workspace', ws, 'strategy', 'heatmap'] as const,
  versions: (ws: string) => ['workspace', ws, 'strategy', 'versions'] as const,
  diff: (ws: string, from: string, to: string) => ['workspace', ws, 'strategy', 'diff', from, to] as const,
  catalogue: (ws: string) => ['workspace', ws, 'strategy-catalogue'] as const,
  templates: (ws: string) => ['workspace', ws, 'strategy-templates'] as const,
};

/** GET /strategy: the draft, its meta and what the caller may do. */
export function useStrategy(ws: string) {
  return useQuery({
    queryKey: strategyKeys.draft(ws),
    queryFn: () => get<StrategyAnswer>(wsPath(ws, '/strategy')),
  });
}

/** GET /strategy/completeness of the draft. */
export function useCompleteness(ws: string) {
  return useQuery({
    queryKey: strategyKeys.completeness(ws),
    queryFn: () => get<DataOf<Completeness>>(wsPath(ws, '/strategy/completeness')),
  });
}

/** GET /network-choices/recommendations: every network scored against objectives and personas. */
export function useRecommendations(ws: string) {
  return useQuery({
    queryKey: strategyKeys.recommendations(ws),
    queryFn: () => get<DataOf<Recommendation[]>>(wsPath(ws, '/network-choices/recommendations')),
  });
}

/** GET /strategy/catalogue: networks with audience facts, metrics with formulas and cited targets. */
export function useCatalogue(ws: string) {
  return useQuery({
    queryKey: strategyKeys.catalogue(ws),
    queryFn: () => get<DataOf<Catalogue>>(wsPath(ws, '/strategy/catalogue')),
    staleTime: Infinity,
  });
}

/** GET /strategy/templates. */
export function useTemplates(ws: string) {
  return useQuery({
    queryKey: strategyKeys.templates(ws),
    queryFn: () => get<DataOf<Template[]>>(wsPath(ws, '/strategy/templates')),
    staleTime: Infinity,
  });
}

/** GET /obstacles/heatmap. */
export function useHeatmap(ws: string) {
  return useQuery({
    queryKey: strategyKeys.heatmap(ws),
    queryFn: () => get<DataOf<Heatmap>>(wsPath(ws, '/obstacles/heatmap')),
  });
}

/** GET /strategy/versions, newest first. */
export function useVersions(ws: string) {
  return useQuery({
    queryKey: strategyKeys.versions(ws),
    queryFn: () => get<DataOf<VersionSummary[]>>(wsPath(ws, '/strategy/versions')),
  });
}

/** GET /strategy/versions/diff between two sides (`draft`, or a version number). */
export function useDiff(ws: string, from: string | null, to: string) {
  return useQuery({
    queryKey: strategyKeys.diff(ws, from ?? '', to),
    queryFn: () =>
      get<DataOf<Diff>>(wsPath(ws, `/strategy/versions/diff${queryString({ from: from ?? '', to })}`)),
    enabled: from !== null && from !== to,
  });
}

/** Steps stored as item collections, by their path below the workspace. */
export type Collection =
  | 'objectives'
  | 'audiences'
  | 'existing-actions'
  | 'value-added'
  | 'network-choices'
  | 'indicators'
  | 'actions'
  | 'obstacles';

/**
 * The builder's writes. Each goes through the save tracker (the header's "saved" state) and then
 * refreshes everything the change may affect: the draft, completeness, scores, heat map.
 */
export function useStrategyWrites(ws: string) {
  const qc = useQueryClient();
  const track = useSaveTracker();
  const refresh = useCallback(() => qc.invalidateQueries({ queryKey: strategyKeys.all(ws) }), [qc, ws]);
  const run = useCallback(
    // Whole-strategy operations (template, import, publish) report their own failure in a dialog;
    // only edits of the draft drive the header's "saved" state.
    async <T>(work: () => Promise<T>, tracked = true): Promise<T> => {
      const result = tracked ? await track(work) : await work();
      await refresh();
      return result;
    },
    [track, refresh],
  );
  return {
    refresh,
    patchItem: (c: Collection, id: string, body: Record<string, unknown>) =>
      run(() => patch<unknown>(wsPath(ws, `/${c}/${encodeURIComponent(id)}`), body)),
    createItem: <T>(c: Collection, body: Record<string, unknown>) =>
      run(() => post<DataOf<T>>(wsPath(ws, `/${c}`), body)),
    deleteItem: (c: Collection, id: string) =>
      run(() => del<void>(wsPath(ws, `/${c}/${encodeURIComponent(id)}`))),
    patchOverview: (body: { title?: string; summary?: string }) =>
      run(() => patch<StrategyAnswer>(wsPath(ws, '/strategy'), body)),
    putEditorialLine: (line: EditorialLine) =>
      run(() => put<DataOf<EditorialLine>>(wsPath(ws, '/editorial-line'), line)),
    applyTemplate: (templateId: string, locale: string, replace: boolean) =>
      run(
        () => post<unknown>(wsPath(ws, '/strategy/apply-template'), { templateId, locale, replace }),
        false,
      ),
    importFile: (file: unknown) =>
      run(() => post<unknown>(wsPath(ws, '/strategy/import?replace=true'), file), false),
    publish: (note: string) =>
      run(() => post<DataOf<VersionSummary>>(wsPath(ws, '/strategy/versions'), { note }), false),
  };
}

/** The URL of a document of the draft (or version N) in one language. */
export function documentUrl(
  ws: string,
  kind: 'document.pdf' | 'document.md' | 'briefing.pdf',
  locale: string,
  version?: number,
): string {
  return wsPath(ws, `/strategy/${kind}${queryString({ locale, version })}`);
}
