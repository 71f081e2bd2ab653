import {
  ATTENTION_OBJECTIVES,
  VALUE_PRODUCING_OBJECTIVES,
  type Indicator,
  type IndicatorKind,
  type Objective,
} from './strategy.model.js';
import { NETWORKS, formatSource, networkName } from './catalogue/networks.js';

/**
 * The metric catalogue: every indicator of step 7 points at one of these, so its formula is written
 * out once, in both languages, and default targets carry the study they come from. The method's
 * third obstacle is the confusion of ROI with KPIs: the `kind` says which family a metric belongs to.
 */

export type MetricUnit = 'percent' | 'count' | 'minutes' | 'currency' | 'ratio';

export interface LocalizedText {
  en: string;
  fr: string;
}

export interface MetricTarget {
  value: number;
  /** Publisher, study and year, shown beside the value wherever the product displays it. */
  source: string;
}

export interface MetricDefinition {
  id: string;
  kind: IndicatorKind;
  name: LocalizedText;
  formula: LocalizedText;
  unit: MetricUnit;
  higherIsBetter: boolean;
  defaultTarget?: MetricTarget;
  /** Targets that differ per network (engagement medians, reply expectations), by network id. */
  defaultTargetByNetwork?: Record<string, MetricTarget>;
}

const RIVAL_IQ_2024 = 'Rival IQ, Social Media Industry Benchmark Report (2024), all-industry median';
const RIVAL_IQ_2023 = 'Rival IQ, Social Media Industry Benchmark Report (2023), all-industry median';

/** Reply expectation per network from the catalogue, so the figure and its source live in one place. */
function replyTargets(): Record<string, MetricTarget> {
  const out: Record<string, MetricTarget> = {};
  for (const n of NETWORKS) {
    const r = n.replyExpectation;
    const suffix = r.basis === 'default' ? ' — general social-media expectation, applied by default' : '';
    out[n.id] = { value: r.minutes, source: `${formatSource(r.source)}${suffix}` };
  }
  return out;
}

const definitions: MetricDefinition[] = [
  // ROI: value-producing objectives (sales, sign-ups, recruitment).
  {
    id: 'roi',
    kind: 'roi',
    name: { en: 'Return on investment', fr: 'Retour sur investissement' },
    formula: {
      en: '(attributed value − cost) ÷ cost × 100',
      fr: '(valeur attribuée − coût) ÷ coût × 100',
    },
    unit: 'percent',
    higherIsBetter: true,
  },
  {
    id: 'cost_per_acquisition',
    kind: 'roi',
    name: { en: 'Cost per acquisition', fr: 'Coût par acquisition' },
    formula: {
      en: 'total cost of the actions ÷ number of conversions (sales, sign-ups, hires)',
      fr: 'coût total des actions ÷ nombre de conversions (ventes, inscriptions, embauches)',
    },
    unit: 'currency',
    higherIsBetter: false,
  },
  {
    id: 'conversions',
    kind: 'roi',
    name: { en: 'Conversions', fr: 'Conversions' },
    formula: {
      en: 'number of sales, sign-ups, leads or applications reached through a tracked link or code',
      fr: 'nombre de ventes, inscriptions, contacts ou candidatures obtenus via un lien ou un code suivi',
    },
    unit: 'count',
    higherIsBetter: true,
  },
  {
    id: 'attributed_value',
    kind: 'roi',
    name: { en: 'Attributed value', fr: 'Valeur attribuée' },
    formula: {
      en: 'sum of the value of each conversion attributed to social media (order amount, value of a lead or a hire)',
      fr: "somme de la valeur de chaque conversion attribuée aux réseaux sociaux (montant de commande, valeur d'un contact ou d'une embauche)",
    },
    unit: 'currency',
    higherIsBetter: true,
  },
  // ROA: attention objectives (visibility, awareness, loyalty).
  {
    id: 'engagement_rate_followers',
    kind: 'roa',
    name: { en: 'Engagement rate by followers', fr: "Taux d'engagement par abonnés" },
    formula: {
      en: '(likes + comments + shares) of a post ÷ followers of the account × 100, median over the period',
      fr: "(j'aime + commentaires + partages) d'une publication ÷ abonnés du compte × 100, médiane sur la période",
    },
    unit: 'percent',
    higherIsBetter: true,
    defaultTargetByNetwork: {
      facebook: { value: 0.063, source: RIVAL_IQ_2024 },
      instagram: { value: 0.47, source: RIVAL_IQ_2023 },
      x: { value: 0.035, source: RIVAL_IQ_2023 },
      tiktok: { value: 2.63, source: RIVAL_IQ_2024 },
    },
  },
  {
    id: 'engagement_rate_impressions',
    kind: 'roa',
    name: { en: 'Engagement rate by impressions', fr: "Taux d'engagement par impressions" },
    formula: {
      en: '(likes + comments + shares) of a post ÷ impressions of that post × 100, median over the period (not comparable with the rate by followers)',
      fr: "(j'aime + commentaires + partages) d'une publication ÷ impressions de cette publication × 100, médiane sur la période (non comparable au taux par abonnés)",
    },
    unit: 'percent',
    higherIsBetter: true,
  },
  {
    id: 'engagements',
    kind: 'roa',
    name: { en: 'Engagements', fr: 'Interactions' },
    formula: {
      en: 'likes + comments + shares (reposts) over the period',
      fr: "j'aime + commentaires + partages (republications) sur la période",
    },
    unit: 'count',
    higherIsBetter: true,
  },
  {
    id: 'reach',
    kind: 'roa',
    name: { en: 'Reach', fr: 'Portée' },
    formula: {
      en: 'number of distinct accounts that saw at least one post over the period, as reported by the network',
      fr: 'nombre de comptes distincts ayant vu au moins une publication sur la période, selon le réseau',
    },
    unit: 'count',
    higherIsBetter: true,
  },
  {
    id: 'impressions',
    kind: 'roa',
    name: { en: 'Impressions', fr: 'Impressions' },
    formula: {
      en: 'number of times posts were displayed over the period (one person can count several times)',
      fr: "nombre d'affichages des publications sur la période (une personne peut compter plusieurs fois)",
    },
    unit: 'count',
    higherIsBetter: true,
  },
  {
    id: 'link_clicks',
    kind: 'roa',
    name: { en: 'Link clicks', fr: 'Clics sur les liens' },
    formula: {
      en: 'clicks on the tracked short links published in posts over the period',
      fr: 'clics sur les liens courts suivis publiés dans les publications sur la période',
    },
    unit: 'count',
    higherIsBetter: true,
  },
  {
    id: 'follower_growth',
    kind: 'roa',
    name: { en: 'Follower growth', fr: 'Croissance des abonnés' },
    formula: {
      en: '(followers at the end − followers at the start) ÷ followers at the start × 100',
      fr: '(abonnés en fin de période − abonnés en début de période) ÷ abonnés en début de période × 100',
    },
    unit: 'percent',
    higherIsBetter: true,
  },
  {
    id: 'attention_per_euro',
    kind: 'roa',
    name: { en: 'Attention per euro spent', fr: 'Attention par euro dépensé' },
    formula: {
      en: 'engagements ÷ money spent on the actions (production, tools, sponsoring, outsourcing)',
      fr: 'interactions ÷ argent dépensé pour les actions (production, outils, sponsoring, sous-traitance)',
    },
    unit: 'ratio',
    higherIsBetter: true,
  },
  {
    id: 'attention_per_hour',
    kind: 'roa',
    name: { en: 'Attention per hour spent', fr: 'Attention par heure passée' },
    formula: {
      en: 'engagements ÷ staff hours spent on the actions',
      fr: 'interactions ÷ heures de travail passées sur les actions',
    },
    unit: 'ratio',
    higherIsBetter: true,
  },
  // RONI: what staying away costs, where nothing else measures.
  {
    id: 'unanswered_questions',
    kind: 'roni',
    name: { en: 'Unanswered questions', fr: 'Questions sans réponse' },
    formula: {
      en: 'questions and complaints addressed to the company on social media that received no answer over the period',
      fr: "questions et réclamations adressées à l'entreprise sur les réseaux sociaux restées sans réponse sur la période",
    },
    unit: 'count',
    higherIsBetter: false,
  },
  {
    id: 'late_answers',
    kind: 'roni',
    name: { en: 'Late answers', fr: 'Réponses tardives' },
    formula: {
      en: 'answers given after the reply target of their network (30 min on X, 4 h elsewhere by default)',
      fr: 'réponses données après le délai cible de leur réseau (30 min sur X, 4 h ailleurs par défaut)',
    },
    unit: 'count',
    higherIsBetter: false,
  },
  {
    id: 'audiences_not_reached',
    kind: 'roni',
    name: { en: 'Audiences not reached', fr: 'Audiences non atteintes' },
    formula: {
      en: 'personas present on a network where the company has no active account',
      fr: "personas présents sur un réseau où l'entreprise n'a pas de compte actif",
    },
    unit: 'count',
    higherIsBetter: false,
  },
  {
    id: 'competitor_presence',
    kind: 'roni',
    name: { en: 'Competitor presence (expected loss)', fr: 'Présence des concurrents (perte attendue)' },
    formula: {
      en: 'probability that a customer turns to a competitor present on the network (0 to 1) × value at stake (customers exposed × average value)',
      fr: 'probabilité qu’un client se tourne vers un concurrent présent sur le réseau (0 à 1) × valeur en jeu (clients exposés × valeur moyenne)',
    },
    unit: 'currency',
    higherIsBetter: false,
  },
  // Process: the organisation's clocks and capacity.
  {
    id: 'first_response_time_median',
    kind: 'process',
    name: { en: 'First response time (median)', fr: 'Délai de première réponse (médiane)' },
    formula: {
      en: 'median of (time of the first answer − time the message arrived), in minutes',
      fr: "médiane de (heure de la première réponse − heure d'arrivée du message), en minutes",
    },
    unit: 'minutes',
    higherIsBetter: false,
    defaultTargetByNetwork: replyTargets(),
  },
  {
    id: 'share_answered_within_target',
    kind: 'process',
    name: { en: 'Share answered within target', fr: 'Part des réponses dans le délai' },
    formula: {
      en: 'messages answered within their network’s reply target ÷ messages that needed an answer × 100',
      fr: 'messages traités dans le délai cible de leur réseau ÷ messages qui appelaient une réponse × 100',
    },
    unit: 'percent',
    higherIsBetter: true,
  },
  {
    id: 'approval_cycle_time',
    kind: 'process',
    name: { en: 'Approval cycle time (median)', fr: 'Durée de validation (médiane)' },
    formula: {
      en: 'median of (time of final approval − time submitted for approval), in minutes',
      fr: 'médiane de (heure de la validation finale − heure de soumission), en minutes',
    },
    unit: 'minutes',
    higherIsBetter: false,
  },
  {
    id: 'workload_vs_capacity',
    kind: 'process',
    name: { en: 'Workload against capacity', fr: 'Charge par rapport à la capacité' },
    formula: {
      en: 'hours planned on the actions ÷ hours available from the people involved × 100',
      fr: 'heures prévues sur les actions ÷ heures disponibles des personnes impliquées × 100',
    },
    unit: 'percent',
    higherIsBetter: false,
    defaultTarget: {
      value: 100,
      source: 'Ceiling by definition: planned hours should not exceed available hours',
    },
  },
];

/** Metric id → definition. */
export const METRICS: Readonly<Record<string, MetricDefinition>> = Object.fromEntries(
  definitions.map((d) => [d.id, d]),
);

/** The metric with this id, or undefined. */
export function findMetric(id: string): MetricDefinition | undefined {
  return METRICS[id];
}

/** The default target of a metric on one network (falling back to its general target), if any. */
export function defaultTargetFor(metricId: string, networkId?: string | null): MetricTarget | undefined {
  const m = METRICS[metricId];
  if (!m) return undefined;
  return (networkId ? m.defaultTargetByNetwork?.[networkId] : undefined) ?? m.defaultTarget;
}

/** An indicator as proposed for an objective; the caller gives it an id when it keeps it. */
export type ProposedIndicator = Omit<Indicator, 'id'>;

function propose(
  objective: Objective,
  metricId: string,
  locale: 'en' | 'fr',
  networkId: string | null = null,
): ProposedIndicator {
  const m = METRICS[metricId];
  if (!m) throw new Error(`unknown metric ${metricId}`);
  const target = defaultTargetFor(metricId, networkId);
  const name = networkId ? `${m.name[locale]} — ${networkName(networkId)}` : m.name[locale];
  return {
    objectiveId: objective.id,
    kind: m.kind,
    metric: m.id,
    name,
    baseline: null,
    target: target?.value ?? null,
    unit: m.unit,
    periodStart: objective.periodStart,
    periodEnd: objective.periodEnd,
    targetSource: target?.source ?? null,
    networkId,
  };
}

/**
 * Typed indicators to start from for one objective: ROI metrics for objectives that produce value,
 * ROA metrics (engagement per chosen network, with the Rival IQ median where one is published) for
 * attention objectives, reply-time clocks and the RONI count of unanswered questions for customer
 * relations. Targets are only pre-filled from cited figures; the others stay empty for the user.
 */
export function proposeDefaultIndicators(
  objective: Objective,
  chosenNetworkIds: readonly string[],
  locale: 'en' | 'fr' = 'en',
): ProposedIndicator[] {
  const out: ProposedIndicator[] = [];
  if (VALUE_PRODUCING_OBJECTIVES.includes(objective.type)) {
    out.push(propose(objective, 'roi', locale));
    out.push(propose(objective, 'conversions', locale));
    out.push(propose(objective, 'cost_per_acquisition', locale));
    return out;
  }
  if (ATTENTION_OBJECTIVES.includes(objective.type)) {
    for (const networkId of chosenNetworkIds) {
      out.push(propose(objective, 'engagement_rate_followers', locale, networkId));
    }
    if (objective.type === 'customer_relations') {
      for (const networkId of chosenNetworkIds) {
        out.push(propose(objective, 'first_response_time_median', locale, networkId));
      }
      out.push(propose(objective, 'unanswered_questions', locale));
      return out;
    }
    out.push(propose(objective, 'reach', locale));
    out.push(propose(objective, objective.type === 'internal' ? 'engagements' : 'follower_growth', locale));
    return out;
  }
  // Custom objectives: attention metrics until the user says what value they produce.
  out.push(propose(objective, 'engagements', locale));
  out.push(propose(objective, 'reach', locale));
  return out;
}
