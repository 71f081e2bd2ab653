import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { defaultLang, lastWholeMonth, renderReport, type ReportFile } from './report-documents.js';
import { monthPeriod } from './schedule-clock.js';
import {
  zBriefingQuery,
  zMonthlyQuery,
  zScheduleCreate,
  zScheduleListResponse,
  zSchedulePatch,
  zScheduleResponse,
} from './reports.schemas.js';
import { ReportSchedulesService } from './schedules.service.js';

const tags = ['analytics'];
const id = z.string().max(64);

function download(reply: FastifyReply, file: ReportFile) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-store')
    .send(file.content);
}

/** Management reports (monthly PDF/CSV, executive briefing) and their e-mail schedules. */
export function reportsRoutes(app: FastifyInstance): void {
  const ctx = () => app.ctx;

  for (const format of ['pdf', 'csv'] as const) {
    workspaceRoute(app, {
      method: 'GET',
      url: `/analytics/reports/monthly.${format}`,
      action: 'reports.read',
      summary: `The monthly performance report as ${format.toUpperCase()} (?month=YYYY-MM, default the last whole month; ?lang=en|fr)`,
      tags,
      query: zMonthlyQuery,
      handler: async ({ actor, query, reply }) => {
        const month = query.month ?? (await lastWholeMonth(ctx(), actor.workspaceId));
        const lang = query.lang ?? (await defaultLang(ctx(), actor.workspaceId));
        const file = await renderReport(
          ctx(),
          actor.workspaceId,
          'monthly_report',
          format,
          monthPeriod(month),
          lang,
        );
        return download(reply, file);
      },
    });
  }

  workspaceRoute(app, {
    method: 'GET',
    url: '/analytics/reports/briefing.pdf',
    action: 'reports.read',
    summary:
      'The one-page executive briefing with live figures (?from&to, default the last 30 days; ?lang=en|fr)',
    tags,
    query: zBriefingQuery,
    handler: async ({ actor, query, reply }) => {
      const lang = query.lang ?? (await defaultLang(ctx(), actor.workspaceId));
      const days = { from: query.from, to: query.to };
      const file = await renderReport(ctx(), actor.workspaceId, 'executive_briefing', 'pdf', days, lang);
      return download(reply, file);
    },
  });

  const service = () => new ReportSchedulesService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/analytics/report-schedules',
    action: 'reports.read',
    summary: 'Report schedules of the workspace (who receives which report, and when next)',
    tags,
    response: zScheduleListResponse,
    handler: async ({ actor }) => ({ data: await service().list(actor) }),
  });

  workspaceRoute(app, {
    method: 'POST',
    url: '/analytics/report-schedules',
    action: 'analytics.configure',
    summary: 'Schedule a report by e-mail: weekly (Monday 08:00) or monthly (the 1st, 08:00), workspace time',
    tags,
    status: 201,
    body: zScheduleCreate,
    response: zScheduleResponse,
    handler: async ({ actor, body }) => ({ data: await service().create(actor, body) }),
  });

  workspaceRoute(app, {
    method: 'PATCH',
    url: '/analytics/report-schedules/:scheduleId',
    action: 'analytics.configure',
    summary: 'Change a report schedule (a new cadence moves its next run)',
    tags,
    params: { scheduleId: id },
    resources: { scheduleId: 'report-schedule' },
    body: zSchedulePatch,
    response: zScheduleResponse,
    handler: async ({ actor, params, body }) => ({
      data: await service().update(actor, params.scheduleId, body),
    }),
  });

  workspaceRoute(app, {
    method: 'DELETE',
    url: '/analytics/report-schedules/:scheduleId',
    action: 'analytics.configure',
    summary: 'Remove a report schedule',
    tags,
    status: 204,
    params: { scheduleId: id },
    resources: { scheduleId: 'report-schedule' },
    handler: async ({ actor, params }) => {
      await service().remove(actor, params.scheduleId);
    },
  });
}
