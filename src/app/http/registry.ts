import type { Action } from '../../core/policy.js';

/**
 * Kinds of workspace-owned objects a route can address by id. The generated tenant-isolation suite
 * needs a factory for each kind; a route naming a kind without one fails that suite loudly.
 */
export type ResourceKind = string;

/** What the generated suites need to know about a route. */
export interface RouteInfo {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  /** `workspace`: under /workspaces/:workspaceId and checked against the policy table. */
  scope: 'public' | 'user' | 'workspace';
  action?: Action;
  /** Path parameter → kind of object it names, e.g. { memberId: 'membership' }. */
  resources?: Record<string, ResourceKind>;
  /** A body limit above the server default (imports), so the bad-input suite tests the right size. */
  bodyLimit?: number;
}

const routes: RouteInfo[] = [];

/** Records a route; called by the route helpers, read by the generated tests. */
export function registerRouteInfo(info: RouteInfo): void {
  if (!routes.some((r) => r.method === info.method && r.url === info.url)) routes.push(info);
}

/** Every route registered so far (after buildServer). */
export function listRoutes(): readonly RouteInfo[] {
  return routes;
}
