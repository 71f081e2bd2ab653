import type { AppContext } from '../../../app/context.js';
import { invalid, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { newId } from '../../../core/ids.js';
import { can, isRole } from '../../../core/policy.js';
import { AuditService } from '../../audit/audit.service.js';
import { classifyText } from '../classify/classify.js';
import { applyRules, type RuleActions } from './rules.engine.js';
import { InboxRulesRepository, RoutingTargetsRepository, toRule } from './rules.repository.js';
import type { RuleInputBody, RulePatch, RuleView } from './rules.schemas.js';
import type { z } from 'zod';
import type { zRuleTest } from './rules.schemas.js';

/** Creates, orders and tries out a workspace's routing rules (applied by ingestion). */
export class InboxRulesService {
  readonly #repo: InboxRulesRepository;
  readonly #targets: RoutingTargetsRepository;
  readonly #audit: AuditService;

  constructor(private readonly ctx: AppContext) {
    this.#repo = new InboxRulesRepository(ctx.database.db);
    this.#targets = new RoutingTargetsRepository(ctx.database.db);
    this.#audit = new AuditService(ctx.database.db, ctx.clock);
  }

  async list(actor: Actor): Promise<RuleView[]> {
    return (await this.#repo.list(actor.workspaceId)).map(toRule);
  }

  async create(actor: Actor, body: RuleInputBody): Promise<RuleView> {
    await this.#checkActions(actor.workspaceId, body.actions);
    const now = this.ctx.clock.now().toISOString();
    const id = newId();
    await this.#repo.insert({
      id,
      workspace_id: actor.workspaceId,
      name: body.name,
      enabled: body.enabled ? 1 : 0,
      position: await this.#repo.nextPosition(actor.workspaceId),
      stop_processing: body.stopProcessing ? 1 : 0,
      conditions: JSON.stringify(body.conditions),
      actions: JSON.stringify(body.actions),
      created_at: now,
      updated_at: now,
    });
    await this.#audit.record(actor, {
      action: 'inbox.rule.create',
      objectType: 'inbox_rule',
      objectId: id,
      summary: `Created the routing rule “${body.name}”`,
      after: body,
    });
    return this.#view(actor.workspaceId, id);
  }

  async update(actor: Actor, id: string, patch: RulePatch): Promise<RuleView> {
    const before = await this.#view(actor.workspaceId, id);
    if (patch.actions) await this.#checkActions(actor.workspaceId, patch.actions);
    await this.#repo.update(actor.workspaceId, id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.enabled !== undefined ? { enabled: patch.enabled ? 1 : 0 } : {}),
      ...(patch.stopProcessing !== undefined ? { stop_processing: patch.stopProcessing ? 1 : 0 } : {}),
      ...(patch.conditions !== undefined ? { conditions: JSON.stringify(patch.conditions) } : {}),
      ...(patch.actions !== undefined ? { actions: JSON.stringify(patch.actions) } : {}),
      updated_at: this.ctx.clock.now().toISOString(),
    });
    await this.#audit.record(actor, {
      action: 'inbox.rule.update',
      objectType: 'inbox_rule',
      objectId: id,
      summary: `Changed the routing rule “${patch.name ?? before.name}”`,
      before,
      after: patch,
    });
    return this.#view(actor.workspaceId, id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const before = await this.#view(actor.workspaceId, id);
    await this.#repo.delete(actor.workspaceId, id);
    await this.#audit.record(actor, {
      action: 'inbox.rule.delete',
      objectType: 'inbox_rule',
      objectId: id,
      summary: `Deleted the routing rule “${before.name}”`,
      before,
    });
  }

  /** Puts the rules in the order of `ids`, which must name every rule of the workspace once. */
  async reorder(actor: Actor, ids: readonly string[]): Promise<RuleView[]> {
    const current = await this.#repo.list(actor.workspaceId);
    const known = new Set(current.map((r) => r.id));
    if (new Set(ids).size !== ids.length || ids.length !== known.size || !ids.every((i) => known.has(i))) {
      throw invalid('ids', 'List every rule of the workspace exactly once');
    }
    await this.#repo.reorder(actor.workspaceId, ids, this.ctx.clock.now().toISOString());
    await this.#audit.record(actor, {
      action: 'inbox.rule.reorder',
      objectType: 'inbox_rule',
      summary: 'Reordered the routing rules',
      before: current.map((r) => r.id),
      after: ids,
    });
    return this.list(actor);
  }

  /** What the workspace's enabled rules would do with a message, without storing anything. */
  async test(actor: Actor, body: z.infer<typeof zRuleTest>) {
    const c = classifyText(body.text);
    const rules = (await this.#repo.list(actor.workspaceId)).map(toRule);
    const r = applyRules(rules, {
      text: body.text,
      network: body.network,
      kind: body.kind,
      language: c.language,
      isQuestion: c.question.value,
      sentiment: c.sentiment.label,
      followers: body.followers ?? null,
    });
    return {
      matched: r.matched,
      result: {
        actions: r.actions,
        language: c.language,
        isQuestion: c.question.value,
        sentiment: c.sentiment.label,
      },
    };
  }

  async #view(workspaceId: string, id: string): Promise<RuleView> {
    const row = await this.#repo.get(workspaceId, id);
    if (!row) throw notFound('routing rule');
    return toRule(row);
  }

  async #checkActions(workspaceId: string, a: RuleActions): Promise<void> {
    if (a.assigneeId) {
      const role = await this.#targets.memberRole(workspaceId, a.assigneeId);
      if (!role) throw invalid('actions.assigneeId', 'This person is not a member of the workspace');
      if (!isRole(role) || !can(role, 'inbox.handle')) {
        throw invalid('actions.assigneeId', 'This person’s role cannot handle the inbox');
      }
    }
    if (a.departmentId && !(await this.#targets.departmentExists(workspaceId, a.departmentId))) {
      throw invalid('actions.departmentId', 'No such department in this workspace');
    }
  }
}
