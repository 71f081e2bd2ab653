import type { AppContext } from '../../../app/context.js';
import { addDays, localDateTime } from '../../../core/calendar.js';
import { collectReportData, resolveReportPeriod } from './collect.js';
import { renderExecutiveBriefingPdf } from './briefing-pdf.js';
import { renderMonthlyReportCsv } from './monthly-csv.js';
import { renderMonthlyReportPdf } from './monthly-pdf.js';
import type { ReportLang } from './report-data.js';
import type { ReportFormat, ReportKind } from './reports.schemas.js';
import { ReportsRepository } from './reports.repository.js';
import { monthPeriod } from './schedule-clock.js';

/** A rendered report file: what a download answers and what a scheduled mail attaches. */
export interface ReportFile {
  filename: string;
  contentType: string;
  content: Buffer;
  /** The days it covers, for the mail's subject. */
  from: string;
  to: string;
  lang: ReportLang;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
};

/** The workspace's language when it is one the reports speak, else English. */
export async function defaultLang(ctx: AppContext, workspaceId: string): Promise<ReportLang> {
  const ws = await new ReportsRepository(ctx.database.db).workspace(workspaceId);
  return ws?.locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The month before today's on the workspace's wall clock ('YYYY-MM'): the default monthly report. */
export async function lastWholeMonth(ctx: AppContext, workspaceId: string): Promise<string> {
  const ws = await new ReportsRepository(ctx.database.db).workspace(workspaceId);
  const today = localDateTime(ctx.clock.now().getTime(), ws?.time_zone ?? 'UTC').slice(0, 10);
  return addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}

/** Renders a report of `kind` over the days `from`–`to` (both on the workspace's wall clock). */
export async function renderReport(
  ctx: AppContext,
  workspaceId: string,
  kind: ReportKind,
  format: ReportFormat,
  days: { from?: string | undefined; to?: string | undefined },
  lang: ReportLang,
): Promise<ReportFile> {
  const periods = await resolveReportPeriod(ctx, workspaceId, days.from, days.to);
  const data = await collectReportData(ctx, workspaceId, periods, lang);
  const { from, to } = periods.period;
  const month = from.endsWith('-01') && monthPeriod(from.slice(0, 7)).to === to ? from.slice(0, 7) : null;
  const span = month ?? `${from}_${to}`;
  const stem =
    kind === 'monthly_report' ? `presence-report-${span}-${lang}` : `presence-briefing-${span}-${lang}`;
  let content: Buffer;
  if (kind === 'executive_briefing') content = await renderExecutiveBriefingPdf(data);
  else if (format === 'csv') content = Buffer.from(renderMonthlyReportCsv(data), 'utf8');
  else content = await renderMonthlyReportPdf(data);
  const ext = kind === 'executive_briefing' ? 'pdf' : format;
  return {
    filename: `${stem}.${ext}`,
    contentType: CONTENT_TYPES[ext],
    content,
    from,
    to,
    lang,
  };
}
