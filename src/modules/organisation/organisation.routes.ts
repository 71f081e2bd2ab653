import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../app/http/routes.js';
import {
  zAbsenceCreate,
  zActionEffortPut,
  zCoverageQuery,
  zEffortUpdate,
  zNetworkPlanPut,
  zProcessRaciPut,
  zResource,
  zResourceCreate,
  zResourcePatch,
  zWorkloadQuery,
} from './organisation.schemas.js';
import { PlanningService } from './planning.service.js';
import { ResourcesService } from './resources.service.js';

const tags = ['organisation'];
const id = z.string().max(64);

/** Resources, absences, effort estimates, network plans, process RACI, action hours, workload, coverage. */
export function organisationRoutes(app: FastifyInstance): void {
  const resources = () => new ResourcesService(app.ctx);
  const planning = () => new PlanningService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/resources',
    action: 'organisation.read',
    summary: 'Internal members and external providers, with absences',
    tags,
    response: z.object({ data: z.array(zResource) }),
    handler: async ({ actor }) => ({ data: await resources().list(actor) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/resources',
    action: 'organisation.write',
    summary: 'Add a member or a provider as a resource',
    tags,
    body: zResourceCreate,
    status: 201,
    handler: async ({ actor, body }) => ({ data: await resources().create(actor, body) }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/resources/:resourceId',
    action: 'organisation.read',
    summary: 'One resource',
    tags,
    params: { resourceId: id },
    resources: { resourceId: 'resource' },
    handler: async ({ actor, params }) => ({ data: await resources().get(actor, params.resourceId) }),
  });
  workspaceRoute(app, {
    method: 'PATCH',
    url: '/resources/:resourceId',
    action: 'organisation.write',
    summary: 'Change a resource',
    tags,
    params: { resourceId: id },
    resources: { resourceId: 'resource' },
    body: zResourcePatch,
    handler: async ({ actor, params, body }) => ({
      data: await resources().update(actor, params.resourceId, body),
    }),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/resources/:resourceId',
    action: 'organisation.write',
    summary: 'Remove a resource (its absences and process RACI entries go with it)',
    tags,
    params: { resourceId: id },
    resources: { resourceId: 'resource' },
    status: 204,
    handler: async ({ actor, params }) => resources().remove(actor, params.resourceId),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/resources/:resourceId/absences',
    action: 'organisation.write',
    summary: 'Record an absence (dates inclusive); returns the resource',
    tags,
    params: { resourceId: id },
    resources: { resourceId: 'resource' },
    body: zAbsenceCreate,
    status: 201,
    handler: async ({ actor, params, body }) => ({
      data: await resources().addAbsence(actor, params.resourceId, body),
    }),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/absences/:absenceId',
    action: 'organisation.write',
    summary: 'Remove an absence',
    tags,
    params: { absenceId: id },
    resources: { absenceId: 'resource-absence' },
    status: 204,
    handler: async ({ actor, params }) => resources().removeAbsence(actor, params.absenceId),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/effort-estimates',
    action: 'organisation.read',
    summary: 'Hours per content format (workspace values or defaults)',
    tags,
    handler: async ({ actor }) => ({ data: await planning().listEfforts(actor) }),
  });
  workspaceRoute(app, {
    method: 'PUT',
    url: '/effort-estimates',
    action: 'organisation.write',
    summary: 'Set hours per format (null goes back to the default)',
    tags,
    body: zEffortUpdate,
    handler: async ({ actor, body }) => ({ data: await planning().updateEfforts(actor, body.estimates) }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/network-plans',
    action: 'organisation.read',
    summary: 'Per network: posts per week (strategy), format mix, inbox volume, reply target',
    tags,
    handler: async ({ actor }) => ({ data: await planning().listNetworkPlans(actor) }),
  });
  workspaceRoute(app, {
    method: 'PUT',
    url: '/network-plans',
    action: 'organisation.write',
    summary: "Save one network's format mix, expected inbox volume and reply target",
    tags,
    body: zNetworkPlanPut,
    handler: async ({ actor, body }) => ({ data: await planning().saveNetworkPlan(actor, body) }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/process-raci',
    action: 'organisation.read',
    summary: 'RACI of the recurring processes (publishing and inbox per network, approvals)',
    tags,
    handler: async ({ actor }) => ({ data: await planning().listProcessRaci(actor) }),
  });
  workspaceRoute(app, {
    method: 'PUT',
    url: '/process-raci',
    action: 'organisation.write',
    summary: 'Replace the RACI of one process (and network); ids are resource ids',
    tags,
    body: zProcessRaciPut,
    handler: async ({ actor, body }) => ({ data: await planning().saveProcessRaci(actor, body) }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/action-efforts',
    action: 'organisation.read',
    summary: 'Hours per week each plan action takes while it runs',
    tags,
    handler: async ({ actor }) => ({ data: await planning().listActionEfforts(actor) }),
  });
  workspaceRoute(app, {
    method: 'PUT',
    url: '/action-efforts',
    action: 'organisation.write',
    summary: 'Set the weekly hours of one plan action',
    tags,
    body: zActionEffortPut,
    handler: async ({ actor, body }) => ({ data: await planning().saveActionEffort(actor, body) }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/workload',
    action: 'organisation.read',
    summary: 'Load per person and ISO week against capacity, overloads with their causes (?from=&to= dates)',
    tags,
    query: zWorkloadQuery,
    handler: async ({ actor, query }) => ({ data: await planning().workload(actor, query.from, query.to) }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/coverage',
    action: 'organisation.read',
    summary: 'Inbox coverage gaps per network in an ISO week (?week=2026-W13) against reply targets',
    tags,
    query: zCoverageQuery,
    handler: async ({ actor, query }) => ({ data: await planning().coverage(actor, query.week) }),
  });
}
