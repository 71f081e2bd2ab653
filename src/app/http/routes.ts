import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z, type ZodType } from 'zod';
import type { Action } from '../../core/policy.js';
import { isRole } from '../../core/policy.js';
import { WorkspacesRepository } from '../../modules/workspaces/workspaces.repository.js';
import type { AppContext } from '../context.js';
import { forbidden, notFound } from '../errors.js';
import { requirePrincipal, resolvePrincipal } from './auth.js';
import { actorCan, type Actor, type Principal } from './principal.js';
import { registerRouteInfo, type ResourceKind, type RouteInfo } from './registry.js';

export const API = '/api/v1';

type Method = RouteInfo['method'];
type Shape = Record<string, ZodType>;
type Infer<S extends Shape | undefined> = S extends Shape ? z.infer<z.ZodObject<S>> : Record<string, never>;
type InferT<T extends ZodType | undefined> = T extends ZodType ? z.infer<T> : undefined;

interface BaseDef<P extends Shape | undefined, B extends ZodType | undefined, Q extends ZodType | undefined> {
  method: Method;
  /** Path below /api/v1 (public/user) or below /api/v1/workspaces/:workspaceId (workspace). */
  url: string;
  summary: string;
  tags: string[];
  params?: P;
  body?: B;
  query?: Q;
  /** Response schema for the OpenAPI document (serialisation is not restricted by it). */
  response?: ZodType;
  /** Status of a successful answer (default 200; 204 sends no body). */
  status?: number;
  /** Larger bodies for imports; the default limit is the server's (1 MiB). */
  bodyLimit?: number;
  /** Per-route rate limit (sign-in, password reset): max requests per window per key. */
  rateLimit?: { max: number; timeWindowMs: number; key?: (req: FastifyRequest) => string };
}

export interface HandlerInput<P, B, Q> {
  params: P;
  body: B;
  query: Q;
  req: FastifyRequest;
  reply: FastifyReply;
}

function schemaFor(
  def: BaseDef<Shape | undefined, ZodType | undefined, ZodType | undefined>,
  params?: Shape,
) {
  return {
    summary: def.summary,
    tags: def.tags,
    ...(params && Object.keys(params).length ? { params: z.object(params) } : {}),
    ...(def.body ? { body: def.body } : {}),
    ...(def.query ? { querystring: def.query } : {}),
    ...(def.response ? { response: { [def.status ?? 200]: def.response } } : {}),
  };
}

function routeOptions(def: BaseDef<Shape | undefined, ZodType | undefined, ZodType | undefined>) {
  return {
    ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
    ...(def.rateLimit
      ? {
          config: {
            rateLimit: {
              max: def.rateLimit.max,
              timeWindow: def.rateLimit.timeWindowMs,
              // A key that reads the body must wait until the body is parsed.
              ...(def.rateLimit.key ? { keyGenerator: def.rateLimit.key, hook: 'preHandler' as const } : {}),
            },
          },
        }
      : {}),
  };
}

async function answer(reply: FastifyReply, status: number, result: unknown) {
  if (reply.sent) return reply;
  if (status === 204) return reply.status(204).send();
  return reply.status(status).send(result);
}

/** A route anyone may call (sign-up, sign-in, invitation preview). */
export function publicRoute<
  P extends Shape | undefined,
  B extends ZodType | undefined,
  Q extends ZodType | undefined,
>(
  app: FastifyInstance,
  def: BaseDef<P, B, Q> & {
    handler: (
      input: HandlerInput<Infer<P>, InferT<B>, InferT<Q>> & { principal?: Principal },
    ) => Promise<unknown>;
  },
): void {
  const url = `${API}${def.url}`;
  registerRouteInfo({
    method: def.method,
    url,
    scope: 'public',
    ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
  });
  app.route({
    method: def.method,
    url,
    schema: schemaFor(def, def.params),
    ...routeOptions(def),
    handler: async (req, reply) => {
      const principal = await resolvePrincipal(req.server.ctx, req).catch(() => undefined);
      const result = await def.handler({
        params: req.params as Infer<P>,
        body: req.body as InferT<B>,
        query: req.query as InferT<Q>,
        req,
        reply,
        ...(principal ? { principal } : {}),
      });
      return answer(reply, def.status ?? 200, result);
    },
  });
}

/** A route for any signed-in person, outside a workspace (profile, workspace list). */
export function userRoute<
  P extends Shape | undefined,
  B extends ZodType | undefined,
  Q extends ZodType | undefined,
>(
  app: FastifyInstance,
  def: BaseDef<P, B, Q> & {
    handler: (
      input: HandlerInput<Infer<P>, InferT<B>, InferT<Q>> & { principal: Principal },
    ) => Promise<unknown>;
  },
): void {
  const url = `${API}${def.url}`;
  registerRouteInfo({
    method: def.method,
    url,
    scope: 'user',
    ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
  });
  app.route({
    method: def.method,
    url,
    schema: schemaFor(def, def.params),
    ...routeOptions(def),
    handler: async (req, reply) => {
      const principal = await requirePrincipal(req.server.ctx, req);
      const result = await def.handler({
        params: req.params as Infer<P>,
        body: req.body as InferT<B>,
        query: req.query as InferT<Q>,
        req,
        reply,
        principal,
      });
      return answer(reply, def.status ?? 200, result);
    },
  });
}

/**
 * A route inside a workspace: authenticate → membership (404 when not a member, so ids of other
 * workspaces are not even confirmed) → policy (403) → validate → handler. `resources` tells the
 * generated tenant-isolation suite which path parameters name workspace-owned objects.
 */
export function workspaceRoute<
  P extends Shape | undefined,
  B extends ZodType | undefined,
  Q extends ZodType | undefined,
>(
  app: FastifyInstance,
  def: BaseDef<P, B, Q> & {
    action: Action;
    resources?: Record<string, ResourceKind>;
    handler: (input: HandlerInput<Infer<P>, InferT<B>, InferT<Q>> & { actor: Actor }) => Promise<unknown>;
  },
): void {
  const url = `${API}/workspaces/:workspaceId${def.url}`;
  registerRouteInfo({
    method: def.method,
    url,
    scope: 'workspace',
    action: def.action,
    ...(def.resources ? { resources: def.resources } : {}),
    ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
  });
  const params: Shape = { workspaceId: z.string().max(64), ...(def.params ?? {}) };
  app.route({
    method: def.method,
    url,
    schema: schemaFor(def, params),
    ...routeOptions(def),
    // The actor is resolved before validation so a stranger gets 404/403, not a hint about our schema.
    preValidation: async (req) => {
      const ctx = req.server.ctx;
      const principal = await requirePrincipal(ctx, req);
      const workspaceId = (req.params as { workspaceId: string }).workspaceId;
      if (principal.token && principal.token.workspaceId !== workspaceId) throw notFound('Workspace');
      const membership = await new WorkspacesRepository(ctx.database.db).findMembership(
        workspaceId,
        principal.userId,
      );
      if (!membership || !isRole(membership.role)) throw notFound('Workspace');
      const actor: Actor = {
        principal,
        userId: principal.userId,
        workspaceId,
        membershipId: membership.id,
        role: principal.token?.role ?? membership.role,
        memberRole: membership.role,
        label: principal.token ? `${principal.email} (API token)` : principal.email,
        ip: req.ip ?? null,
      };
      if (!actorCan(actor, def.action)) throw forbidden(`Your role does not allow ${def.action}`);
      req.actor = actor;
    },
    handler: async (req, reply) => {
      const result = await def.handler({
        params: req.params as Infer<P>,
        body: req.body as InferT<B>,
        query: req.query as InferT<Q>,
        req,
        reply,
        actor: req.actor!,
      });
      return answer(reply, def.status ?? 200, result);
    },
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
  interface FastifyInstance {
    ctx: AppContext;
  }
}
