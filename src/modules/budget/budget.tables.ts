// Row shapes of the budget tables (migration 20261128030000). Money is integer minor units.

export interface BudgetLinesTable {
  id: string;
  workspace_id: string;
  category: string;
  label: string;
  objective_id: string | null;
  action_id: string | null;
  month: string;
  planned: number;
  committed: number;
  actual: number;
  currency: string;
  staff_resource_id: string | null;
  staff_hours: number | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface BudgetExpensesTable {
  id: string;
  workspace_id: string;
  line_id: string | null;
  supplier: string;
  date: string;
  amount: number;
  currency: string;
  description: string;
  attachment_name: string | null;
  attachment_type: string | null;
  attachment_size: number | null;
  attachment_key: string | null;
  created_at: string;
  updated_at: string;
}

export interface BudgetCampaignsTable {
  id: string;
  workspace_id: string;
  name: string;
  network_id: string;
  objective_id: string | null;
  action_id: string | null;
  start_date: string;
  end_date: string;
  budget: number;
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  conversion_value: number;
  currency: string;
  external_ref: string | null;
  source: string;
  created_at: string;
  updated_at: string;
}

export interface BudgetTables {
  budget_lines: BudgetLinesTable;
  budget_expenses: BudgetExpensesTable;
  budget_campaigns: BudgetCampaignsTable;
}
