// Row shapes of the organisation tables (migration 20261128030000). JSON columns are text, parsed by
// the repository; money is integer minor units.

export interface OrgResourcesTable {
  id: string;
  workspace_id: string;
  kind: string;
  membership_id: string | null;
  name: string;
  provider_type: string | null;
  skills: string;
  capacity_hours_per_week: number;
  cost_model: string;
  cost_amount: number;
  currency: string;
  coverage: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface OrgAbsencesTable {
  id: string;
  workspace_id: string;
  resource_id: string;
  start_date: string;
  end_date: string;
  reason: string;
  created_at: string;
}

export interface OrgEffortEstimatesTable {
  workspace_id: string;
  format: string;
  hours: number;
  updated_at: string;
}

export interface OrgNetworkPlansTable {
  workspace_id: string;
  network_id: string;
  format_mix: string;
  expected_messages_per_week: number;
  reply_target_minutes: number | null;
  updated_at: string;
}

export interface OrgProcessRaciTable {
  workspace_id: string;
  process: string;
  network_id: string;
  role: string;
  resource_id: string;
  position: number;
}

export interface OrgActionEffortsTable {
  workspace_id: string;
  action_id: string;
  hours_per_week: number;
  updated_at: string;
}

export interface OrganisationTables {
  org_resources: OrgResourcesTable;
  org_absences: OrgAbsencesTable;
  org_effort_estimates: OrgEffortEstimatesTable;
  org_network_plans: OrgNetworkPlansTable;
  org_process_raci: OrgProcessRaciTable;
  org_action_efforts: OrgActionEffortsTable;
}
