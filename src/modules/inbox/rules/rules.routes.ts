import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { InboxRulesService } from './rules.service.js';
import { zReorder, zRule, zRuleInput, zRulePatch, zRuleTest, zRuleTestResult } from './rules.schemas.js';

const tags = ['inbox'];
const id = z.string().max(64);

/** Routing rules (admins and owners): conditions on incoming items → assignee, department, tags, priority, target. */
export function inboxRulesRoutes(app: FastifyInstance): void {
  const rules = () => new InboxRulesService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/inbox/rules',
    action: 'inbox.read',
    tags,
    response: z.object({ data: z.array(zRule) }),
    summary: 'Routing rules in the order they run',
    handler: async ({ actor }) => ({ data: await rules().list(actor) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/inbox/rules',
    action: 'workspace.update',
    tags,
    status: 201,
    body: zRuleInput,
    response: z.object({ data: zRule }),
    summary: 'Add a routing rule at the end of the list',
    handler: async ({ actor, body }) => ({ data: await rules().create(actor, body) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/inbox/rules/reorder',
    action: 'workspace.update',
    tags,
    body: zReorder,
    response: z.object({ data: z.array(zRule) }),
    summary: 'Put the rules in this order (every rule, once)',
    handler: async ({ actor, body }) => ({ data: await rules().reorder(actor, body.ids) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/inbox/rules/test',
    action: 'inbox.read',
    tags,
    body: zRuleTest,
    response: zRuleTestResult,
    summary: 'What the enabled rules would do with a message (nothing is stored)',
    handler: async ({ actor, body }) => rules().test(actor, body),
  });
  workspaceRoute(app, {
    method: 'PATCH',
    url: '/inbox/rules/:ruleId',
    action: 'workspace.update',
    tags,
    params: { ruleId: id },
    resources: { ruleId: 'inbox-rule' },
    body: zRulePatch,
    response: z.object({ data: zRule }),
    summary: 'Change a routing rule',
    handler: async ({ actor, params, body }) => ({ data: await rules().update(actor, params.ruleId, body) }),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/inbox/rules/:ruleId',
    action: 'workspace.update',
    tags,
    status: 204,
    params: { ruleId: id },
    resources: { ruleId: 'inbox-rule' },
    summary: 'Delete a routing rule',
    handler: async ({ actor, params }) => {
      await rules().remove(actor, params.ruleId);
      return null;
    },
  });
}
