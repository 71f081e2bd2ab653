import type { AppContext } from '../../../app/context.js';
import { MailService } from '../../mail/mail.service.js';
import { oneLine } from '../../mail/templates/render.js';
import type { ReportLang } from './report-data.js';
import { renderReport } from './report-documents.js';
import { formatPeriodLabel } from './report-format.js';
import { reportLabels } from './report-labels.js';
import type { ReportFormat, ReportKind } from './reports.schemas.js';
import { ReportsRepository } from './reports.repository.js';
import { coveredPeriod, nextRunAt, type ReportCadence } from './schedule-clock.js';

/**
 * The worker's pass over report schedules: each due schedule is claimed by moving its next run
 * forward with a conditional update (two workers never both send it), the report is rendered for the
 * period that just ended, and one message per recipient goes through the outbox with the file
 * attached, so an SMTP failure is retried by `mail.retry` like any other mail.
 */
export async function deliverDueReports(
  ctx: AppContext,
  limit = 10,
): Promise<{ sent: number; failed: number }> {
  const repo = new ReportsRepository(ctx.database.db);
  const mail = new MailService(ctx);
  const now = ctx.clock.now();
  const result = { sent: 0, failed: 0 };
  for (const s of await repo.findDue(now.toISOString(), limit)) {
    const ws = await repo.workspace(s.workspace_id);
    if (!ws) continue;
    const cadence = s.cadence as ReportCadence;
    // Runs missed while no worker ran are not replayed: the next one is planned after now.
    if (!(await repo.claim(s.id, s.next_run_at, nextRunAt(cadence, ws.time_zone, now), now.toISOString())))
      continue;
    try {
      const days = coveredPeriod(cadence, s.next_run_at, ws.time_zone);
      const lang = s.language as ReportLang;
      const file = await renderReport(
        ctx,
        s.workspace_id,
        s.kind as ReportKind,
        s.format as ReportFormat,
        days,
        lang,
      );
      const L = reportLabels(lang);
      const period = formatPeriodLabel(days, lang);
      const subject = oneLine(
        s.kind === 'executive_briefing'
          ? L.mailSubjectBriefing(ws.name, period)
          : L.mailSubjectMonthly(ws.name, period),
      );
      const text = `${L.mailBody(oneLine(ws.name), period, file.filename)}\n\n-- \n${L.mailFooter}\n`;
      const recipients = await repo.recipients(s.workspace_id, JSON.parse(s.recipients) as string[]);
      for (const r of recipients) {
        await mail.send({
          kind: 'report',
          to: r.email,
          workspaceId: s.workspace_id,
          message: { subject, text },
          attachments: [{ filename: file.filename, contentType: file.contentType, content: file.content }],
        });
      }
      await repo.recordRun(s.id, null);
      result.sent += 1;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await repo.recordRun(s.id, message.slice(0, 500));
      ctx.logger.warn({ scheduleId: s.id, err: message }, 'reports: a scheduled report could not be made');
      result.failed += 1;
    }
  }
  return result;
}
