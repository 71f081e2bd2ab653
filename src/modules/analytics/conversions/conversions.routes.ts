import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { reportRoutes } from './report.routes.js';
import {
  zConversionList,
  zConversionsQuery,
  zCreateSite,
  zSite,
  zUpdateSite,
} from './conversions.schemas.js';
import { ConversionsService } from './conversions.service.js';
import { SitesService } from './sites.service.js';

const tags = ['conversions'];
const siteParams = { siteId: z.string().max(64) };
const siteResources = { siteId: 'conversion-site' };

/** Conversions: the site keys a workspace hands its web pages, its conversion list, and the public report. */
export function conversionsRoutes(app: FastifyInstance): void {
  const sites = () => new SitesService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/conversion-sites',
    action: 'workspace.update',
    tags,
    response: z.object({ data: z.array(zSite) }),
    summary: 'Site keys that let web pages report conversions (revoked ones included)',
    handler: async ({ actor }) => ({ data: await sites().list(actor) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/conversion-sites',
    action: 'workspace.update',
    tags,
    body: zCreateSite,
    status: 201,
    response: z.object({ data: zSite }),
    summary: 'Create a public site key, restricted to the listed origins',
    handler: async ({ actor, body }) => ({ data: await sites().create(actor, body) }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/conversion-sites/:siteId',
    action: 'workspace.update',
    tags,
    params: siteParams,
    resources: siteResources,
    response: z.object({ data: zSite }),
    summary: 'One site key',
    handler: async ({ actor, params }) => ({ data: await sites().get(actor, params.siteId) }),
  });
  workspaceRoute(app, {
    method: 'PATCH',
    url: '/conversion-sites/:siteId',
    action: 'workspace.update',
    tags,
    params: siteParams,
    resources: siteResources,
    body: zUpdateSite,
    response: z.object({ data: zSite }),
    summary: 'Change a site key’s label, allowed origins or attribution window',
    handler: async ({ actor, params, body }) => ({ data: await sites().update(actor, params.siteId, body) }),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/conversion-sites/:siteId',
    action: 'workspace.update',
    tags,
    params: siteParams,
    resources: siteResources,
    status: 204,
    summary: 'Revoke a site key (conversions already counted stay)',
    handler: async ({ actor, params }) => sites().revoke(actor, params.siteId),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/analytics/conversions',
    action: 'analytics.read',
    tags,
    query: zConversionsQuery,
    response: z.object({ data: zConversionList }),
    summary: 'Conversions over local days, with totals per currency and attributed or not',
    handler: async ({ actor, query }) => ({ data: await new ConversionsService(app.ctx).list(actor, query) }),
  });

  reportRoutes(app);
}
