// Row shapes of the strategy migration (20261128020000_strategy). Timestamps are ISO strings, JSON
// columns are text parsed by the repositories, flags are 0/1 (see src/db/columns.ts).

export interface StrategiesTable {
  workspace_id: string;
  title: string;
  summary: string;
  created_at: string;
  updated_at: string;
}

interface Positioned {
  id: string;
  workspace_id: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface StrategyObjectivesTable extends Positioned {
  type: string;
  custom_type: string | null;
  title: string;
  description: string;
  priority: string;
  period_start: string | null;
  period_end: string | null;
}

export interface StrategyAudiencesTable extends Positioned {
  name: string;
  segment: string;
  description: string;
  age_min: number | null;
  age_max: number | null;
  places: string;
  languages: string;
  interests: string;
  needs: string;
  pains: string;
  present_on: string;
}

export interface StrategyExistingActionsTable extends Positioned {
  name: string;
  channel: string;
  frequency: string;
  owner: string;
  description: string;
}

export interface StrategyValueAddedTable extends Positioned {
  objective_id: string;
  network_id: string;
  statement: string;
}

export interface StrategyNetworkChoicesTable extends Positioned {
  network_id: string;
  chosen: number;
  rationale: string;
}

export interface StrategyEditorialLinesTable {
  workspace_id: string;
  tone: string;
  image: string;
  formats: string;
  dos: string;
  donts: string;
  words_to_avoid: string;
  required_hashtags: string;
  required_mentions: string;
  languages: string;
  updated_at: string;
}

export interface StrategyContentPillarsTable extends Positioned {
  name: string;
  description: string;
  target_share: number;
  sensitive: number;
  colour: string | null;
}

export interface StrategyPostingFrequenciesTable {
  workspace_id: string;
  network_id: string;
  posts_per_week: number;
  position: number;
}

export interface StrategyIndicatorsTable extends Positioned {
  objective_id: string;
  kind: string;
  metric: string;
  name: string;
  baseline: number | null;
  target: number | null;
  unit: string;
  period_start: string | null;
  period_end: string | null;
  target_source: string | null;
  network_id: string | null;
}

export interface StrategyActionsTable extends Positioned {
  title: string;
  description: string;
  objective_id: string | null;
  owner_id: string | null;
  start_date: string | null;
  end_date: string | null;
  status: string;
  budget_estimate: number;
  no_obstacles_identified: number;
}

export interface StrategyActionRaciTable {
  action_id: string;
  workspace_id: string;
  role: string;
  membership_id: string | null;
  department_id: string | null;
  position: number;
}

export interface StrategyObstaclesTable extends Positioned {
  action_id: string | null;
  family: string;
  description: string;
  likelihood: number;
  impact: number;
  mitigation: string;
  owner_id: string | null;
  due_date: string | null;
  status: string;
}

/** Every link table has this shape: owner row → target row (or catalogue id), ordered. */
export interface StrategyLinkTable {
  owner_id: string;
  target_id: string;
  workspace_id: string;
  position: number;
}

export interface StrategyVersionsTable {
  id: string;
  workspace_id: string;
  number: number;
  note: string;
  published_by: string | null;
  published_by_name: string;
  published_at: string;
  completeness_score: number;
  snapshot: string;
  directory: string;
}

export interface StrategyLinkTables {
  strategy_audience_objectives: StrategyLinkTable;
  strategy_existing_action_audiences: StrategyLinkTable;
  strategy_existing_action_objectives: StrategyLinkTable;
  strategy_value_added_existing_actions: StrategyLinkTable;
  strategy_network_choice_objectives: StrategyLinkTable;
  strategy_network_choice_audiences: StrategyLinkTable;
  strategy_action_audiences: StrategyLinkTable;
  strategy_action_networks: StrategyLinkTable;
}

/** Name of one of the link tables. */
export type StrategyLinkTableName = keyof StrategyLinkTables;

export type StrategyTables = StrategyLinkTables & {
  strategies: StrategiesTable;
  strategy_objectives: StrategyObjectivesTable;
  strategy_audiences: StrategyAudiencesTable;
  strategy_existing_actions: StrategyExistingActionsTable;
  strategy_value_added: StrategyValueAddedTable;
  strategy_network_choices: StrategyNetworkChoicesTable;
  strategy_editorial_lines: StrategyEditorialLinesTable;
  strategy_content_pillars: StrategyContentPillarsTable;
  strategy_posting_frequencies: StrategyPostingFrequenciesTable;
  strategy_indicators: StrategyIndicatorsTable;
  strategy_actions: StrategyActionsTable;
  strategy_action_raci: StrategyActionRaciTable;
  strategy_obstacles: StrategyObstaclesTable;
  strategy_versions: StrategyVersionsTable;
};
