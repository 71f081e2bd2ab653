import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import {
  zAssumptionsPut,
  zCompetitorCreate,
  zCompetitorPatch,
  zGapCreate,
  zGapPatch,
} from './roni.schemas.js';
import { RoniService } from './roni.service.js';

const tags = ['analytics'];
const competitorParams = { competitorId: z.string().max(64) };
const competitorResources = { competitorId: 'roni-competitor' };
const gapParams = { gapId: z.string().max(64) };
const gapResources = { gapId: 'roni-audience-gap' };

/** What people enter for the risk of non-investment: assumptions, competitors, audience gap estimates. */
export function roniRoutes(app: FastifyInstance): void {
  const roni = () => new RoniService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/analytics/roni/inputs',
    action: 'analytics.read',
    tags,
    summary:
      'RONI inputs (money in minor units of the workspace currency) with every stored gap estimate and the (persona, network) gaps to estimate',
    handler: async ({ actor }) => ({ data: await roni().settings(actor) }),
  });
  workspaceRoute(app, {
    method: 'PUT',
    url: '/analytics/roni/assumptions',
    action: 'analytics.configure',
    tags,
    body: zAssumptionsPut,
    summary:
      'Set the loss probabilities (0..1) and the value of a contact; a field left out is kept, null clears it',
    handler: async ({ actor, body }) => ({ data: await roni().saveAssumptions(actor, body) }),
  });

  workspaceRoute(app, {
    method: 'POST',
    url: '/analytics/roni/competitors',
    action: 'analytics.configure',
    tags,
    body: zCompetitorCreate,
    status: 201,
    summary: 'Add a competitor present on a network, with its estimate',
    handler: async ({ actor, body }) => ({ data: await roni().createCompetitor(actor, body) }),
  });
  workspaceRoute(app, {
    method: 'PATCH',
    url: '/analytics/roni/competitors/:competitorId',
    action: 'analytics.configure',
    tags,
    body: zCompetitorPatch,
    params: competitorParams,
    resources: competitorResources,
    summary: 'Change a competitor',
    handler: async ({ actor, params, body }) => ({
      data: await roni().updateCompetitor(actor, params.competitorId, body),
    }),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/analytics/roni/competitors/:competitorId',
    action: 'analytics.configure',
    tags,
    status: 204,
    params: competitorParams,
    resources: competitorResources,
    summary: 'Remove a competitor',
    handler: async ({ actor, params }) => roni().removeCompetitor(actor, params.competitorId),
  });

  workspaceRoute(app, {
    method: 'POST',
    url: '/analytics/roni/audience-gaps',
    action: 'analytics.configure',
    tags,
    body: zGapCreate,
    status: 201,
    summary: 'Estimate a gap: a persona on a network where the workspace has no account (one per pair)',
    handler: async ({ actor, body }) => ({ data: await roni().createGap(actor, body) }),
  });
  workspaceRoute(app, {
    method: 'PATCH',
    url: '/analytics/roni/audience-gaps/:gapId',
    action: 'analytics.configure',
    tags,
    body: zGapPatch,
    params: gapParams,
    resources: gapResources,
    summary: 'Change a gap estimate',
    handler: async ({ actor, params, body }) => ({ data: await roni().updateGap(actor, params.gapId, body) }),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/analytics/roni/audience-gaps/:gapId',
    action: 'analytics.configure',
    tags,
    status: 204,
    params: gapParams,
    resources: gapResources,
    summary: 'Remove a gap estimate',
    handler: async ({ actor, params }) => roni().removeGap(actor, params.gapId),
  });
}
