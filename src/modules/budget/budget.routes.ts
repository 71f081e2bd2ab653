import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../app/http/routes.js';
import { BudgetImportService } from './budget-import.service.js';
import {
  ATTACHMENT_BODY_LIMIT,
  IMPORT_BODY_LIMIT,
  zAttachmentUpload,
  zBudgetImport,
  zCampaignCreate,
  zCampaignImport,
  zCampaignPatch,
  zExpenseCreate,
  zExpensePatch,
  zExpensesQuery,
  zExportQuery,
  zLineCreate,
  zLinePatch,
  zLinesQuery,
  zStaffTimeQuery,
} from './budget.schemas.js';
import { CampaignsService } from './campaigns.service.js';
import { ExpensesService } from './expenses.service.js';
import { LinesService } from './lines.service.js';
import { StaffTimeService } from './staff-time.service.js';

const tags = ['budget'];
const id = z.string().max(64);

/** Budget lines, summary, expenses with attachments, CSV import/export, sponsored campaigns. */
export function budgetRoutes(app: FastifyInstance): void {
  const lines = () => new LinesService(app.ctx);
  const expenses = () => new ExpensesService(app.ctx);
  const campaigns = () => new CampaignsService(app.ctx);
  const csv = () => new BudgetImportService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/budget/lines',
    action: 'budget.read',
    tags,
    query: zLinesQuery,
    summary: 'Budget lines (?from=YYYY-MM&to=YYYY-MM&objectiveId=) with actual and variance',
    handler: async ({ actor, query }) => ({ data: await lines().list(actor, query) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/budget/lines',
    action: 'budget.write',
    tags,
    body: zLineCreate,
    status: 201,
    summary: 'Add a budget line (staff time: planned = hours × the resource hourly rate)',
    handler: async ({ actor, body }) => ({ data: await lines().create(actor, body) }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/budget/lines/:lineId',
    action: 'budget.read',
    tags,
    params: { lineId: id },
    resources: { lineId: 'budget-line' },
    summary: 'One budget line',
    handler: async ({ actor, params }) => ({ data: await lines().get(actor, params.lineId) }),
  });
  workspaceRoute(app, {
    method: 'PATCH',
    url: '/budget/lines/:lineId',
    action: 'budget.write',
    tags,
    body: zLinePatch,
    params: { lineId: id },
    resources: { lineId: 'budget-line' },
    summary: 'Change a budget line',
    handler: async ({ actor, params, body }) => ({ data: await lines().update(actor, params.lineId, body) }),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/budget/lines/:lineId',
    action: 'budget.write',
    tags,
    status: 204,
    params: { lineId: id },
    resources: { lineId: 'budget-line' },
    summary: 'Remove a budget line (its expenses stay, unattached)',
    handler: async ({ actor, params }) => lines().remove(actor, params.lineId),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/budget/summary',
    action: 'budget.read',
    tags,
    query: zLinesQuery.pick({ from: true, to: true }),
    summary: 'Planned, committed, actual and variance per line, objective, category, month and in total',
    handler: async ({ actor, query }) => ({ data: await lines().summary(actor, query) }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/budget/staff-time',
    action: 'budget.read',
    tags,
    query: zStaffTimeQuery,
    summary:
      "Staff time of a month priced from the workload: planned hours × each resource's rate (?month=YYYY-MM)",
    handler: async ({ actor, query }) => ({
      data: await new StaffTimeService(app.ctx).forMonth(actor, query.month),
    }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/budget/expenses',
    action: 'budget.read',
    tags,
    query: zExpensesQuery,
    summary: 'Expenses (?from=&to= dates, ?lineId=)',
    handler: async ({ actor, query }) => ({ data: await expenses().list(actor, query) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/budget/expenses',
    action: 'budget.write',
    tags,
    body: zExpenseCreate,
    status: 201,
    summary: 'Record an expense',
    handler: async ({ actor, body }) => ({ data: await expenses().create(actor, body) }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/budget/expenses/:expenseId',
    action: 'budget.read',
    tags,
    params: { expenseId: id },
    resources: { expenseId: 'budget-expense' },
    summary: 'One expense',
    handler: async ({ actor, params }) => ({ data: await expenses().get(actor, params.expenseId) }),
  });
  workspaceRoute(app, {
    method: 'PATCH',
    url: '/budget/expenses/:expenseId',
    action: 'budget.write',
    tags,
    body: zExpensePatch,
    params: { expenseId: id },
    resources: { expenseId: 'budget-expense' },
    summary: 'Change an expense',
    handler: async ({ actor, params, body }) => ({
      data: await expenses().update(actor, params.expenseId, body),
    }),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/budget/expenses/:expenseId',
    action: 'budget.write',
    tags,
    status: 204,
    params: { expenseId: id },
    resources: { expenseId: 'budget-expense' },
    summary: 'Remove an expense and its file',
    handler: async ({ actor, params }) => expenses().remove(actor, params.expenseId),
  });
  workspaceRoute(app, {
    method: 'PUT',
    url: '/budget/expenses/:expenseId/attachment',
    action: 'budget.write',
    tags,
    params: { expenseId: id },
    resources: { expenseId: 'budget-expense' },
    body: zAttachmentUpload,
    bodyLimit: ATTACHMENT_BODY_LIMIT,
    summary:
      'Attach a receipt (PDF, PNG, JPEG or WebP up to 10 MiB, base64 in JSON); replaces any previous one',
    handler: async ({ actor, params, body }) => ({
      data: await expenses().attach(actor, params.expenseId, body),
    }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/budget/expenses/:expenseId/attachment',
    action: 'budget.read',
    tags,
    params: { expenseId: id },
    resources: { expenseId: 'budget-expense' },
    summary: 'Download the receipt',
    handler: async ({ actor, params, reply }) => {
      const file = await expenses().download(actor, params.expenseId);
      return reply
        .type(file.contentType)
        .header(
          'content-disposition',
          `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes);
    },
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/budget/expenses/:expenseId/attachment',
    action: 'budget.write',
    tags,
    params: { expenseId: id },
    resources: { expenseId: 'budget-expense' },
    summary: 'Remove the receipt',
    handler: async ({ actor, params }) => ({ data: await expenses().detach(actor, params.expenseId) }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/budget/export.csv',
    action: 'budget.read',
    tags,
    query: zExportQuery,
    summary: 'Budget lines (?kind=lines) or expenses (?kind=expenses) as CSV (docs/budget-csv.md)',
    handler: async ({ actor, query, reply }) => {
      const text = await csv().export(actor, query.kind);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="budget-${query.kind}.csv"`)
        .send(text);
    },
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/budget/import',
    action: 'budget.write',
    tags,
    body: zBudgetImport,
    bodyLimit: IMPORT_BODY_LIMIT + 64 * 1024,
    summary: 'Import lines or expenses from CSV: the whole file or nothing (dryRun only checks)',
    handler: async ({ actor, body }) => ({ data: await csv().import(actor, body) }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/campaigns',
    action: 'budget.read',
    tags,
    summary: 'Sponsored campaigns with spend, results and ratios',
    handler: async ({ actor }) => ({ data: await campaigns().list(actor) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/campaigns',
    action: 'budget.write',
    tags,
    body: zCampaignCreate,
    status: 201,
    summary: 'Enter a sponsored campaign by hand',
    handler: async ({ actor, body }) => ({ data: await campaigns().create(actor, body) }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/campaigns/:campaignId',
    action: 'budget.read',
    tags,
    params: { campaignId: id },
    resources: { campaignId: 'campaign' },
    summary: 'One sponsored campaign',
    handler: async ({ actor, params }) => ({ data: await campaigns().get(actor, params.campaignId) }),
  });
  workspaceRoute(app, {
    method: 'PATCH',
    url: '/campaigns/:campaignId',
    action: 'budget.write',
    tags,
    body: zCampaignPatch,
    params: { campaignId: id },
    resources: { campaignId: 'campaign' },
    summary: 'Change a sponsored campaign',
    handler: async ({ actor, params, body }) => ({
      data: await campaigns().update(actor, params.campaignId, body),
    }),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/campaigns/:campaignId',
    action: 'budget.write',
    tags,
    status: 204,
    params: { campaignId: id },
    resources: { campaignId: 'campaign' },
    summary: 'Remove a sponsored campaign',
    handler: async ({ actor, params }) => campaigns().remove(actor, params.campaignId),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/campaigns/import',
    action: 'budget.write',
    tags,
    body: zCampaignImport,
    bodyLimit: IMPORT_BODY_LIMIT + 64 * 1024,
    summary: "Import an ads manager's CSV export for one network: the whole file or nothing",
    handler: async ({ actor, body }) => ({ data: await campaigns().import(actor, body) }),
  });
}
