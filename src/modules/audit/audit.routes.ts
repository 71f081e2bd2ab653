import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { workspaceRoute } from '../../app/http/routes.js';
import { auditCsv } from './audit.csv.js';
import { AuditQueryService } from './audit.query.js';
import { zAuditFilters, zAuditPage, zAuditQuery } from './audit.schemas.js';

const tags = ['audit'];

/** The audit log: a filtered, keyset-paged list and a CSV export, for owners and admins (audit.read). */
export function auditRoutes(app: FastifyInstance): void {
  const ctx = app.ctx;

  workspaceRoute(app, {
    method: 'GET',
    url: '/audit',
    action: 'audit.read',
    summary: 'Audit log, newest first; pass nextCursor as `before` for the next page',
    tags,
    query: zAuditQuery,
    response: zAuditPage,
    handler: async ({ actor, query }) => {
      const { before, limit, ...filters } = query;
      return new AuditQueryService(ctx.database.db).page(actor.workspaceId, filters, {
        limit,
        ...(before ? { before } : {}),
      });
    },
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/audit.csv',
    action: 'audit.read',
    summary: 'Audit log as CSV (same filters, every matching entry)',
    tags,
    query: zAuditFilters,
    handler: async ({ actor, query, reply }) => {
      const entries = new AuditQueryService(ctx.database.db).all(actor.workspaceId, query);
      const day = ctx.clock.now().toISOString().slice(0, 10);
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="presence-audit-${day}.csv"`)
        .header('cache-control', 'no-store');
      return Readable.from(auditCsv(entries));
    },
  });
}
