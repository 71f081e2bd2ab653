import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import {
  zApplyTemplate,
  zExportQuery,
  zImportQuery,
  zImportResult,
  zStrategyFile,
  zTemplateSummary,
} from './import-export.schemas.js';
import { ImportExportService } from './import-export.service.js';
import { applyTemplate, listTemplates } from './templates.service.js';
import { preferredLocale } from '../strategy-locale.js';

const tags = ['strategy'];

/** JSON export/import of the whole strategy, and starting from a template. */
export function importExportRoutes(app: FastifyInstance): void {
  const ctx = app.ctx;

  workspaceRoute(app, {
    method: 'GET',
    url: '/strategy/export',
    action: 'strategy.read',
    summary: 'The draft (or version N) as a JSON file (schema presence.strategy, schemaVersion 1)',
    tags,
    query: zExportQuery,
    response: zStrategyFile,
    handler: async ({ actor, query, reply }) => {
      const file = await new ImportExportService(ctx).export(actor, query.version);
      const day = file.exportedAt?.slice(0, 10) ?? '';
      const suffix = query.version ? `-v${query.version}` : '';
      reply.header('content-disposition', `attachment; filename="strategy${suffix}-${day}.json"`);
      return file;
    },
  });

  workspaceRoute(app, {
    method: 'POST',
    url: '/strategy/import',
    action: 'strategy.write',
    summary: 'Replace the draft with a strategy file; a bad file is refused whole and changes nothing',
    tags,
    query: zImportQuery,
    body: zStrategyFile,
    bodyLimit: 10 * 1024 * 1024,
    response: z.object({ data: zImportResult }),
    handler: async ({ actor, query, body }) => ({
      data: await new ImportExportService(ctx).import(actor, body, query.replace ?? false),
    }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/strategy/templates',
    action: 'strategy.read',
    summary: 'Templates a strategy can start from (B2B SME, retail, recruitment, public institution)',
    tags,
    response: z.object({ data: z.array(zTemplateSummary) }),
    handler: async () => ({ data: listTemplates() }),
  });

  workspaceRoute(app, {
    method: 'POST',
    url: '/strategy/apply-template',
    action: 'strategy.write',
    summary: 'Replace the draft with a template (409 unless the draft is empty or replace is true)',
    tags,
    body: zApplyTemplate,
    response: z.object({ data: zImportResult }),
    handler: async ({ actor, body }) => ({
      data: await applyTemplate(ctx, actor, {
        templateId: body.templateId,
        locale: body.locale ?? (await preferredLocale(ctx, actor)),
        replace: body.replace,
      }),
    }),
  });
}
