import type { BusinessCalendar } from '../../../core/business-clock.js';
import type { Priority } from '../inbox.types.js';
import { dueAt, targetMinutesFor, type InboxSettings } from '../settings/response-targets.js';
import { applyRules, type Rule, type RuleInput } from './rules.engine.js';

/** What routing decides for a new item. */
export interface Routing {
  priority: Priority;
  assigneeId: string | null;
  departmentId: string | null;
  tags: string[];
  state: 'new' | 'assigned';
  targetMinutes: number | null;
  dueAt: string | null;
}

export interface RoutingContext {
  rules: readonly Rule[];
  settings: InboxSettings;
  calendar: BusinessCalendar;
  /** Whether a user may still be assigned (a member whose role handles the inbox). */
  canAssign: (userId: string) => boolean;
  departmentExists: (departmentId: string) => boolean;
}

/**
 * Applies the rules and the response targets to a new item, pure. The priority from the rules wins
 * over the one ingestion guessed; the target comes from a rule, else from the settings for the
 * network and the final priority. `clockRuns` false (the backlog read at connection) keeps no clock.
 * An assignee or department a rule names but that no longer exists is left out rather than failing
 * the whole page of items.
 */
export function routeItem(
  input: RuleInput,
  guessed: { priority: Priority; clockRuns: boolean; occurredAt: string },
  ctx: RoutingContext,
): Routing & { matched: string[] } {
  const { matched, actions } = applyRules(ctx.rules, input);
  const priority = actions.priority ?? guessed.priority;
  const assigneeId = actions.assigneeId && ctx.canAssign(actions.assigneeId) ? actions.assigneeId : null;
  const departmentId =
    actions.departmentId && ctx.departmentExists(actions.departmentId) ? actions.departmentId : null;
  const targetMinutes = guessed.clockRuns
    ? (actions.targetMinutes ?? targetMinutesFor(ctx.settings, input.network, priority))
    : null;
  return {
    matched: matched.map((m) => m.ruleId),
    priority,
    assigneeId,
    departmentId,
    tags: actions.tags ?? [],
    state: assigneeId ? 'assigned' : 'new',
    targetMinutes,
    dueAt: targetMinutes === null ? null : dueAt(guessed.occurredAt, targetMinutes, ctx.calendar),
  };
}
