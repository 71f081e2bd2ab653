import type { ConversationKind, Priority, Sentiment } from '../inbox.types.js';
import { testWithin } from './regex-guard.js';

/**
 * Routing rules, pure. Rules run in their order (position). Within a rule every condition given must
 * hold (and within a list condition any value may match). Every matching rule contributes its actions:
 * for a single-valued action (assignee, department, priority, target) the first matching rule that sets
 * it wins; tags add up. A matching rule marked `stopProcessing` ends the run, so "first match wins" is
 * a rule with that flag.
 *
 * Patterns are user-written regular expressions run by V8, which has no timeout. The mitigation against
 * catastrophic backtracking: a pattern is at most MAX_PATTERN_LENGTH characters, patterns with nested
 * quantifiers (`(a+)+`, `(\w*)*`, `(a|aa){2,}`) or backreferences are refused when saved, the text a
 * pattern runs on is cut to MAX_MATCH_TEXT characters, and each test runs with a time limit
 * (regex-guard.ts) since adjacent quantifiers (`\d+\d+\d+x`) still backtrack polynomially.
 */

export interface RuleConditions {
  networks?: string[];
  kinds?: ConversationKind[];
  /** Any of these words or phrases (case and accents ignored). */
  keywords?: string[];
  /** A regular expression (case-insensitive, Unicode). */
  pattern?: string;
  languages?: string[];
  isQuestion?: boolean;
  sentiments?: Sentiment[];
  /** The author's audience; an unknown audience never satisfies it. */
  minFollowers?: number;
}

export interface RuleActions {
  assigneeId?: string;
  departmentId?: string;
  tags?: string[];
  priority?: Priority;
  targetMinutes?: number;
}

export interface Rule {
  id: string;
  name: string;
  enabled: boolean;
  position: number;
  stopProcessing: boolean;
  conditions: RuleConditions;
  actions: RuleActions;
}

/** What a rule looks at: an incoming item and its author. */
export interface RuleInput {
  text: string;
  network: string;
  kind: string;
  language: string | null;
  isQuestion: boolean;
  sentiment: string;
  /** null: the network did not tell (the contact's `followers` is unknown). */
  followers: number | null;
}

export interface RoutingResult {
  matched: { ruleId: string; name: string }[];
  actions: RuleActions;
}

export const MAX_PATTERN_LENGTH = 200;
export const MAX_MATCH_TEXT = 2000;

/** Lower case without accents, so "Livraison" matches "livraison" and "élevé" matches "eleve". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// A group whose body holds a quantifier (or an alternation) and which is itself quantified.
// `{n}` counts too: `(.*a){20}` backtracks polynomially with a huge exponent.
const NESTED_QUANTIFIER =
  /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,?\d*\}|\|)(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,?\d*\})/u;
const BACKREFERENCE = /\\[1-9]|\\k</u;

/** Why `pattern` may not be saved, or null when it is acceptable. */
export function patternProblem(pattern: string): string | null {
  if (pattern.length === 0) return 'The pattern is empty';
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `The pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(pattern, 'iu');
  } catch (err) {
    return `Not a valid regular expression: ${err instanceof Error ? err.message : String(err)}`;
  }
  if (NESTED_QUANTIFIER.test(pattern)) {
    return 'Nested quantifiers such as (a+)+ can take forever on some texts: rewrite the pattern without them';
  }
  if (BACKREFERENCE.test(pattern)) return 'Backreferences are not allowed in patterns';
  return null;
}

function anyOf<T>(list: readonly T[] | undefined, value: T): boolean {
  return list === undefined || list.length === 0 || list.includes(value);
}

/** Whether every condition of `c` holds for `input`. */
export function conditionsHold(c: RuleConditions, input: RuleInput): boolean {
  if (!anyOf(c.networks, input.network)) return false;
  if (!anyOf<string>(c.kinds, input.kind)) return false;
  if (c.languages?.length && (input.language === null || !c.languages.includes(input.language))) return false;
  if (c.isQuestion !== undefined && c.isQuestion !== input.isQuestion) return false;
  if (!anyOf<string>(c.sentiments, input.sentiment)) return false;
  if (c.minFollowers !== undefined && (input.followers === null || input.followers < c.minFollowers)) {
    return false;
  }
  if (c.keywords?.length) {
    const text = normalise(input.text);
    if (!c.keywords.some((k) => normalise(k).trim() !== '' && text.includes(normalise(k).trim())))
      return false;
  }
  if (c.pattern !== undefined && c.pattern !== '') {
    // A pattern saved before a rule change, or written straight to the database, is checked again.
    if (patternProblem(c.pattern) !== null) return false;
    if (!testWithin(new RegExp(c.pattern, 'iu'), input.text.slice(0, MAX_MATCH_TEXT))) return false;
  }
  return true;
}

/** Runs the enabled rules in order on `input`. */
export function applyRules(rules: readonly Rule[], input: RuleInput): RoutingResult {
  const result: RoutingResult = { matched: [], actions: {} };
  const ordered = [...rules].filter((r) => r.enabled).sort((a, b) => a.position - b.position);
  for (const rule of ordered) {
    if (!conditionsHold(rule.conditions, input)) continue;
    result.matched.push({ ruleId: rule.id, name: rule.name });
    const a = rule.actions;
    const acc = result.actions;
    if (a.assigneeId !== undefined && acc.assigneeId === undefined) acc.assigneeId = a.assigneeId;
    if (a.departmentId !== undefined && acc.departmentId === undefined) acc.departmentId = a.departmentId;
    if (a.priority !== undefined && acc.priority === undefined) acc.priority = a.priority;
    if (a.targetMinutes !== undefined && acc.targetMinutes === undefined) acc.targetMinutes = a.targetMinutes;
    if (a.tags?.length) acc.tags = [...new Set([...(acc.tags ?? []), ...a.tags])];
    if (rule.stopProcessing) break;
  }
  return result;
}
