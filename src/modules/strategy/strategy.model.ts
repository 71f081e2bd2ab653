/**
 * The strategy as plain data: the nine steps and the action plan of one workspace. This is the shape
 * the pure rules (completeness, recommendation), the documents (PDF, Markdown, briefing), versions
 * (snapshots and their diff) and JSON import/export all work on. Repositories build it from tables.
 * Ids are strings; cross-references use ids of the same snapshot.
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

/** Objective types that produce attributable value, so ROI fits them (the method's third obstacle). */
export const VALUE_PRODUCING_OBJECTIVES: readonly ObjectiveType[] = ['sales', 'prospecting', 'recruitment'];
/** Objective types about attention (visibility, awareness, loyalty), so ROA fits them. */
export const ATTENTION_OBJECTIVES: readonly ObjectiveType[] = [
  'institutional',
  'employer_brand',
  'loyalty',
  'customer_relations',
  'internal',
];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface Objective {
  id: string;
  type: ObjectiveType;
  /** Free label when type is `custom`. */
  customType?: string | null;
  title: string;
  description: string;
  priority: Priority;
  /** ISO dates (YYYY-MM-DD), inclusive. */
  periodStart: string | null;
  periodEnd: string | null;
}

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
export type Segment = (typeof SEGMENTS)[number];

export interface Audience {
  id: string;
  name: string;
  segment: Segment;
  description: string;
  ageMin: number | null;
  ageMax: number | null;
  /** Countries, regions or cities. */
  places: string[];
  /** BCP 47 codes, e.g. fr, en. */
  languages: string[];
  interests: string[];
  needs: string[];
  pains: string[];
  /** Network ids (see the catalogue) where this audience already is. */
  presentOn: string[];
  objectiveIds: string[];
}

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
export type ExistingChannel = (typeof EXISTING_CHANNELS)[number];

export interface ExistingAction {
  id: string;
  name: string;
  channel: ExistingChannel;
  /** Free text such as "monthly", "twice a year". */
  frequency: string;
  owner: string;
  /** Sample of what it says; the composer's no-copy-paste check compares posts against it. */
  description: string;
  audienceIds: string[];
  objectiveIds: string[];
}

/** Step 4: what a chosen network adds for one objective beyond the existing actions. */
export interface ValueAdded {
  id: string;
  objectiveId: string;
  networkId: string;
  statement: string;
  complementsExistingActionIds: string[];
}

/** Step 5: a network the company chose (or rejected), with why. */
export interface NetworkChoice {
  id: string;
  networkId: string;
  chosen: boolean;
  rationale: string;
  objectiveIds: string[];
  audienceIds: string[];
}

export interface ContentPillar {
  id: string;
  name: string;
  description: string;
  /** Target share of posts in percent; pillars sum to 100. */
  targetShare: number;
  /** Sensitive pillars can require a stricter approval circuit (approvals issue). */
  sensitive: boolean;
  colour: string | null;
}

export interface PostingFrequency {
  networkId: string;
  postsPerWeek: number;
}

/** Step 6. */
export interface EditorialLine {
  tone: string;
  image: string;
  pillars: ContentPillar[];
  formats: string[];
  frequencies: PostingFrequency[];
  dos: string[];
  donts: string[];
  wordsToAvoid: string[];
  requiredHashtags: string[];
  requiredMentions: string[];
  languages: string[];
}

export const INDICATOR_KINDS = ['roi', 'roa', 'roni', 'process'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** Step 7: a typed indicator on a metric of the catalogue (src/modules/strategy/metrics.catalogue.ts). */
export interface Indicator {
  id: string;
  objectiveId: string;
  kind: IndicatorKind;
  /** Metric id from the catalogue; the formula comes from there. */
  metric: string;
  name: string;
  baseline: number | null;
  target: number | null;
  /** Unit shown with values: percent, count, minutes, currency, ratio. */
  unit: string;
  periodStart: string | null;
  periodEnd: string | null;
  /** Where a proposed default target came from (e.g. "Rival IQ median"), null when set by hand. */
  targetSource: string | null;
  /** Network the indicator is measured on when targets differ per network (engagement, reply time). */
  networkId?: string | null;
}

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Step 8: a RACI. Ids are membership ids or department ids of the workspace. */
export interface Raci {
  responsible: string[];
  accountable: string | null;
  consulted: string[];
  informed: string[];
}

/** The action plan: actions group posts later. */
export interface PlanAction {
  id: string;
  title: string;
  description: string;
  objectiveId: string | null;
  audienceIds: string[];
  networkIds: string[];
  /** Membership id of the owner. */
  ownerId: string | null;
  startDate: string | null;
  endDate: string | null;
  status: ActionStatus;
  /** Minor units of the workspace currency. */
  budgetEstimate: number;
  raci: Raci;
  /** Step 9: the person reviewed the action's obstacles and found none. */
  noObstaclesIdentified: boolean;
}

export const OBSTACLE_FAMILIES = [
  'top_management',
  'strategy',
  'measurement',
  'resources',
  'internal_processes',
  'budget',
  'other',
] as const;
export type ObstacleFamily = (typeof OBSTACLE_FAMILIES)[number];
export const OBSTACLE_STATUSES = ['open', 'mitigating', 'resolved', 'accepted'] as const;
export type ObstacleStatus = (typeof OBSTACLE_STATUSES)[number];

/** Step 9. */
export interface Obstacle {
  id: string;
  actionId: string | null;
  family: ObstacleFamily;
  description: string;
  /** 1–5 each; the heat map plots them. */
  likelihood: number;
  impact: number;
  mitigation: string;
  ownerId: string | null;
  dueDate: string | null;
  status: ObstacleStatus;
}

/** The whole strategy at one moment: what versions snapshot and import/export carry. */
export interface StrategySnapshot {
  /** Overview: the company's context in a few lines. */
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

/** People and departments a snapshot's RACI and owners refer to, for documents and checks. */
export interface StrategyDirectory {
  members: { id: string; name: string; email: string; role: string }[];
  departments: { id: string; name: string }[];
  currency: string;
  locale: 'en' | 'fr';
  workspaceName: string;
  /** The people, processes and workload behind the plan, when the caller gathered them (step 8). */
  organisation?: OrganisationSummary;
  /** The budget lines of the strategy's period, when the caller gathered them (step 8, briefing). */
  budget?: BudgetOverview;
}

/**
 * Organisation figures for the documents, read from the organisation module at generation time (they
 * are live data, not part of a version). Names are resolved so renderers need no lookup.
 */
export interface OrganisationSummary {
  resources: {
    name: string;
    kind: 'member' | 'provider';
    /** agency, freelancer, studio, other; null for members. */
    providerType: string | null;
    skills: string[];
    capacityHoursPerWeek: number;
  }[];
  /** RACI of the recurring processes (publishing and inbox per network, approvals), names resolved. */
  processes: {
    process: string;
    networkId: string | null;
    responsible: string[];
    accountable: string | null;
    consulted: string[];
    informed: string[];
  }[];
  /** Planned hours against capacity for the next ISO weeks, from the workload rules. */
  workload: {
    weeks: string[];
    people: { name: string; weeks: { week: string; plannedHours: number; capacityHours: number }[] }[];
    overloads: {
      week: string;
      name: string;
      overloadHours: number;
      /** The largest cause of the week's hours: publishing or inbox on a network, an action, a post. */
      mainCause: { kind: string; networkId: string | null; label: string | null } | null;
    }[];
    /** Planned work with nobody responsible, in hours per week. */
    unassigned: { week: string; hours: number }[];
  };
  /** Inbox coverage of the coming ISO week against each network's reply target. */
  coverage: {
    week: string;
    timeZone: string;
    networks: {
      networkId: string;
      replyTargetMinutes: number;
      coverers: number;
      gaps: number;
      breachMinutes: number;
      /** The first uncovered stretch longer than the target, on the workspace's wall clock. */
      firstBreach: { localStart: string; localEnd: string } | null;
    }[];
  };
}

/** Money figures of the budget in minor units of `currency`, for the documents. */
export interface BudgetFigures {
  planned: number;
  committed: number;
  actual: number;
}

/** The budget lines of a period, totalled per category and per objective. */
export interface BudgetOverview {
  currency: string;
  /** Months 'YYYY-MM', inclusive. */
  from: string;
  to: string;
  /** Whether the period is the strategy's (objective periods) or the calendar year of generation. */
  period: 'strategy' | 'year';
  lineCount: number;
  byCategory: ({ category: string } & BudgetFigures)[];
  byObjective: ({ objectiveId: string | null; objectiveTitle: string | null } & BudgetFigures)[];
  total: BudgetFigures;
}

/** An empty strategy: where a workspace starts when it picks no template. */
export function emptySnapshot(): StrategySnapshot {
  return {
    title: '',
    summary: '',
    objectives: [],
    audiences: [],
    existingActions: [],
    valueAdded: [],
    networkChoices: [],
    editorialLine: {
      tone: '',
      image: '',
      pillars: [],
      formats: [],
      frequencies: [],
      dos: [],
      donts: [],
      wordsToAvoid: [],
      requiredHashtags: [],
      requiredMentions: [],
      languages: [],
    },
    indicators: [],
    actions: [],
    obstacles: [],
  };
}
