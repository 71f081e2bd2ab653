import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post, put } from '../../api/client.js';
import { queryString, wsPath } from '../../api/paths.js';
import type { DataOf } from '../../api/types.js';

/** Budget API types, mirroring src/modules/budget/budget.schemas.ts. Money is integer minor units. */
export const BUDGET_CATEGORIES = [
  'content_production',
  'tools',
  'sponsored_campaigns',
  'outsourcing',
  'staff_time',
  'training',
  'other',
] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export interface BudgetLine {
  id: string;
  category: BudgetCategory;
  label: string;
  month: string;
  objectiveId: string | null;
  actionId: string | null;
  currency: string;
  planned: number;
  committed: number;
  actualEntered: number;
  expensesTotal: number;
  actual: number;
  variance: number;
  staff: { resourceId: string | null; hours: number | null } | null;
  notes: string;
}
export interface LineInput {
  category: BudgetCategory;
  label: string;
  month: string;
  objectiveId: string | null;
  actionId: string | null;
  planned: number;
  committed: number;
  actual: number;
  staffResourceId: string | null;
  staffHours: number | null;
  notes: string;
}
export interface Totals {
  planned: number;
  committed: number;
  actual: number;
  variance: number;
  consumedPercent: number | null;
}
export interface BudgetSummary {
  currency: string;
  lines: ({ id: string } & Totals)[];
  byObjective: ({ objectiveId: string | null } & Totals)[];
  byCategory: ({ category: BudgetCategory } & Totals)[];
  byMonth: ({ month: string } & Totals)[];
  total: Totals;
  excludedLineIds: string[];
}
export interface Expense {
  id: string;
  lineId: string | null;
  supplier: string;
  date: string;
  amount: number;
  currency: string;
  description: string;
  attachment: { fileName: string; contentType: string; size: number } | null;
}
export interface ExpenseInput {
  lineId: string | null;
  supplier: string;
  date: string;
  amount: number;
  description: string;
}
export interface Ratios {
  ctr: number | null;
  cpc: number | null;
  cpa: number | null;
  cpm: number | null;
  roas: number | null;
}
export interface Campaign {
  id: string;
  name: string;
  networkId: string;
  objectiveId: string | null;
  actionId: string | null;
  startDate: string;
  endDate: string;
  currency: string;
  budget: number;
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  conversionValue: number;
  remaining: number;
  ratios: Ratios;
  externalId: string | null;
  source: 'manual' | 'import';
}
export type CampaignInput = Omit<
  Campaign,
  'id' | 'currency' | 'remaining' | 'ratios' | 'externalId' | 'source'
>;
export interface ImportResult {
  dryRun: boolean;
  rows?: number;
  created: number;
  updated: number;
  skipped?: number;
}
export interface StaffTime {
  month: string;
  people: { resourceId: string; name: string; costModel: string; hours: number; cost: number }[];
  total: number;
}
/** Strategy objectives and actions a cost can be attributed to. */
export interface Objective {
  id: string;
  title: string;
}
export interface PlanAction {
  id: string;
  title: string;
  objectiveId: string | null;
}

const k = (ws: string, ...rest: string[]) => ['workspace', ws, 'budget', ...rest] as const;
/** Query keys of the budget feature. */
export const budgetKeys = {
  all: (ws: string) => k(ws),
  lines: (ws: string, from: string, to: string) => k(ws, 'lines', from, to),
  summary: (ws: string, from: string, to: string) => k(ws, 'summary', from, to),
  expenses: (ws: string) => k(ws, 'expenses'),
  campaigns: (ws: string) => k(ws, 'campaigns'),
  staff: (ws: string, month: string) => k(ws, 'staff', month),
};

const data = <T>(url: string) => get<DataOf<T>>(url).then((r) => r.data);

/** GET /budget/lines?from=&to= (months). */
export function useLines(ws: string, from: string, to: string) {
  return useQuery({
    queryKey: budgetKeys.lines(ws, from, to),
    queryFn: () => data<BudgetLine[]>(wsPath(ws, `/budget/lines${queryString({ from, to })}`)),
  });
}
/** GET /budget/summary?from=&to=. */
export function useSummary(ws: string, from: string, to: string) {
  return useQuery({
    queryKey: budgetKeys.summary(ws, from, to),
    queryFn: () => data<BudgetSummary>(wsPath(ws, `/budget/summary${queryString({ from, to })}`)),
  });
}
/** GET /budget/expenses. */
export function useExpenses(ws: string) {
  return useQuery({
    queryKey: budgetKeys.expenses(ws),
    queryFn: () => data<Expense[]>(wsPath(ws, '/budget/expenses')),
  });
}
/** GET /campaigns. */
export function useCampaigns(ws: string) {
  return useQuery({
    queryKey: budgetKeys.campaigns(ws),
    queryFn: () => data<Campaign[]>(wsPath(ws, '/campaigns')),
  });
}
/** GET /budget/staff-time?month= (hours × rate of the month's planned work). */
export function useStaffTime(ws: string, month: string) {
  return useQuery({
    queryKey: budgetKeys.staff(ws, month),
    queryFn: () => data<StaffTime>(wsPath(ws, `/budget/staff-time${queryString({ month })}`)),
  });
}
/** GET /objectives and /actions, when the strategy is readable. */
export function useAttribution(ws: string, enabled: boolean) {
  const objectives = useQuery({
    queryKey: ['workspace', ws, 'budget-objectives'],
    queryFn: () => data<Objective[]>(wsPath(ws, '/objectives')),
    enabled,
  });
  const actions = useQuery({
    queryKey: ['workspace', ws, 'budget-actions'],
    queryFn: () => data<PlanAction[]>(wsPath(ws, '/actions')),
    enabled,
  });
  return { objectives: objectives.data ?? [], actions: actions.data ?? [] };
}

function useBudgetMutation<V, R>(ws: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: budgetKeys.all(ws) }),
  });
}
const enc = encodeURIComponent;

/** POST /budget/lines or PATCH /budget/lines/:id. */
export function useSaveLine(ws: string) {
  return useBudgetMutation(ws, ({ id, input }: { id: string | null; input: LineInput }) =>
    id === null
      ? post<DataOf<BudgetLine>>(wsPath(ws, '/budget/lines'), input)
      : patch<DataOf<BudgetLine>>(wsPath(ws, `/budget/lines/${enc(id)}`), input),
  );
}
/** DELETE /budget/lines/:id (its expenses stay, unattached). */
export function useRemoveLine(ws: string) {
  return useBudgetMutation(ws, (id: string) => del<void>(wsPath(ws, `/budget/lines/${enc(id)}`)));
}
/** POST /budget/expenses or PATCH /budget/expenses/:id. */
export function useSaveExpense(ws: string) {
  return useBudgetMutation(ws, ({ id, input }: { id: string | null; input: ExpenseInput }) =>
    id === null
      ? post<DataOf<Expense>>(wsPath(ws, '/budget/expenses'), input)
      : patch<DataOf<Expense>>(wsPath(ws, `/budget/expenses/${enc(id)}`), input),
  );
}
/** DELETE /budget/expenses/:id. */
export function useRemoveExpense(ws: string) {
  return useBudgetMutation(ws, (id: string) => del<void>(wsPath(ws, `/budget/expenses/${enc(id)}`)));
}
/** PUT /budget/expenses/:id/attachment with the file as base64 JSON. */
export function useUploadAttachment(ws: string) {
  return useBudgetMutation(
    ws,
    ({ id, file }: { id: string; file: { fileName: string; contentType: string; dataBase64: string } }) =>
      put<DataOf<Expense>>(wsPath(ws, `/budget/expenses/${enc(id)}/attachment`), file),
  );
}
/** DELETE /budget/expenses/:id/attachment. */
export function useRemoveAttachment(ws: string) {
  return useBudgetMutation(ws, (id: string) =>
    del<DataOf<Expense>>(wsPath(ws, `/budget/expenses/${enc(id)}/attachment`)),
  );
}
/** The download link of an expense's receipt (the session cookie authenticates it). */
export function attachmentUrl(ws: string, id: string): string {
  return wsPath(ws, `/budget/expenses/${enc(id)}/attachment`);
}
/** The CSV export link of lines or expenses. */
export function exportUrl(ws: string, kind: 'lines' | 'expenses'): string {
  return wsPath(ws, `/budget/export.csv${queryString({ kind })}`);
}
/** POST /budget/import — whole file or nothing; dryRun only checks. */
export function useImportBudget(ws: string) {
  return useBudgetMutation(ws, (body: { kind: 'lines' | 'expenses'; csv: string; dryRun: boolean }) =>
    post<DataOf<ImportResult>>(wsPath(ws, '/budget/import'), body),
  );
}
/** POST /campaigns or PATCH /campaigns/:id. */
export function useSaveCampaign(ws: string) {
  return useBudgetMutation(ws, ({ id, input }: { id: string | null; input: CampaignInput }) =>
    id === null
      ? post<DataOf<Campaign>>(wsPath(ws, '/campaigns'), input)
      : patch<DataOf<Campaign>>(wsPath(ws, `/campaigns/${enc(id)}`), input),
  );
}
/** DELETE /campaigns/:id. */
export function useRemoveCampaign(ws: string) {
  return useBudgetMutation(ws, (id: string) => del<void>(wsPath(ws, `/campaigns/${enc(id)}`)));
}
/** POST /campaigns/import — one network's ads-manager export. */
export function useImportCampaigns(ws: string) {
  return useBudgetMutation(
    ws,
    (body: { networkId: string; objectiveId: string | null; csv: string; dryRun: boolean }) =>
      post<DataOf<ImportResult>>(wsPath(ws, '/campaigns/import'), body),
  );
}
