import { networkName } from '../catalogue/networks.js';
import {
  ATTENTION_OBJECTIVES,
  VALUE_PRODUCING_OBJECTIVES,
  type Objective,
  type PlanAction,
  type StrategySnapshot,
} from '../strategy.model.js';
import { isNearDuplicate } from './text-similarity.js';

/**
 * The completeness report's rules: pure functions of a snapshot, one per check of the method. Each
 * returns its gaps (with a message in both languages and the place that fixes it) and how many
 * things it looked at, so "nothing to check" never counts as "done".
 */

export type Step = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
export type GapKind =
  'strategy' | 'objective' | 'networkChoice' | 'valueAdded' | 'editorialLine' | 'indicator' | 'action';
export type Severity = 'error' | 'warning';

export interface Gap {
  rule: RuleId;
  severity: Severity;
  step: Step;
  message: { en: string; fr: string };
  /** Where the web links to: the step's page and the item to open (null: the step itself). */
  target: { step: Step; kind: GapKind; id: string | null };
}

export interface RuleOutcome {
  gaps: Gap[];
  /** How many items the rule examined; 0 means the rule could not be satisfied yet. */
  checked: number;
}

export const RULE_IDS = [
  'has_objectives',
  'objective_has_audience',
  'objective_has_indicator_with_target',
  'has_chosen_network',
  'network_has_value_added',
  'network_serves_objective',
  'value_added_not_copied',
  'pillar_shares_sum_to_100',
  'has_actions',
  'action_has_responsible_and_accountable',
  'action_obstacles_reviewed',
  'indicator_kind_fits_objective',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

type Message = { en: string; fr: string };
const gap = (rule: RuleId, severity: Severity, step: Step, message: Message, target: Gap['target']): Gap => ({
  rule,
  severity,
  step,
  message,
  target,
});

// Cancelled actions are out of the plan: they need neither a RACI nor a risk review.
const liveActions = (s: StrategySnapshot): PlanAction[] => s.actions.filter((a) => a.status !== 'cancelled');
const chosen = (s: StrategySnapshot) => s.networkChoices.filter((c) => c.chosen);

/** Step 1: a strategy starts with at least one objective (opening an account is not a goal). */
export function hasObjectives(s: StrategySnapshot): RuleOutcome {
  const gaps = s.objectives.length
    ? []
    : [
        gap(
          'has_objectives',
          'error',
          1,
          {
            en: 'Define at least one objective: opening an account is not a goal in itself.',
            fr: 'Définissez au moins un objectif : ouvrir un compte n’est pas un objectif en soi.',
          },
          { step: 1, kind: 'strategy', id: null },
        ),
      ];
  return { gaps, checked: 1 };
}

/** Step 2: every objective is aimed at at least one audience. */
export function objectiveHasAudience(s: StrategySnapshot): RuleOutcome {
  const served = new Set(s.audiences.flatMap((a) => a.objectiveIds));
  const gaps = s.objectives
    .filter((o) => !served.has(o.id))
    .map((o) =>
      gap(
        'objective_has_audience',
        'error',
        2,
        {
          en: `Objective “${o.title}” has no target audience: link an audience to it.`,
          fr: `L’objectif « ${o.title} » n’a pas d’audience cible : reliez-lui une audience.`,
        },
        { step: 2, kind: 'objective', id: o.id },
      ),
    );
  return { gaps, checked: s.objectives.length };
}

/** Step 7: every objective has a typed indicator with a target. */
export function objectiveHasIndicatorWithTarget(s: StrategySnapshot): RuleOutcome {
  const measured = new Set(s.indicators.filter((i) => i.target !== null).map((i) => i.objectiveId));
  const gaps = s.objectives
    .filter((o) => !measured.has(o.id))
    .map((o) =>
      gap(
        'objective_has_indicator_with_target',
        'error',
        7,
        {
          en: `Objective “${o.title}” has no indicator with a target: add one (ROI, ROA, RONI or process) and set its target.`,
          fr: `L’objectif « ${o.title} » n’a pas d’indicateur avec une cible : ajoutez-en un (ROI, ROA, RONI ou processus) et fixez sa cible.`,
        },
        { step: 7, kind: 'objective', id: o.id },
      ),
    );
  return { gaps, checked: s.objectives.length };
}

/** Step 5: at least one network is chosen. */
export function hasChosenNetwork(s: StrategySnapshot): RuleOutcome {
  const gaps = chosen(s).length
    ? []
    : [
        gap(
          'has_chosen_network',
          'error',
          5,
          {
            en: 'Choose at least one network that fits your audiences and objectives.',
            fr: 'Choisissez au moins un réseau adapté à vos audiences et à vos objectifs.',
          },
          { step: 5, kind: 'strategy', id: null },
        ),
      ];
  return { gaps, checked: 1 };
}

/** Step 4: every chosen network says what it adds beyond the existing actions. */
export function networkHasValueAdded(s: StrategySnapshot): RuleOutcome {
  const stated = new Set(s.valueAdded.filter((v) => v.statement.trim()).map((v) => v.networkId));
  const choices = chosen(s);
  const gaps = choices
    .filter((c) => !stated.has(c.networkId))
    .map((c) =>
      gap(
        'network_has_value_added',
        'error',
        4,
        {
          en: `${networkName(c.networkId)} has no value-added statement: say what it brings that your existing actions do not.`,
          fr: `${networkName(c.networkId)} n’a pas de valeur ajoutée : dites ce qu’il apporte que vos actions existantes n’apportent pas.`,
        },
        { step: 4, kind: 'networkChoice', id: c.id },
      ),
    );
  return { gaps, checked: choices.length };
}

/** Step 5: every chosen network serves at least one objective of the strategy. */
export function networkServesObjective(s: StrategySnapshot): RuleOutcome {
  const objectives = new Set(s.objectives.map((o) => o.id));
  const choices = chosen(s);
  const gaps = choices
    .filter((c) => !c.objectiveIds.some((id) => objectives.has(id)))
    .map((c) =>
      gap(
        'network_serves_objective',
        'error',
        5,
        {
          en: `${networkName(c.networkId)} serves no objective: link it to the objectives it is chosen for.`,
          fr: `${networkName(c.networkId)} ne sert aucun objectif : reliez-le aux objectifs pour lesquels il est choisi.`,
        },
        { step: 5, kind: 'networkChoice', id: c.id },
      ),
    );
  return { gaps, checked: choices.length };
}

/**
 * Step 4: no copy-paste across networks. Statements are compared after normalising whitespace,
 * case, accents and punctuation and removing network names; near-identical ones count too (the
 * threshold and its measurements are in text-similarity.ts). Each copy is reported once, on the
 * later statement, naming the network it repeats.
 */
export function valueAddedNotCopied(s: StrategySnapshot): RuleOutcome {
  const statements = s.valueAdded.filter((v) => v.statement.trim());
  const gaps: Gap[] = [];
  statements.forEach((v, j) => {
    const original = statements
      .slice(0, j)
      .find((u) => u.networkId !== v.networkId && isNearDuplicate(u.statement, v.statement));
    if (!original) return;
    const [here, there] = [networkName(v.networkId), networkName(original.networkId)];
    gaps.push(
      gap(
        'value_added_not_copied',
        'error',
        4,
        {
          en: `The value added on ${here} repeats the one on ${there}: each network must bring something of its own, not a copy.`,
          fr: `La valeur ajoutée sur ${here} reprend celle de ${there} : chaque réseau doit apporter quelque chose de propre, pas un copier-coller.`,
        },
        { step: 4, kind: 'valueAdded', id: v.id },
      ),
    );
  });
  return { gaps, checked: statements.length };
}

/** Step 6: content pillars exist and their target shares add up to 100 %. */
export function pillarSharesSumTo100(s: StrategySnapshot): RuleOutcome {
  const pillars = s.editorialLine.pillars;
  const target = { step: 6 as const, kind: 'editorialLine' as const, id: null };
  if (!pillars.length) {
    return {
      gaps: [
        gap(
          'pillar_shares_sum_to_100',
          'error',
          6,
          {
            en: 'Define the content pillars of the editorial line and the share of posts each should take.',
            fr: 'Définissez les piliers de contenu de la ligne éditoriale et la part de publications de chacun.',
          },
          target,
        ),
      ],
      checked: 0,
    };
  }
  const sum = Math.round(pillars.reduce((t, p) => t + p.targetShare, 0) * 100) / 100;
  // Shares are typed by hand (33.3 × 3): a hundredth of a point is rounding, not a gap.
  const gaps =
    Math.abs(sum - 100) < 0.01
      ? []
      : [
          gap(
            'pillar_shares_sum_to_100',
            'error',
            6,
            {
              en: `Content pillar shares add up to ${sum} %, not 100 %.`,
              fr: `Les parts des piliers de contenu totalisent ${sum.toLocaleString('fr-FR')} %, et non 100 %.`,
            },
            target,
          ),
        ];
  return { gaps, checked: 1 };
}

/** Step 8: the plan has at least one action. */
export function hasActions(s: StrategySnapshot): RuleOutcome {
  const gaps = liveActions(s).length
    ? []
    : [
        gap(
          'has_actions',
          'error',
          8,
          {
            en: 'Plan at least one action: it is what posts will be grouped under.',
            fr: 'Planifiez au moins une action : c’est sous elles que les publications seront regroupées.',
          },
          { step: 8, kind: 'strategy', id: null },
        ),
      ];
  return { gaps, checked: 1 };
}

/** Step 8: every action has someone responsible and someone accountable. */
export function actionHasResponsibleAndAccountable(s: StrategySnapshot): RuleOutcome {
  const actions = liveActions(s);
  const gaps: Gap[] = [];
  for (const a of actions) {
    const missing = { responsible: !a.raci.responsible.length, accountable: !a.raci.accountable };
    if (!missing.responsible && !missing.accountable) continue;
    const en = [missing.responsible && 'responsible', missing.accountable && 'accountable']
      .filter(Boolean)
      .join(' and ');
    const fr = [missing.responsible && 'de responsable (R)', missing.accountable && 'd’approbateur (A)']
      .filter(Boolean)
      .join(' ni ');
    gaps.push(
      gap(
        'action_has_responsible_and_accountable',
        'error',
        8,
        {
          en: `Action “${a.title}” has no ${en} person in its RACI.`,
          fr: `L’action « ${a.title} » n’a pas ${fr} dans son RACI.`,
        },
        { step: 8, kind: 'action', id: a.id },
      ),
    );
  }
  return { gaps, checked: actions.length };
}

/** Step 9: every action's obstacles are reviewed: at least one recorded, or "none identified". */
export function actionObstaclesReviewed(s: StrategySnapshot): RuleOutcome {
  const withObstacles = new Set(s.obstacles.map((o) => o.actionId));
  const actions = liveActions(s);
  const gaps = actions
    .filter((a) => !withObstacles.has(a.id) && !a.noObstaclesIdentified)
    .map((a) =>
      gap(
        'action_obstacles_reviewed',
        'error',
        9,
        {
          en: `Review the obstacles to “${a.title}”: record them, or mark the action as having none identified.`,
          fr: `Examinez les obstacles à « ${a.title} » : consignez-les, ou indiquez qu’aucun n’a été identifié.`,
        },
        { step: 9, kind: 'action', id: a.id },
      ),
    );
  return { gaps, checked: actions.length };
}

/**
 * Step 7, advice only: ROI needs attributable value (sales, prospecting, recruitment), while
 * visibility, awareness and loyalty are measured by attention (ROA). A mismatch is explained as a
 * warning, never forbidden. Custom objectives are not judged: we do not know what they produce.
 */
export function indicatorKindFitsObjective(s: StrategySnapshot): RuleOutcome {
  const byId = new Map<string, Objective>(s.objectives.map((o) => [o.id, o]));
  const gaps: Gap[] = [];
  for (const i of s.indicators) {
    const o = byId.get(i.objectiveId);
    if (!o || i.kind !== 'roi' || o.type === 'custom' || VALUE_PRODUCING_OBJECTIVES.includes(o.type))
      continue;
    gaps.push(
      gap(
        'indicator_kind_fits_objective',
        'warning',
        7,
        {
          en: `“${i.name}” is an ROI indicator, but “${o.title}” is about attention: its return rarely has a price. Consider ROA (engagement, reach, traffic) instead.`,
          fr: `« ${i.name} » est un indicateur de ROI, mais « ${o.title} » relève de l’attention : son retour a rarement un prix. Préférez un ROA (engagement, portée, trafic).`,
        },
        { step: 7, kind: 'indicator', id: i.id },
      ),
    );
  }
  for (const o of s.objectives) {
    if (!ATTENTION_OBJECTIVES.includes(o.type)) continue;
    const kinds = s.indicators.filter((i) => i.objectiveId === o.id).map((i) => i.kind);
    if (!kinds.length || kinds.includes('roa') || kinds.includes('roi')) continue;
    gaps.push(
      gap(
        'indicator_kind_fits_objective',
        'warning',
        7,
        {
          en: `“${o.title}” is about attention but has no ROA indicator: add engagement, reach or traffic to show what it earns.`,
          fr: `« ${o.title} » relève de l’attention mais n’a aucun indicateur de ROA : ajoutez engagement, portée ou trafic pour montrer ce qu’il rapporte.`,
        },
        { step: 7, kind: 'objective', id: o.id },
      ),
    );
  }
  return { gaps, checked: s.indicators.length };
}

/** Every rule, in the order of the steps they check. */
export const RULES: Record<RuleId, (s: StrategySnapshot) => RuleOutcome> = {
  has_objectives: hasObjectives,
  objective_has_audience: objectiveHasAudience,
  objective_has_indicator_with_target: objectiveHasIndicatorWithTarget,
  has_chosen_network: hasChosenNetwork,
  network_has_value_added: networkHasValueAdded,
  network_serves_objective: networkServesObjective,
  value_added_not_copied: valueAddedNotCopied,
  pillar_shares_sum_to_100: pillarSharesSumTo100,
  has_actions: hasActions,
  action_has_responsible_and_accountable: actionHasResponsibleAndAccountable,
  action_obstacles_reviewed: actionObstaclesReviewed,
  indicator_kind_fits_objective: indicatorKindFitsObjective,
};
