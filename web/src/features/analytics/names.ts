import { useMemo } from 'react';
import { useWorkspace } from '../../app/workspace.js';
import { useCatalogue, useStrategy } from '../strategy/strategy.api.js';
import type { LocalizedText } from './analytics.types.js';

export interface Names {
  /** An objective's title, or null when unknown (deleted since, or strategy not readable). */
  objective(id: string): string | null;
  objectives: { id: string; title: string }[];
  /** The catalogue's name of a metric in both languages, or null for an unknown id. */
  metric(id: string): LocalizedText | null;
  /** A network's display name (the id when the catalogue does not know it). */
  network(id: string | null | undefined): string;
}

/**
 * Names the figures refer to by id: objectives from the strategy, metrics and networks from the
 * catalogue. Both are read-only for every role that may read analytics.
 */
export function useNames(): Names {
  const { id: ws, may } = useWorkspace();
  const strategy = useStrategy(ws);
  const catalogue = useCatalogue(ws);
  const canRead = may('strategy.read');
  const snapshot = canRead ? strategy.data?.data : undefined;
  const cat = canRead ? catalogue.data?.data : undefined;
  return useMemo(() => {
    const objectives = snapshot?.objectives ?? [];
    const metrics = cat?.metrics ?? [];
    const networks = cat?.networks ?? [];
    const obj = new Map(objectives.map((o) => [o.id, o.title]));
    const met = new Map(metrics.map((m) => [m.id, m.name]));
    const net = new Map(networks.map((n) => [n.id, n.name]));
    return {
      objective: (id) => obj.get(id) ?? null,
      objectives: objectives.map((o) => ({ id: o.id, title: o.title })),
      metric: (id) => met.get(id) ?? null,
      network: (id) => (id ? (net.get(id) ?? id) : ''),
    };
  }, [snapshot, cat]);
}
