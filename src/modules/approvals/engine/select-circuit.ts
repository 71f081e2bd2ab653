import type { CircuitDefinition, ContentFacts } from './circuit.types.js';

/** Why a circuit did or did not match, one code per criterion it constrains. */
export type MatchReason =
  | 'content_type_matches'
  | 'content_type_differs'
  | 'objective_matches'
  | 'objective_differs'
  | 'network_matches'
  | 'network_differs'
  | 'sensitive_pillar'
  | 'pillar_not_sensitive'
  | 'matches_everything';

export interface CircuitEvaluation {
  circuitId: string;
  matches: boolean;
  /** Number of criteria the circuit constrains (0–4): the more, the more specific. */
  specificity: number;
  priority: number;
  reasons: MatchReason[];
}

export interface CircuitSelection {
  circuit: CircuitDefinition | null;
  /** What decided: the only match, a higher specificity, a higher priority, or the id order as a last resort. */
  decidedBy: 'no_match' | 'only_match' | 'specificity' | 'priority' | 'id_order';
  evaluations: CircuitEvaluation[];
}

const overlaps = (a: string[], b: string[]) => a.some((x) => b.includes(x));

/** Checks each criterion a circuit constrains against the content, with a reason for each. */
export function evaluateCircuit(circuit: CircuitDefinition, content: ContentFacts): CircuitEvaluation {
  const m = circuit.match;
  const reasons: MatchReason[] = [];
  let matches = true;
  let specificity = 0;
  const check = (constrained: boolean, ok: boolean, yes: MatchReason, no: MatchReason) => {
    if (!constrained) return;
    specificity += 1;
    reasons.push(ok ? yes : no);
    if (!ok) matches = false;
  };
  check(
    m.contentTypes.length > 0,
    m.contentTypes.includes(content.type),
    'content_type_matches',
    'content_type_differs',
  );
  check(
    m.objectiveIds.length > 0,
    overlaps(m.objectiveIds, content.objectiveIds),
    'objective_matches',
    'objective_differs',
  );
  check(m.networks.length > 0, overlaps(m.networks, content.networks), 'network_matches', 'network_differs');
  check(m.sensitivePillarOnly, content.sensitivePillar, 'sensitive_pillar', 'pillar_not_sensitive');
  if (specificity === 0) reasons.push('matches_everything');
  return { circuitId: circuit.id, matches, specificity, priority: circuit.priority, reasons };
}

/**
 * The circuit that governs `content`: among those that match, the most specific (most criteria
 * constrained) wins; equal specificity goes to the higher priority, then to the smaller id so the
 * answer never depends on list order. Null when none matches (no approval needed).
 */
export function selectCircuit(circuits: CircuitDefinition[], content: ContentFacts): CircuitSelection {
  const evaluations = circuits.map((c) => evaluateCircuit(c, content));
  const ranked = circuits
    .map((c, i) => ({ c, e: evaluations[i]! }))
    .filter((x) => x.e.matches)
    .sort(
      (a, b) =>
        b.e.specificity - a.e.specificity ||
        b.e.priority - a.e.priority ||
        (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0),
    );
  const [first, second] = ranked;
  if (!first) return { circuit: null, decidedBy: 'no_match', evaluations };
  const decidedBy = !second
    ? 'only_match'
    : first.e.specificity !== second.e.specificity
      ? 'specificity'
      : first.e.priority !== second.e.priority
        ? 'priority'
        : 'id_order';
  return { circuit: first.c, decidedBy, evaluations };
}
