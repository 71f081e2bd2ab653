import {
  AGE_BANDS,
  AGE_BAND_BOUNDS,
  NETWORKS,
  findNetwork,
  networkName,
  type NetworkProfile,
  type ScaleTier,
} from './catalogue/networks.js';
import type { Audience, Objective, Priority, StrategySnapshot } from './strategy.model.js';
import {
  LEVEL_TERMS,
  OBJECTIVE_TYPE_TERMS,
  PRIORITY_TERMS,
  SCALE_TERMS,
  SEGMENT_TERMS,
  term,
  type Locale,
} from './documents/terms.js';

/**
 * Step 5: a 0–100 score for every network of the catalogue against the strategy's objectives and
 * personas. Pure and deterministic. Every point is carried by a reason, so the builder can show why
 * a network ranks where it does; the reasons' weights add up exactly to the score.
 *
 * Points: objectives 40 (shared by priority), audiences 50 (shared by the priority of the objectives
 * they serve; within one audience: where it already is 45 %, segment 35 %, age 20 %), scale of the
 * network up to 8, language tags 2. Without any objective a network cannot score above 20: opening an
 * account is not a goal (the method's second obstacle).
 */

export const REASON_KEYS = [
  'objective_fit',
  'segment_fit',
  'age_fit',
  'age_unknown',
  'audience_present',
  'audience_elsewhere',
  'presence_unknown',
  'unavailable_in_places',
  'scale',
  'language_tags',
  'no_objectives',
  'no_audiences',
] as const;
export type ReasonKey = (typeof REASON_KEYS)[number];

/** One part of a score: `weight` is the number of points it adds (negative when it removes some). */
export interface RecommendationReason {
  key: ReasonKey;
  params: Record<string, string | number>;
  weight: number;
}

export interface NetworkRecommendation {
  networkId: string;
  name: string;
  score: number;
  reasons: RecommendationReason[];
}

export const SCORING = {
  objectives: 40,
  audiences: 50,
  audienceSplit: { presence: 0.45, segment: 0.35, age: 0.2 },
  scale: { very_large: 8, large: 6, medium: 4, small: 2 } satisfies Record<ScaleTier, number>,
  languageTags: 2,
  capWithoutObjectives: 20,
} as const;

const PRIORITY_WEIGHT: Record<Priority, number> = { high: 3, medium: 2, low: 1 };

/** Country codes a free-text place may name, for the catalogue's "unavailable in" facts. */
const PLACE_ALIASES: Record<string, string> = {
  cn: 'CN',
  china: 'CN',
  chine: 'CN',
  'mainland china': 'CN',
  'chine continentale': 'CN',
  ru: 'RU',
  russia: 'RU',
  russie: 'RU',
  'russian federation': 'RU',
  'federation de russie': 'RU',
  in: 'IN',
  india: 'IN',
  inde: 'IN',
};

function placeCountry(place: string): string | undefined {
  const key = place
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();
  return PLACE_ALIASES[key];
}

function level(fit: number): string {
  if (fit >= 0.8) return 'strong';
  if (fit >= 0.5) return 'good';
  if (fit >= 0.3) return 'partial';
  return 'weak';
}

/** Mean fit of the age bands an age range covers, weighted by the years each band shares with it. */
export function ageFit(network: NetworkProfile, ageMin: number | null, ageMax: number | null): number {
  const lo = Math.max(13, ageMin ?? 13);
  const hi = Math.min(90, Math.max(lo, ageMax ?? 90));
  let years = 0;
  let sum = 0;
  for (const band of AGE_BANDS) {
    const [bLo, bHi] = AGE_BAND_BOUNDS[band];
    const overlap = Math.min(hi, bHi) - Math.max(lo, bLo) + 1;
    if (overlap <= 0) continue;
    years += overlap;
    sum += overlap * network.fit.ageBands[band];
  }
  return years === 0 ? 0 : sum / years;
}

interface RawReason {
  key: RecommendationReason['key'];
  params: Record<string, string | number>;
  points: number;
}

function objectiveReasons(network: NetworkProfile, objectives: Objective[]): RawReason[] {
  const total = objectives.reduce((s, o) => s + PRIORITY_WEIGHT[o.priority], 0);
  return objectives.map((o) => {
    const fit = network.fit.objectives[o.type];
    const share = (SCORING.objectives * PRIORITY_WEIGHT[o.priority]) / total;
    return {
      key: 'objective_fit',
      params: {
        network: network.id,
        objective: o.title,
        type: o.type,
        customType: o.customType ?? '',
        priority: o.priority,
        level: level(fit),
      },
      points: share * fit,
    };
  });
}

function audienceImportance(audience: Audience, objectives: Objective[]): number {
  const linked = objectives.filter((o) => audience.objectiveIds.includes(o.id));
  if (linked.length === 0) return PRIORITY_WEIGHT.medium;
  return Math.max(...linked.map((o) => PRIORITY_WEIGHT[o.priority]));
}

function oneAudience(network: NetworkProfile, a: Audience, share: number): RawReason[] {
  const out: RawReason[] = [];
  const base = { network: network.id, audience: a.name };
  const segFit = network.fit.segments[a.segment];
  out.push({
    key: 'segment_fit',
    params: { ...base, segment: a.segment, level: level(segFit) },
    points: share * SCORING.audienceSplit.segment * segFit,
  });
  if (a.ageMin === null && a.ageMax === null) {
    out.push({ key: 'age_unknown', params: base, points: 0 });
  } else {
    const fit = ageFit(network, a.ageMin, a.ageMax);
    out.push({
      key: 'age_fit',
      params: { ...base, ageMin: a.ageMin ?? '', ageMax: a.ageMax ?? '', level: level(fit) },
      points: share * SCORING.audienceSplit.age * fit,
    });
  }
  if (a.presentOn.length === 0) {
    out.push({ key: 'presence_unknown', params: base, points: 0 });
  } else if (a.presentOn.includes(network.id)) {
    out.push({ key: 'audience_present', params: base, points: share * SCORING.audienceSplit.presence });
  } else {
    const where = a.presentOn.map(networkName).join(', ');
    out.push({ key: 'audience_elsewhere', params: { ...base, networks: where }, points: 0 });
  }
  // A network blocked where the audience lives cannot reach that share of it, whatever it fits.
  const blocked = a.places.filter((p) => {
    const code = placeCountry(p);
    return code !== undefined && network.unavailableIn.some((u) => u.country === code);
  });
  if (blocked.length > 0) {
    const earned = out.reduce((s, r) => s + r.points, 0);
    out.push({
      key: 'unavailable_in_places',
      params: { ...base, places: blocked.join(', ') },
      points: -earned * (blocked.length / a.places.length),
    });
  }
  return out;
}

function audienceReasons(network: NetworkProfile, snapshot: StrategySnapshot): RawReason[] {
  const { audiences, objectives } = snapshot;
  if (audiences.length === 0) return [{ key: 'no_audiences', params: { network: network.id }, points: 0 }];
  const importance = audiences.map((a) => audienceImportance(a, objectives));
  const total = importance.reduce((s, w) => s + w, 0);
  return audiences.flatMap((a, i) => oneAudience(network, a, (SCORING.audiences * importance[i]!) / total));
}

function reachReasons(network: NetworkProfile, snapshot: StrategySnapshot): RawReason[] {
  const out: RawReason[] = [];
  out.push({
    key: 'scale',
    params: { network: network.id, tier: network.scale.tier, fact: network.scale.basisFact },
    points: SCORING.scale[network.scale.tier],
  });
  const languages = [
    ...new Set(snapshot.audiences.flatMap((a) => a.languages.map((l) => l.split('-')[0]!.toLowerCase()))),
  ].sort();
  if (languages.length >= 2 && network.postLanguageTags) {
    out.push({
      key: 'language_tags',
      params: { network: network.id, languages: languages.join(', ') },
      points: SCORING.languageTags,
    });
  }
  return out;
}

/**
 * Turns fractional points into whole ones that add up to the rounded total (largest remainder), so
 * "each point of the score" is explained by exactly one reason.
 */
function apportion(raw: RawReason[]): { score: number; reasons: RecommendationReason[] } {
  const total = raw.reduce((s, r) => s + r.points, 0);
  const score = Math.max(0, Math.min(100, Math.round(total)));
  const floors = raw.map((r) => Math.floor(r.points + 1e-9));
  let missing = score - floors.reduce((s, f) => s + f, 0);
  const order = raw
    .map((r, i) => ({ i, rest: r.points - floors[i]! }))
    .filter((x) => x.rest > 1e-9)
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i]! += 1;
    missing -= 1;
  }
  const reasons = raw.map((r, i) => ({ key: r.key, params: r.params, weight: floors[i]! }));
  // Biggest contributions first, penalties next to them by size, zero-weight notes last.
  const indexed = reasons.map((r, i) => ({ r, i }));
  indexed.sort((a, b) => Math.abs(b.r.weight) - Math.abs(a.r.weight) || a.i - b.i);
  return { score, reasons: indexed.map((x) => x.r) };
}

function scoreNetwork(network: NetworkProfile, snapshot: StrategySnapshot): NetworkRecommendation {
  const raw: RawReason[] = [];
  if (snapshot.objectives.length > 0) raw.push(...objectiveReasons(network, snapshot.objectives));
  raw.push(...audienceReasons(network, snapshot));
  raw.push(...reachReasons(network, snapshot));
  if (snapshot.objectives.length === 0) {
    const earned = raw.reduce((s, r) => s + r.points, 0);
    const over = Math.max(0, earned - SCORING.capWithoutObjectives);
    raw.unshift({
      key: 'no_objectives',
      params: { network: network.id, cap: SCORING.capWithoutObjectives },
      points: -over,
    });
  }
  const { score, reasons } = apportion(raw);
  return { networkId: network.id, name: network.name, score, reasons };
}

/** Scores every catalogue network for this strategy, best first (catalogue order breaks ties). */
export function recommendNetworks(snapshot: StrategySnapshot): NetworkRecommendation[] {
  const scored = NETWORKS.map((n, order) => ({ rec: scoreNetwork(n, snapshot), order }));
  scored.sort((a, b) => b.rec.score - a.rec.score || a.order - b.order);
  return scored.map((s) => s.rec);
}

/** The recommendation's reasons as sentences in one language, for documents and the builder. */
export function explainRecommendation(rec: NetworkRecommendation, locale: 'en' | 'fr'): string[] {
  return rec.reasons.map((r) => reasonText(r, locale));
}

/** The catalogue profile behind a recommendation (for the facts the builder shows beside it). */
export function recommendationNetwork(rec: NetworkRecommendation): NetworkProfile | undefined {
  return findNetwork(rec.networkId);
}

function ages(p: Record<string, string | number>, locale: Locale): string {
  const min = p.ageMin === '' || p.ageMin === undefined ? null : String(p.ageMin);
  const max = p.ageMax === '' || p.ageMax === undefined ? null : String(p.ageMax);
  if (min && max) return locale === 'fr' ? `${min}–${max} ans` : `ages ${min}–${max}`;
  if (min) return locale === 'fr' ? `${min} ans et plus` : `ages ${min} and over`;
  return locale === 'fr' ? `moins de ${max} ans` : `ages up to ${max}`;
}

function scaleFact(networkId: string, factKey: string, locale: Locale): string {
  const n = findNetwork(networkId);
  const fact = n?.audienceFacts.find((f) => f.key === factKey);
  if (!fact) return '';
  return `${fact.text[locale].replace(/\.$/, '')} — ${fact.source.publisher}, ${fact.source.year}.`;
}

/** A reason written out in English or French. */
export function reasonText(reason: RecommendationReason, locale: Locale): string {
  const p = reason.params;
  const s = (k: string): string => String(p[k] ?? '');
  const network = networkName(s('network'));
  const lvl = term(LEVEL_TERMS, locale, s('level'));
  const fr = locale === 'fr';
  switch (reason.key) {
    case 'objective_fit': {
      const type =
        s('type') === 'custom' && s('customType')
          ? s('customType')
          : term(OBJECTIVE_TYPE_TERMS, locale, s('type'));
      const prio = term(PRIORITY_TERMS, locale, s('priority')).toLowerCase();
      return fr
        ? `Objectif « ${s('objective')} » (${type}, priorité ${prio}) : adéquation ${lvl} avec ${network}.`
        : `Objective “${s('objective')}” (${type}, ${prio} priority): ${lvl} fit with ${network}.`;
    }
    case 'segment_fit': {
      const seg = term(SEGMENT_TERMS, locale, s('segment'));
      return fr
        ? `${s('audience')} : adéquation ${lvl} de ${network} avec le segment ${seg}.`
        : `${s('audience')}: ${lvl} fit of ${network} with the ${seg} segment.`;
    }
    case 'age_fit':
      return fr
        ? `${s('audience')} : adéquation ${lvl} pour les ${ages(p, locale)}.`
        : `${s('audience')}: ${lvl} fit for ${ages(p, locale)}.`;
    case 'age_unknown':
      return fr
        ? `${s('audience')} : aucune tranche d’âge saisie, l’âge ne compte pas ; renseignez-la pour affiner le score.`
        : `${s('audience')}: no age range recorded, so age does not count; add one to sharpen the score.`;
    case 'audience_present':
      return fr
        ? `${s('audience')} est déjà sur ${network} : c’est le signal le plus fort.`
        : `${s('audience')} is already on ${network}: the strongest signal.`;
    case 'audience_elsewhere':
      return fr
        ? `${s('audience')} est sur ${s('networks')}, pas sur ${network}.`
        : `${s('audience')} is on ${s('networks')}, not on ${network}.`;
    case 'presence_unknown':
      return fr
        ? `${s('audience')} : les réseaux où cette audience se trouve déjà ne sont pas renseignés, alors que c’est le signal le plus fort.`
        : `${s('audience')}: the networks this audience already uses are not recorded, yet that is the strongest signal.`;
    case 'unavailable_in_places':
      return fr
        ? `${network} est inaccessible dans une partie des lieux de ${s('audience')} (${s('places')}).`
        : `${network} is blocked in part of where ${s('audience')} lives (${s('places')}).`;
    case 'scale': {
      const tier = term(SCALE_TERMS, locale, s('tier'));
      const fact = scaleFact(s('network'), s('fact'), locale);
      return `${tier}. ${fact}`;
    }
    case 'language_tags':
      return fr
        ? `Vos audiences parlent ${s('languages')} ; sur ${network}, chaque publication porte sa langue et le lecteur peut filtrer.`
        : `Your audiences speak ${s('languages')}; on ${network} each post carries its language so readers can filter.`;
    case 'no_objectives':
      return fr
        ? `Aucun objectif pour l’instant : aucun réseau ne dépasse ${s('cap')} tant que la stratégie ne dit pas à quoi il sert (ouvrir un compte n’est pas un objectif).`
        : `No objective yet: no network scores above ${s('cap')} until the strategy says what it is for (opening an account is not a goal).`;
    case 'no_audiences':
      return fr
        ? `Aucune audience pour l’instant : ajoutez des personas pour que le score tienne compte des publics visés.`
        : `No audience yet: add personas so the score can weigh who you want to reach.`;
  }
}
