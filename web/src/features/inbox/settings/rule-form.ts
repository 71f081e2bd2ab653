import type { Priority, RoutingRule, RuleInput } from '../inbox.types.js';

/** A routing rule as its form edits it: every field present, "any" meaning no condition. */
export interface RuleForm {
  name: string;
  enabled: boolean;
  stopProcessing: boolean;
  networks: string[];
  kinds: string[];
  keywords: string[];
  pattern: string;
  languages: string[];
  isQuestion: 'any' | 'yes' | 'no';
  sentiments: string[];
  minFollowers: number | '';
  assigneeId: string | null;
  departmentId: string | null;
  tags: string[];
  priority: Priority | null;
  targetMinutes: number | '';
}

/** The form for an existing rule, or a blank one. */
export function ruleToForm(rule: RoutingRule | null): RuleForm {
  const c = rule?.conditions ?? {};
  const a = rule?.actions ?? {};
  return {
    name: rule?.name ?? '',
    enabled: rule?.enabled ?? true,
    stopProcessing: rule?.stopProcessing ?? false,
    networks: c.networks ?? [],
    kinds: c.kinds ?? [],
    keywords: c.keywords ?? [],
    pattern: c.pattern ?? '',
    languages: c.languages ?? [],
    isQuestion: c.isQuestion === undefined ? 'any' : c.isQuestion ? 'yes' : 'no',
    sentiments: c.sentiments ?? [],
    minFollowers: c.minFollowers ?? '',
    assigneeId: a.assigneeId ?? null,
    departmentId: a.departmentId ?? null,
    tags: a.tags ?? [],
    priority: a.priority ?? null,
    targetMinutes: a.targetMinutes ?? '',
  };
}

/** What the API receives: empty conditions and actions left out, so "any" never narrows a match. */
export function formToInput(f: RuleForm): RuleInput {
  const conditions: RuleInput['conditions'] = {};
  if (f.networks.length) conditions.networks = f.networks;
  if (f.kinds.length) conditions.kinds = f.kinds;
  const keywords = f.keywords.map((k) => k.trim()).filter(Boolean);
  if (keywords.length) conditions.keywords = keywords;
  if (f.pattern.trim()) conditions.pattern = f.pattern.trim();
  if (f.languages.length) conditions.languages = f.languages;
  if (f.isQuestion !== 'any') conditions.isQuestion = f.isQuestion === 'yes';
  if (f.sentiments.length) conditions.sentiments = f.sentiments;
  if (f.minFollowers !== '') conditions.minFollowers = f.minFollowers;
  const actions: RuleInput['actions'] = {};
  if (f.assigneeId) actions.assigneeId = f.assigneeId;
  if (f.departmentId) actions.departmentId = f.departmentId;
  if (f.tags.length) actions.tags = f.tags;
  if (f.priority) actions.priority = f.priority;
  if (f.targetMinutes !== '') actions.targetMinutes = f.targetMinutes;
  return { name: f.name.trim(), enabled: f.enabled, stopProcessing: f.stopProcessing, conditions, actions };
}

/** Checks the browser can make before sending: a name, at least one action, a pattern that compiles. */
export function ruleFormErrors(f: RuleForm): Partial<Record<'name' | 'pattern' | 'actions', string>> {
  const errors: Partial<Record<'name' | 'pattern' | 'actions', string>> = {};
  if (!f.name.trim()) errors.name = 'required';
  if (f.pattern.trim()) {
    try {
      new RegExp(f.pattern.trim(), 'iu');
    } catch {
      errors.pattern = 'invalidPattern';
    }
  }
  if (Object.keys(formToInput(f).actions).length === 0) errors.actions = 'noAction';
  return errors;
}

/** The rule ids with the one at `index` moved up (-1) or down (+1); unchanged at the ends. */
export function moveId(ids: string[], index: number, by: -1 | 1): string[] {
  const to = index + by;
  if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return ids;
  const next = [...ids];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
