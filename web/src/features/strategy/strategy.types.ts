/**
 * The strategy as the API sends it (GET /strategy and its steps). These mirror the server's Zod
 * schemas in src/modules/strategy by hand: the web never imports server code.
 */

export const OBJECTIVE_TYPES = [
  'institutional',
  'customer_relations',
  'prospecting',
  'sales',
  'loyalty',
  'recruitment',
  'employer_brand',
  'internal',
  'custom',
] as const;
export type ObjectiveType = (typeof OBJECTIVE_TYPES)[number];
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const SEGMENTS = [
  'b2b',
  'b2c',
  'candidates',
  'employees',
  'partners',
  'public_bodies',
  'investors',
  'media',
  'other',
] as const;
export const EXISTING_CHANNELS = [
  'event',
  'trade_fair',
  'press',
  'print',
  'newsletter',
  'website',
  'email',
  'phone_support',
  'shop',
  'advertising',
  'social',
  'other',
] as const;
export const INDICATOR_KINDS = ['roi', 'roa', 'roni', 'process'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export const UNITS = ['percent', 'count', 'minutes', 'currency', 'ratio'] as const;
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export const OBSTACLE_FAMILIES = [
  'top_management',
  'strategy',
  'measurement',
  'resources',
  'internal_processes',
  'budget',
  'other',
] as const;
export const OBSTACLE_STATUSES = ['open', 'mitigating', 'resolved', 'accepted'] as const;

export interface Objective {
  id: string;
  type: ObjectiveType;
  customType: string | null;
  title: string;
  description: string;
  priority: (typeof PRIORITIES)[number];
  periodStart: string | null;
  periodEnd: string | null;
}

export interface Audience {
  id: string;
  name: string;
  segment: (typeof SEGMENTS)[number];
  description: string;
  ageMin: number | null;
  ageMax: number | null;
  places: string[];
  languages: string[];
  interests: string[];
  needs: string[];
  pains: string[];
  presentOn: string[];
  objectiveIds: string[];
}

export interface ExistingAction {
  id: string;
  name: string;
  channel: (typeof EXISTING_CHANNELS)[number];
  frequency: string;
  owner: string;
  description: string;
  audienceIds: string[];
  objectiveIds: string[];
}

export interface ValueAdded {
  id: string;
  objectiveId: string;
  networkId: string;
  statement: string;
  complementsExistingActionIds: string[];
}

export interface NetworkChoice {
  id: string;
  networkId: string;
  chosen: boolean;
  rationale: string;
  objectiveIds: string[];
  audienceIds: string[];
}

export interface ContentPillar {
  id?: string;
  name: string;
  description: string;
  targetShare: number;
  sensitive: boolean;
  colour: string | null;
}

export interface EditorialLine {
  tone: string;
  image: string;
  pillars: ContentPillar[];
  formats: string[];
  frequencies: { networkId: string; postsPerWeek: number }[];
  dos: string[];
  donts: string[];
  wordsToAvoid: string[];
  requiredHashtags: string[];
  requiredMentions: string[];
  languages: string[];
}

export interface Indicator {
  id: string;
  objectiveId: string;
  kind: IndicatorKind;
  metric: string;
  name: string;
  baseline: number | null;
  target: number | null;
  unit: string;
  periodStart: string | null;
  periodEnd: string | null;
  targetSource: string | null;
  networkId: string | null;
}

export interface Raci {
  responsible: string[];
  accountable: string | null;
  consulted: string[];
  informed: string[];
}

export interface PlanAction {
  id: string;
  title: string;
  description: string;
  objectiveId: string | null;
  audienceIds: string[];
  networkIds: string[];
  ownerId: string | null;
  startDate: string | null;
  endDate: string | null;
  status: (typeof ACTION_STATUSES)[number];
  budgetEstimate: number;
  raci: Raci;
  noObstaclesIdentified: boolean;
}

export interface Obstacle {
  id: string;
  actionId: string | null;
  family: (typeof OBSTACLE_FAMILIES)[number];
  description: string;
  likelihood: number;
  impact: number;
  mitigation: string;
  ownerId: string | null;
  dueDate: string | null;
  status: (typeof OBSTACLE_STATUSES)[number];
}

export interface Snapshot {
  title: string;
  summary: string;
  objectives: Objective[];
  audiences: Audience[];
  existingActions: ExistingAction[];
  valueAdded: ValueAdded[];
  networkChoices: NetworkChoice[];
  editorialLine: EditorialLine;
  indicators: Indicator[];
  actions: PlanAction[];
  obstacles: Obstacle[];
}

export interface StrategyAnswer {
  data: Snapshot;
  meta: {
    title: string;
    summary: string;
    updatedAt: string | null;
    latestVersion: { id: string; number: number; publishedAt: string } | null;
  };
  can: { write: boolean; publish: boolean };
}

export interface Localized {
  en: string;
  fr: string;
}

export interface Gap {
  rule: string;
  severity: 'error' | 'warning';
  step: number;
  message: Localized;
  target: { step: number; kind: string; id: string | null };
}

export interface Completeness {
  score: number;
  errorCount: number;
  warningCount: number;
  rules: { rule: string; step: number; satisfied: boolean; checked: number; gapCount: number }[];
  gaps: Gap[];
}

export interface Recommendation {
  networkId: string;
  name: string;
  score: number;
  reasons: { key: string; weight: number; text: Localized }[];
  choice: { id: string; chosen: boolean } | null;
}

export interface MetricTarget {
  value: number;
  source: string;
}

export interface Metric {
  id: string;
  kind: IndicatorKind;
  name: Localized;
  formula: Localized;
  unit: string;
  higherIsBetter: boolean;
  defaultTarget?: MetricTarget;
  defaultTargetByNetwork?: Record<string, MetricTarget>;
}

export interface AudienceFact {
  key: string;
  text: Localized;
  source: { publisher: string; title: string; year: number; url?: string };
  asOf: string;
}

export interface NetworkInfo {
  id: string;
  name: string;
  owner: string;
  audienceFacts: AudienceFact[];
}

export interface Catalogue {
  networks: NetworkInfo[];
  fitBasis: Localized;
  metrics: Metric[];
}

export interface Template {
  id: string;
  name: Localized;
  description: Localized;
}

export interface VersionSummary {
  id: string;
  number: number;
  note: string;
  publishedBy: { userId: string | null; name: string };
  publishedAt: string;
  completenessScore: number;
}

export interface DiffSection {
  section: string;
  step: number;
  added: { id: string; label: string }[];
  removed: { id: string; label: string }[];
  changed: { id: string; label: string; fields: { field: string; before: unknown; after: unknown }[] }[];
}

export interface Diff {
  changeCount: number;
  sections: DiffSection[];
}

export interface Heatmap {
  cells: { likelihood: number; impact: number; count: number; obstacleIds: string[] }[];
  total: number;
  maxCount: number;
}
