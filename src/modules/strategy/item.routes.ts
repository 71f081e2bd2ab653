import type { FastifyInstance } from 'fastify';
import { z, type ZodType } from 'zod';
import { workspaceRoute } from '../../app/http/routes.js';
import { zId } from './common.schemas.js';
import { ItemService, type ItemDefinition } from './item.service.js';

/** How one step is exposed: its path, its id parameter and resource kind, and its schemas. */
export interface ItemRoutesDef<T extends { id: string }, CS extends ZodType, US extends ZodType> {
  /** Collection path below the workspace, e.g. `/objectives`. */
  path: string;
  /** Path parameter naming one item, e.g. `objectiveId`. */
  param: string;
  /** Resource kind for the generated tenant-isolation suite. */
  kind: string;
  /** Plural for summaries ("objectives"). */
  plural: string;
  item: ZodType;
  create: CS;
  update: US;
  definition: ItemDefinition<T, z.infer<CS>, z.infer<US> & Partial<T>>;
}

const tags = ['strategy'];

/**
 * Registers list, create, get, update and delete for one step. Routes stay thin: the policy action,
 * the schema and one service call each.
 */
export function itemRoutes<T extends { id: string }, CS extends ZodType, US extends ZodType>(
  app: FastifyInstance,
  def: ItemRoutesDef<T, CS, US>,
): void {
  const service = () => new ItemService(app.ctx, def.definition);
  const one = `${def.path}/:${def.param}`;
  const params = { [def.param]: zId };
  const resources = { [def.param]: def.kind };
  const idOf = (p: Record<string, string>) => p[def.param] ?? '';

  workspaceRoute(app, {
    method: 'GET',
    url: def.path,
    action: 'strategy.read',
    summary: `List the strategy's ${def.plural}`,
    tags,
    response: z.object({ data: z.array(def.item) }),
    handler: async ({ actor }) => ({ data: await service().list(actor) }),
  });

  workspaceRoute(app, {
    method: 'POST',
    url: def.path,
    action: 'strategy.write',
    summary: `Add to the strategy's ${def.plural}`,
    tags,
    body: def.create,
    status: 201,
    response: z.object({ data: def.item }),
    handler: async ({ actor, body }) => ({ data: await service().create(actor, body as z.infer<CS>) }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: one,
    action: 'strategy.read',
    summary: `One of the strategy's ${def.plural}`,
    tags,
    params,
    resources,
    response: z.object({ data: def.item }),
    handler: async ({ actor, params: p }) => ({ data: await service().get(actor, idOf(p)) }),
  });

  workspaceRoute(app, {
    method: 'PATCH',
    url: one,
    action: 'strategy.write',
    summary: `Change one of the strategy's ${def.plural} (only the fields sent)`,
    tags,
    params,
    resources,
    body: def.update,
    response: z.object({ data: def.item }),
    handler: async ({ actor, params: p, body }) => ({
      data: await service().update(actor, idOf(p), body as z.infer<US> & Partial<T>),
    }),
  });

  workspaceRoute(app, {
    method: 'DELETE',
    url: one,
    action: 'strategy.write',
    summary: `Delete one of the strategy's ${def.plural}`,
    tags,
    params,
    resources,
    status: 204,
    handler: async ({ actor, params: p }) => {
      await service().delete(actor, idOf(p));
      return null;
    },
  });
}
