import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../app/http/routes.js';
import { zLocaleParam } from './common.schemas.js';
import { renderBriefingPdf, renderStrategyMarkdown, renderStrategyPdf } from './documents/index.js';
import { StrategyDocumentsService } from './strategy-documents.service.js';

const tags = ['strategy'];
const zDocumentQuery = z.strictObject({
  locale: zLocaleParam.optional(),
  version: z.coerce.number().int().positive().optional(),
});

/**
 * The strategy document (Markdown, PDF) and the one-page executive briefing (PDF), of the draft or of
 * version N, in French or English. Readers (the executive role included) may download them.
 */
export function strategyDocumentsRoutes(app: FastifyInstance): void {
  const service = () => new StrategyDocumentsService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/strategy/document.md',
    action: 'strategy.read',
    summary: 'The strategy document in Markdown (?locale=en|fr, ?version=N; default: the draft)',
    tags,
    query: zDocumentQuery,
    handler: async ({ actor, query, reply }) => {
      const doc = await service().prepare(actor, query);
      const text = renderStrategyMarkdown(doc.snapshot, doc.directory, doc.options);
      return reply
        .type('text/markdown; charset=utf-8')
        .header('content-disposition', `attachment; filename="${doc.fileName('strategy', 'md')}"`)
        .send(text);
    },
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/strategy/document.pdf',
    action: 'strategy.read',
    summary: 'The strategy document in PDF, all nine steps (?locale=en|fr, ?version=N)',
    tags,
    query: zDocumentQuery,
    handler: async ({ actor, query, reply }) => {
      const doc = await service().prepare(actor, query);
      const pdf = await renderStrategyPdf(doc.snapshot, doc.directory, doc.options);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${doc.fileName('strategy', 'pdf')}"`)
        .send(pdf);
    },
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/strategy/briefing.pdf',
    action: 'strategy.read',
    summary: 'The one-page executive briefing in PDF (?locale=en|fr, ?version=N)',
    tags,
    query: zDocumentQuery,
    handler: async ({ actor, query, reply }) => {
      const doc = await service().prepare(actor, query);
      const pdf = await renderBriefingPdf(doc.snapshot, doc.directory, doc.options);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${doc.fileName('briefing', 'pdf')}"`)
        .send(pdf);
    },
  });
}
