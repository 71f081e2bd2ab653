// Row shapes of the RONI inputs (migration 20261128110000_roni_inputs). Timestamps are ISO strings, money
// is integer minor units of the workspace currency, probabilities are 0..1; null means "not entered yet".

export interface RoniAssumptionsTable {
  workspace_id: string;
  unanswered_loss_probability: number | null;
  late_loss_probability: number | null;
  value_per_contact_minor: number | null;
  updated_at: string;
}

export interface RoniAudienceGapsTable {
  id: string;
  workspace_id: string;
  audience_id: string;
  /** A catalogue network id (strategy/catalogue/networks.ts). */
  network_id: string;
  people_exposed: number | null;
  probability: number | null;
  value_per_person_minor: number | null;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface RoniCompetitorsTable {
  id: string;
  workspace_id: string;
  name: string;
  network_id: string;
  probability: number | null;
  customers_exposed: number | null;
  average_value_minor: number | null;
  /** Where the figures come from (a study, a count made by hand): shown beside the estimate. */
  source: string;
  created_at: string;
  updated_at: string;
}

export interface RoniTables {
  roni_assumptions: RoniAssumptionsTable;
  roni_audience_gaps: RoniAudienceGapsTable;
  roni_competitors: RoniCompetitorsTable;
}
