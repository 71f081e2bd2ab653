import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post, put } from '../../api/client.js';
import { wsPath } from '../../api/paths.js';
import type { DataOf } from '../../api/types.js';

/**
 * RONI inputs API types, mirroring src/modules/analytics/roni (roni.schemas.ts, roni.service.ts). Money
 * is integer minor units of the workspace currency; probabilities are 0..1; null is "not entered yet".
 */
export interface Assumptions {
  unansweredLossProbability: number | null;
  lateLossProbability: number | null;
  valuePerContact: number | null;
}
export interface Competitor {
  id: string;
  name: string;
  networkId: string;
  probability: number | null;
  customersExposed: number | null;
  averageValue: number | null;
  source: string;
}
export type CompetitorInput = Omit<Competitor, 'id'>;
export interface AudienceGap {
  id: string;
  audienceId: string;
  audienceName: string;
  networkId: string;
  peopleExposed: number | null;
  probability: number | null;
  valuePerPerson: number | null;
  note: string;
  /** False once the network is connected or the persona no longer lists it: no longer counted. */
  open: boolean;
}
export interface GapFigures {
  peopleExposed: number | null;
  probability: number | null;
  valuePerPerson: number | null;
  note: string;
}
export interface SuggestedGap {
  audienceId: string;
  audienceName: string;
  networkId: string;
  gapId: string | null;
}
export interface RoniSettings {
  currency: string;
  assumptions: Assumptions;
  audienceGaps: AudienceGap[];
  competitors: Competitor[];
  suggestedGaps: SuggestedGap[];
}

// Under the analytics key, so a change here also refreshes the RONI estimate the analytics pages show.
const roniKey = (ws: string) => ['workspace', ws, 'analytics', 'roni-inputs'] as const;
const analyticsKey = (ws: string) => ['workspace', ws, 'analytics'] as const;
const enc = encodeURIComponent;
const base = (ws: string) => wsPath(ws, '/analytics/roni');

/** GET analytics/roni/inputs. */
export function useRoniSettings(ws: string) {
  return useQuery({
    queryKey: roniKey(ws),
    queryFn: async () => (await get<DataOf<RoniSettings>>(`${base(ws)}/inputs`)).data,
  });
}

function useRoniMutation<V, R>(ws: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: analyticsKey(ws) }),
  });
}

/** PUT analytics/roni/assumptions. */
export function useSaveAssumptions(ws: string) {
  return useRoniMutation(ws, (input: Assumptions) =>
    put<DataOf<Assumptions>>(`${base(ws)}/assumptions`, input),
  );
}

/** POST analytics/roni/competitors or PATCH analytics/roni/competitors/:id. */
export function useSaveCompetitor(ws: string) {
  return useRoniMutation(ws, ({ id, input }: { id: string | null; input: CompetitorInput }) =>
    id === null
      ? post<DataOf<Competitor>>(`${base(ws)}/competitors`, input)
      : patch<DataOf<Competitor>>(`${base(ws)}/competitors/${enc(id)}`, input),
  );
}

/** DELETE analytics/roni/competitors/:id. */
export function useRemoveCompetitor(ws: string) {
  return useRoniMutation(ws, (id: string) => del<void>(`${base(ws)}/competitors/${enc(id)}`));
}

/** POST analytics/roni/audience-gaps (a new pair) or PATCH analytics/roni/audience-gaps/:id. */
export function useSaveGap(ws: string) {
  return useRoniMutation(
    ws,
    (
      v:
        | { id: null; pair: { audienceId: string; networkId: string }; input: GapFigures }
        | { id: string; input: GapFigures },
    ) =>
      v.id === null
        ? post<DataOf<AudienceGap>>(`${base(ws)}/audience-gaps`, { ...v.pair, ...v.input })
        : patch<DataOf<AudienceGap>>(`${base(ws)}/audience-gaps/${enc(v.id)}`, v.input),
  );
}

/** DELETE analytics/roni/audience-gaps/:id. */
export function useRemoveGap(ws: string) {
  return useRoniMutation(ws, (id: string) => del<void>(`${base(ws)}/audience-gaps/${enc(id)}`));
}
