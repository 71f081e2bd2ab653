import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../app/http/routes.js';
import {
  zDepartment,
  zDepartmentCreate,
  zDepartmentParams,
  zDepartmentUpdate,
} from './departments.schemas.js';
import { DepartmentsService } from './departments.service.js';

const tags = ['departments'];

/** Departments of a workspace: list with members, create, rename or change head, delete. */
export function departmentsRoutes(app: FastifyInstance): void {
  const ctx = app.ctx;

  workspaceRoute(app, {
    method: 'GET',
    url: '/departments',
    action: 'members.read',
    summary: 'Departments with their head and members',
    tags,
    response: z.object({ data: z.array(zDepartment) }),
    handler: async ({ actor }) => ({ data: await new DepartmentsService(ctx).list(actor) }),
  });

  workspaceRoute(app, {
    method: 'POST',
    url: '/departments',
    action: 'departments.manage',
    summary: 'Create a department',
    tags,
    body: zDepartmentCreate,
    status: 201,
    response: z.object({ data: zDepartment }),
    handler: async ({ actor, body }) => ({ data: await new DepartmentsService(ctx).create(actor, body) }),
  });

  workspaceRoute(app, {
    method: 'PATCH',
    url: '/departments/:departmentId',
    action: 'departments.manage',
    summary: 'Rename a department or change its head',
    tags,
    params: zDepartmentParams,
    resources: { departmentId: 'department' },
    body: zDepartmentUpdate,
    response: z.object({ data: zDepartment }),
    handler: async ({ actor, params, body }) => ({
      data: await new DepartmentsService(ctx).update(actor, params.departmentId, body),
    }),
  });

  workspaceRoute(app, {
    method: 'DELETE',
    url: '/departments/:departmentId',
    action: 'departments.manage',
    summary: 'Delete a department (its members stay in the workspace)',
    tags,
    params: zDepartmentParams,
    resources: { departmentId: 'department' },
    status: 204,
    handler: async ({ actor, params }) => {
      await new DepartmentsService(ctx).delete(actor, params.departmentId);
      return null;
    },
  });
}
