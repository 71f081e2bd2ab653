import type {
  Audience,
  Indicator,
  Objective,
  Obstacle,
  PlanAction,
  Priority,
  StrategySnapshot,
} from '../strategy.model.js';
import { networkName } from '../catalogue/networks.js';
import { recommendNetworks } from '../recommendation.js';
import { planBudget } from './format.js';

/**
 * What the executive briefing says, chosen from the snapshot by plain rules so it can be tested
 * without a PDF: the most important objectives and audiences, the chosen networks best scored first,
 * the targets that matter, the risk of doing nothing and the worst obstacles still open.
 */
export interface BriefingContent {
  objectives: Objective[];
  audiences: Audience[];
  networks: { networkId: string; name: string; rationale: string; score: number; serves: string[] }[];
  actions: PlanAction[];
  budget: {
    total: number;
    excludedCancelled: boolean;
    byObjective: { objectiveId: string | null; minor: number }[];
  };
  targets: Indicator[];
  roni: Indicator[];
  /** Audiences already on social networks (doing nothing leaves them to others there), and those networks. */
  onSocial: { count: number; of: number; networks: string[] };
  obstacles: Obstacle[];
}

const RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

function byPriority(objectives: readonly Objective[]): Objective[] {
  return objectives
    .map((o, i) => ({ o, i }))
    .sort((a, b) => RANK[a.o.priority] - RANK[b.o.priority] || a.i - b.i)
    .map((x) => x.o);
}

/** One target per objective first (in priority order, value before attention), then the rest. */
function pickTargets(s: StrategySnapshot, objectives: Objective[]): Indicator[] {
  const kindRank = { roi: 0, roa: 1, process: 2, roni: 3 } as const;
  const withTarget = s.indicators.filter((i) => i.target !== null && i.kind !== 'roni');
  const order = new Map(objectives.map((o, i) => [o.id, i]));
  const sorted = [...withTarget].sort(
    (a, b) =>
      (order.get(a.objectiveId) ?? 99) - (order.get(b.objectiveId) ?? 99) ||
      kindRank[a.kind] - kindRank[b.kind],
  );
  const firsts: Indicator[] = [];
  const seen = new Set<string>();
  for (const i of sorted) {
    if (seen.has(i.objectiveId)) continue;
    seen.add(i.objectiveId);
    firsts.push(i);
  }
  return [...firsts, ...sorted.filter((i) => !firsts.includes(i))];
}

/** Chooses and orders what the one-page briefing shows; the renderer decides how much fits. */
export function briefingContent(s: StrategySnapshot): BriefingContent {
  const objectives = byPriority(s.objectives);
  const objectiveRank = new Map(objectives.map((o, i) => [o.id, i]));
  const audienceRank = (a: Audience): number =>
    Math.min(99, ...a.objectiveIds.map((id) => objectiveRank.get(id) ?? 99));
  const audiences = s.audiences
    .map((a, i) => ({ a, i }))
    .sort((x, y) => audienceRank(x.a) - audienceRank(y.a) || x.i - y.i)
    .map((x) => x.a);
  const scores = new Map(recommendNetworks(s).map((r) => [r.networkId, r.score]));
  const chosen = s.networkChoices.filter((c) => c.chosen);
  const networks = chosen
    .map((c) => ({
      networkId: c.networkId,
      name: networkName(c.networkId),
      rationale: c.rationale,
      score: scores.get(c.networkId) ?? 0,
      serves: c.objectiveIds
        .map((id) => s.objectives.find((o) => o.id === id)?.title)
        .filter((t): t is string => Boolean(t)),
    }))
    .sort((a, b) => b.score - a.score);
  const budget = planBudget(s.actions);
  const perObjective = new Map<string | null, number>();
  for (const a of s.actions) {
    if (a.status === 'cancelled') continue;
    perObjective.set(a.objectiveId, (perObjective.get(a.objectiveId) ?? 0) + a.budgetEstimate);
  }
  const byObjective = [...perObjective.entries()]
    .map(([objectiveId, minor]) => ({ objectiveId, minor }))
    .filter((x) => x.minor > 0)
    .sort((a, b) => b.minor - a.minor);
  const located = s.audiences.filter((a) => a.presentOn.length > 0);
  const where = [...new Set(located.flatMap((a) => a.presentOn))].map(networkName);
  const obstacles = s.obstacles
    .filter((o) => o.status !== 'resolved')
    .map((o, i) => ({ o, i }))
    .sort((a, b) => b.o.likelihood * b.o.impact - a.o.likelihood * a.o.impact || a.i - b.i)
    .map((x) => x.o);
  return {
    objectives,
    audiences,
    networks,
    actions: s.actions.filter((a) => a.status !== 'cancelled'),
    budget: { ...budget, byObjective },
    targets: pickTargets(s, objectives),
    roni: s.indicators.filter((i) => i.kind === 'roni'),
    onSocial: { count: located.length, of: s.audiences.length, networks: where },
    obstacles,
  };
}
