import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post, put } from '../../api/client.js';
import { queryString, wsPath } from '../../api/paths.js';
import type { DataOf } from '../../api/types.js';

/** Organisation API types, mirroring src/modules/organisation/organisation.schemas.ts (web never imports server code). */
export const PROVIDER_TYPES = ['agency', 'freelancer', 'studio', 'other'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];
export const SKILLS = ['writing', 'visuals', 'video', 'moderation', 'advertising', 'analysis'] as const;
export type Skill = (typeof SKILLS)[number];
export const COST_MODELS = ['none', 'hourly', 'monthly_fee'] as const;
export type CostModel = (typeof COST_MODELS)[number];
export const CONTENT_FORMATS = ['short_post', 'carousel', 'video', 'article', 'reply'] as const;
export type ContentFormat = (typeof CONTENT_FORMATS)[number];
export const PROCESSES = ['publishing', 'inbox', 'approvals'] as const;
export type Process = (typeof PROCESSES)[number];

export interface CoverWindow {
  /** 0 = Sunday … 6 = Saturday. */
  day: number;
  start: string;
  end: string;
}
export interface Absence {
  id: string;
  startDate: string;
  endDate: string;
  reason: string;
}
export interface Resource {
  id: string;
  kind: 'member' | 'provider';
  membershipId: string | null;
  name: string;
  providerType: ProviderType | null;
  skills: Skill[];
  capacityHoursPerWeek: number;
  cost: { model: CostModel; amount: number; currency: string };
  coverage: CoverWindow[];
  notes: string;
  absences: Absence[];
}
export interface ResourceInput {
  kind?: 'member' | 'provider';
  membershipId?: string;
  name?: string;
  providerType?: ProviderType | null;
  skills: Skill[];
  capacityHoursPerWeek: number;
  cost: { model: CostModel; amount: number };
  coverage: CoverWindow[];
  notes: string;
}
export interface EffortEstimate {
  format: ContentFormat;
  hours: number;
  isDefault: boolean;
  defaultHours: number;
}
export interface NetworkPlan {
  networkId: string;
  formatMix: Partial<Record<ContentFormat, number>>;
  expectedMessagesPerWeek: number;
  replyTargetMinutes: number;
  replyTargetIsDefault: boolean;
  postsPerWeek: number;
}
export interface NetworkPlanInput {
  networkId: string;
  formatMix: Partial<Record<ContentFormat, number>>;
  expectedMessagesPerWeek: number;
  replyTargetMinutes: number | null;
}
export interface ProcessRaci {
  process: Process;
  networkId: string | null;
  responsible: string[];
  accountable: string | null;
  consulted: string[];
  informed: string[];
}
export interface CauseHours {
  kind: 'publishing' | 'inbox' | 'action' | 'post';
  networkId?: string;
  format?: ContentFormat;
  actionId?: string;
  label?: string;
  hours: number;
}
export interface PersonWeek {
  week: string;
  capacityHours: number;
  plannedHours: number;
  overloadHours: number;
  overloaded: boolean;
  causes: CauseHours[];
}
export interface WorkloadReport {
  weeks: string[];
  people: { resourceId: string; name: string; weeks: PersonWeek[] }[];
  unassigned: { week: string; causes: CauseHours[]; hours: number }[];
}
export interface CoverageGap {
  start: string;
  end: string;
  localStart: string;
  localEnd: string;
  minutes: number;
  breachUntil: string | null;
  localBreachUntil: string | null;
}
export interface NetworkCoverage {
  networkId: string;
  replyTargetMinutes: number;
  covererIds: string[];
  coveredMinutes: number;
  gaps: CoverageGap[];
  breachMinutes: number;
}
export interface CoverageReport {
  week: string;
  timeZone: string;
  networks: NetworkCoverage[];
}
/** The catalogue facts this feature shows: the network's name and the reply time its users expect. */
export interface CatalogueNetwork {
  id: string;
  name: string;
  replyExpectation?: {
    minutes: number;
    basis: 'cited' | 'default';
    source: { publisher: string; title: string; year: number };
    note: { en: string; fr: string };
  };
}

const k = (ws: string, ...rest: string[]) => ['workspace', ws, 'organisation', ...rest] as const;
/** Query keys of the organisation feature; everything below `k(ws)` is refreshed after a change. */
export const orgKeys = {
  all: (ws: string) => k(ws),
  resources: (ws: string) => k(ws, 'resources'),
  efforts: (ws: string) => k(ws, 'efforts'),
  plans: (ws: string) => k(ws, 'plans'),
  raci: (ws: string) => k(ws, 'raci'),
  workload: (ws: string, from: string, to: string) => k(ws, 'workload', from, to),
  coverage: (ws: string, week: string) => k(ws, 'coverage', week),
  catalogue: (ws: string) => ['workspace', ws, 'strategy-catalogue'] as const,
};

const data = <T>(url: string) => get<DataOf<T>>(url).then((r) => r.data);

/** GET /resources. */
export function useResources(ws: string) {
  return useQuery({
    queryKey: orgKeys.resources(ws),
    queryFn: () => data<Resource[]>(wsPath(ws, '/resources')),
  });
}
/** GET /effort-estimates. */
export function useEfforts(ws: string) {
  return useQuery({
    queryKey: orgKeys.efforts(ws),
    queryFn: () => data<EffortEstimate[]>(wsPath(ws, '/effort-estimates')),
  });
}
/** GET /network-plans (networks of the editorial line, with their posting frequency). */
export function useNetworkPlans(ws: string) {
  return useQuery({
    queryKey: orgKeys.plans(ws),
    queryFn: () => data<NetworkPlan[]>(wsPath(ws, '/network-plans')),
  });
}
/** GET /process-raci. */
export function useProcessRaci(ws: string) {
  return useQuery({
    queryKey: orgKeys.raci(ws),
    queryFn: () => data<ProcessRaci[]>(wsPath(ws, '/process-raci')),
  });
}
/** GET /workload?from=&to= (dates). */
export function useWorkload(ws: string, from: string, to: string) {
  return useQuery({
    queryKey: orgKeys.workload(ws, from, to),
    queryFn: () => data<WorkloadReport>(wsPath(ws, `/workload${queryString({ from, to })}`)),
  });
}
/** GET /coverage?week=YYYY-Www. */
export function useCoverage(ws: string, week: string) {
  return useQuery({
    queryKey: orgKeys.coverage(ws, week),
    queryFn: () => data<CoverageReport>(wsPath(ws, `/coverage${queryString({ week })}`)),
  });
}
/** GET /strategy/catalogue, for network names and cited reply expectations (needs strategy.read). */
export function useNetworkCatalogue(ws: string, enabled: boolean) {
  return useQuery({
    queryKey: orgKeys.catalogue(ws),
    queryFn: () =>
      data<{ networks: CatalogueNetwork[] }>(wsPath(ws, '/strategy/catalogue')).then((d) => d.networks),
    enabled,
    staleTime: Infinity,
  });
}

/** A mutation that refreshes every organisation query (workload and coverage depend on everything). */
function useOrgMutation<V, R>(ws: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all(ws) }),
  });
}

/** POST /resources or PATCH /resources/:id. */
export function useSaveResource(ws: string) {
  return useOrgMutation(ws, ({ id, input }: { id: string | null; input: ResourceInput }) => {
    if (id === null) return post<DataOf<Resource>>(wsPath(ws, '/resources'), input);
    const { kind: _kind, membershipId: _m, ...rest } = input;
    return patch<DataOf<Resource>>(wsPath(ws, `/resources/${encodeURIComponent(id)}`), rest);
  });
}
/** DELETE /resources/:id. */
export function useRemoveResource(ws: string) {
  return useOrgMutation(ws, (id: string) => del<void>(wsPath(ws, `/resources/${encodeURIComponent(id)}`)));
}
/** POST /resources/:id/absences. */
export function useAddAbsence(ws: string) {
  return useOrgMutation(
    ws,
    ({ resourceId, ...body }: { resourceId: string; startDate: string; endDate: string; reason: string }) =>
      post<DataOf<Absence>>(wsPath(ws, `/resources/${encodeURIComponent(resourceId)}/absences`), body),
  );
}
/** DELETE /absences/:id. */
export function useRemoveAbsence(ws: string) {
  return useOrgMutation(ws, (id: string) => del<void>(wsPath(ws, `/absences/${encodeURIComponent(id)}`)));
}
/** PUT /effort-estimates (null hours go back to the default). */
export function useSaveEfforts(ws: string) {
  return useOrgMutation(ws, (estimates: { format: ContentFormat; hours: number | null }[]) =>
    put<DataOf<EffortEstimate[]>>(wsPath(ws, '/effort-estimates'), { estimates }),
  );
}
/** PUT /network-plans. */
export function useSaveNetworkPlan(ws: string) {
  return useOrgMutation(ws, (input: NetworkPlanInput) =>
    put<DataOf<NetworkPlan>>(wsPath(ws, '/network-plans'), input),
  );
}
/** PUT /process-raci. */
export function useSaveRaci(ws: string) {
  return useOrgMutation(ws, (input: ProcessRaci) =>
    put<DataOf<ProcessRaci>>(wsPath(ws, '/process-raci'), input),
  );
}

export interface ActionEffort {
  actionId: string;
  title: string;
  startDate: string | null;
  endDate: string | null;
  hoursPerWeek: number;
}
/** GET /action-efforts (hours per week of each plan action while it runs). */
export function useActionEfforts(ws: string) {
  return useQuery({
    queryKey: [...orgKeys.all(ws), 'action-efforts'],
    queryFn: () => data<ActionEffort[]>(wsPath(ws, '/action-efforts')),
  });
}
/** PUT /action-efforts. */
export function useSaveActionEffort(ws: string) {
  return useOrgMutation(ws, (input: { actionId: string; hoursPerWeek: number }) =>
    put<DataOf<ActionEffort>>(wsPath(ws, '/action-efforts'), input),
  );
}
