import { newId } from '../../../core/ids.js';
import { defaultTargetFor, findMetric } from '../metrics.catalogue.js';
import { networkName } from '../catalogue/networks.js';
import type {
  ActionStatus,
  ExistingChannel,
  ObjectiveType,
  ObstacleFamily,
  ObstacleStatus,
  Priority,
  Segment,
  StrategySnapshot,
} from '../strategy.model.js';

/**
 * Templates are written once as bilingual specs (each text an [English, French] pair) that refer to
 * each other by local keys; `buildSnapshot` turns one into a snapshot in one language with fresh ids
 * and dates counted in months from the start of next month, so a template never looks out of date.
 */

export type Locale = 'en' | 'fr';
/** A text in English and in French. */
export type T = readonly [en: string, fr: string];
/** Months counted from the first day of next month: [first month, last month], both inclusive. */
export type Months = readonly [number, number];

/** What the company is and where it stands: steps 1 to 5. */
export interface TemplateContext {
  id: string;
  name: T;
  description: T;
  title: T;
  summary: T;
  objectives: {
    key: string;
    type: ObjectiveType;
    customType?: T;
    title: T;
    description: T;
    priority: Priority;
    months: Months;
  }[];
  audiences: {
    key: string;
    name: T;
    segment: Segment;
    description: T;
    ages: readonly [number | null, number | null];
    places: T[];
    languages: string[];
    interests: T[];
    needs: T[];
    pains: T[];
    presentOn: string[];
    objectives: string[];
  }[];
  existing: {
    key: string;
    name: T;
    channel: ExistingChannel;
    frequency: T;
    owner: T;
    description: T;
    audiences: string[];
    objectives: string[];
  }[];
  valueAdded: { objective: string; network: string; statement: T; complements: string[] }[];
  choices: { network: string; chosen: boolean; rationale: T; objectives: string[]; audiences: string[] }[];
}

/** What the company will do: steps 6 to 9 and the action plan. */
export interface TemplatePlan {
  editorial: {
    tone: T;
    image: T;
    pillars: { name: T; description: T; share: number; sensitive: boolean; colour: string }[];
    formats: T[];
    frequencies: { network: string; postsPerWeek: number }[];
    dos: T[];
    donts: T[];
    wordsToAvoid: T[];
    hashtags: T[];
    mentions: string[];
    languages: string[];
  };
  /** `target` undefined takes the metric's cited default; a number is a target set by hand. */
  indicators: {
    objective: string;
    metric: string;
    network?: string;
    name?: T;
    baseline: number | null;
    target?: number;
  }[];
  actions: {
    key: string;
    title: T;
    description: T;
    objective: string;
    audiences: string[];
    networks: string[];
    months: Months;
    status: ActionStatus;
    /** Minor units of the workspace currency. */
    budget: number;
    noObstacles?: boolean;
  }[];
  obstacles: {
    action: string | null;
    family: ObstacleFamily;
    description: T;
    likelihood: number;
    impact: number;
    mitigation: T;
    dueMonth: number | null;
    status: ObstacleStatus;
  }[];
}

export type TemplateSpec = TemplateContext & TemplatePlan;

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** First day of month `offset` after the start month (UTC). */
function monthStart(start: Date, offset: number): string {
  return isoDate(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + offset, 1)));
}

/** Last day of month `offset` after the start month (UTC). */
function monthEnd(start: Date, offset: number): string {
  return isoDate(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + offset + 1, 0)));
}

/** Fresh ids per local key; an unknown key is a bug in the template, so it throws. */
class Keys {
  private readonly ids = new Map<string, string>();
  define(key: string): string {
    if (this.ids.has(key)) throw new Error(`duplicate template key ${key}`);
    const id = newId();
    this.ids.set(key, id);
    return id;
  }
  ref(key: string): string {
    const id = this.ids.get(key);
    if (!id) throw new Error(`unknown template key ${key}`);
    return id;
  }
}

/** Builds the snapshot of a template in one language, with fresh ids and dates from `now`. */
export function buildSnapshot(spec: TemplateSpec, locale: Locale, now: Date): StrategySnapshot {
  const l = (t: T): string => (locale === 'en' ? t[0] : t[1]);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const keys = new Keys();
  const objectives = spec.objectives.map((o) => ({
    id: keys.define(`objective:${o.key}`),
    type: o.type,
    customType: o.customType ? l(o.customType) : null,
    title: l(o.title),
    description: l(o.description),
    priority: o.priority,
    periodStart: monthStart(start, o.months[0]),
    periodEnd: monthEnd(start, o.months[1]),
  }));
  const objectiveRef = (key: string): string => keys.ref(`objective:${key}`);
  const audiences = spec.audiences.map((a) => ({
    id: keys.define(`audience:${a.key}`),
    name: l(a.name),
    segment: a.segment,
    description: l(a.description),
    ageMin: a.ages[0],
    ageMax: a.ages[1],
    places: a.places.map(l),
    languages: [...a.languages],
    interests: a.interests.map(l),
    needs: a.needs.map(l),
    pains: a.pains.map(l),
    presentOn: [...a.presentOn],
    objectiveIds: a.objectives.map(objectiveRef),
  }));
  const audienceRef = (key: string): string => keys.ref(`audience:${key}`);
  const existingActions = spec.existing.map((e) => ({
    id: keys.define(`existing:${e.key}`),
    name: l(e.name),
    channel: e.channel,
    frequency: l(e.frequency),
    owner: l(e.owner),
    description: l(e.description),
    audienceIds: e.audiences.map(audienceRef),
    objectiveIds: e.objectives.map(objectiveRef),
  }));
  const valueAdded = spec.valueAdded.map((v) => ({
    id: newId(),
    objectiveId: objectiveRef(v.objective),
    networkId: v.network,
    statement: l(v.statement),
    complementsExistingActionIds: v.complements.map((k) => keys.ref(`existing:${k}`)),
  }));
  const networkChoices = spec.choices.map((c) => ({
    id: newId(),
    networkId: c.network,
    chosen: c.chosen,
    rationale: l(c.rationale),
    objectiveIds: c.objectives.map(objectiveRef),
    audienceIds: c.audiences.map(audienceRef),
  }));
  const e = spec.editorial;
  const editorialLine = {
    tone: l(e.tone),
    image: l(e.image),
    pillars: e.pillars.map((p) => ({
      id: newId(),
      name: l(p.name),
      description: l(p.description),
      targetShare: p.share,
      sensitive: p.sensitive,
      colour: p.colour,
    })),
    formats: e.formats.map(l),
    frequencies: e.frequencies.map((f) => ({ networkId: f.network, postsPerWeek: f.postsPerWeek })),
    dos: e.dos.map(l),
    donts: e.donts.map(l),
    wordsToAvoid: e.wordsToAvoid.map(l),
    requiredHashtags: e.hashtags.map(l),
    requiredMentions: [...e.mentions],
    languages: [...e.languages],
  };
  const indicators = spec.indicators.map((i) => {
    const metric = findMetric(i.metric);
    if (!metric) throw new Error(`unknown metric ${i.metric}`);
    const objective = objectives[spec.objectives.findIndex((o) => o.key === i.objective)];
    if (!objective) throw new Error(`unknown template key objective:${i.objective}`);
    const cited = i.target === undefined ? defaultTargetFor(i.metric, i.network) : undefined;
    const baseName = i.name ? l(i.name) : metric.name[locale];
    return {
      id: newId(),
      objectiveId: objective.id,
      kind: metric.kind,
      metric: metric.id,
      name: i.network ? `${baseName} — ${networkName(i.network)}` : baseName,
      baseline: i.baseline,
      target: i.target ?? cited?.value ?? null,
      unit: metric.unit,
      periodStart: objective.periodStart,
      periodEnd: objective.periodEnd,
      targetSource: cited?.source ?? null,
      networkId: i.network ?? null,
    };
  });
  const actions = spec.actions.map((a) => ({
    id: keys.define(`action:${a.key}`),
    title: l(a.title),
    description: l(a.description),
    objectiveId: objectiveRef(a.objective),
    audienceIds: a.audiences.map(audienceRef),
    networkIds: [...a.networks],
    // Members are unknown until the workspace has them: owner and RACI stay empty on purpose, so
    // the completeness report asks who is responsible and accountable for each action.
    ownerId: null,
    startDate: monthStart(start, a.months[0]),
    endDate: monthEnd(start, a.months[1]),
    status: a.status,
    budgetEstimate: a.budget,
    raci: { responsible: [], accountable: null, consulted: [], informed: [] },
    noObstaclesIdentified: a.noObstacles ?? false,
  }));
  const obstacles = spec.obstacles.map((o) => ({
    id: newId(),
    actionId: o.action === null ? null : keys.ref(`action:${o.action}`),
    family: o.family,
    description: l(o.description),
    likelihood: o.likelihood,
    impact: o.impact,
    mitigation: l(o.mitigation),
    ownerId: null,
    dueDate: o.dueMonth === null ? null : monthEnd(start, o.dueMonth),
    status: o.status,
  }));
  return {
    title: l(spec.title),
    summary: l(spec.summary),
    objectives,
    audiences,
    existingActions,
    valueAdded,
    networkChoices,
    editorialLine,
    indicators,
    actions,
    obstacles,
  };
}
