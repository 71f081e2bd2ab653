import type { AppContext } from '../../../app/context.js';
import { invalid, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { newId } from '../../../core/ids.js';
import { AuditService } from '../../audit/audit.service.js';
import { defaultLang } from './report-documents.js';
import { ReportsRepository, type ReportScheduleRow } from './reports.repository.js';
import type { ScheduleCreate, SchedulePatch, ScheduleView } from './reports.schemas.js';
import { nextRunAt, type ReportCadence } from './schedule-clock.js';

/** Turns a schedule row into what the API shows. */
export function presentSchedule(row: ReportScheduleRow): ScheduleView {
  return {
    id: row.id,
    kind: row.kind as ScheduleView['kind'],
    cadence: row.cadence as ScheduleView['cadence'],
    format: row.format as ScheduleView['format'],
    language: row.language as ScheduleView['language'],
    recipients: JSON.parse(row.recipients) as string[],
    nextRunAt: row.next_run_at,
    lastRunAt: row.last_run_at,
    lastError: row.last_error,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Report schedules: who gets which report, how often; the next run is kept on the workspace's wall clock. */
export class ReportSchedulesService {
  private readonly repo: ReportsRepository;
  constructor(private readonly ctx: AppContext) {
    this.repo = new ReportsRepository(ctx.database.db);
  }

  async list(actor: Actor): Promise<ScheduleView[]> {
    return (await this.repo.listSchedules(actor.workspaceId)).map(presentSchedule);
  }

  async create(actor: Actor, body: ScheduleCreate): Promise<ScheduleView> {
    checkFormat(body.kind, body.format);
    const recipients = await this.checkRecipients(actor.workspaceId, body.recipients);
    const now = this.ctx.clock.now();
    const row: ReportScheduleRow = {
      id: newId(now.getTime()),
      workspace_id: actor.workspaceId,
      kind: body.kind,
      cadence: body.cadence,
      format: body.format,
      language: body.language ?? (await defaultLang(this.ctx, actor.workspaceId)),
      recipients: JSON.stringify(recipients),
      created_by: actor.userId,
      next_run_at: await this.nextRun(actor.workspaceId, body.cadence, now),
      last_run_at: null,
      last_error: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    await this.repo.insertSchedule(row);
    await this.audit(
      actor,
      'report_schedule.created',
      row.id,
      `Scheduled the ${row.cadence} ${row.kind}`,
      null,
      row,
    );
    return presentSchedule(row);
  }

  async update(actor: Actor, id: string, patch: SchedulePatch): Promise<ScheduleView> {
    const before = await this.repo.findSchedule(actor.workspaceId, id);
    if (!before) throw notFound('Report schedule');
    const kind = patch.kind ?? before.kind;
    checkFormat(kind, patch.format ?? before.format);
    const now = this.ctx.clock.now();
    const cadence = patch.cadence ?? (before.cadence as ReportCadence);
    const changes: Partial<ReportScheduleRow> = {
      ...(patch.kind ? { kind: patch.kind } : {}),
      ...(patch.format ? { format: patch.format } : {}),
      ...(patch.language ? { language: patch.language } : {}),
      ...(patch.recipients
        ? { recipients: JSON.stringify(await this.checkRecipients(actor.workspaceId, patch.recipients)) }
        : {}),
      // A new cadence moves the next run to that cadence's next slot.
      ...(patch.cadence && patch.cadence !== before.cadence
        ? { cadence, next_run_at: await this.nextRun(actor.workspaceId, cadence, now) }
        : {}),
      updated_at: now.toISOString(),
    };
    await this.repo.updateSchedule(actor.workspaceId, id, changes);
    const after = (await this.repo.findSchedule(actor.workspaceId, id))!;
    await this.audit(
      actor,
      'report_schedule.updated',
      id,
      `Changed the ${after.cadence} ${after.kind}`,
      before,
      after,
    );
    return presentSchedule(after);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const before = await this.repo.findSchedule(actor.workspaceId, id);
    if (!before || !(await this.repo.deleteSchedule(actor.workspaceId, id)))
      throw notFound('Report schedule');
    await this.audit(
      actor,
      'report_schedule.deleted',
      id,
      `Removed the ${before.cadence} ${before.kind}`,
      before,
      null,
    );
  }

  private async nextRun(workspaceId: string, cadence: ReportCadence, now: Date): Promise<string> {
    const ws = await this.repo.workspace(workspaceId);
    return nextRunAt(cadence, ws?.time_zone ?? 'UTC', now);
  }

  /** Recipients must be members of this workspace (ids of another workspace are refused alike). */
  private async checkRecipients(workspaceId: string, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const found = await this.repo.recipients(workspaceId, unique);
    if (found.length !== unique.length)
      throw invalid('recipients', 'Every recipient must be a member of this workspace');
    return unique;
  }

  private async audit(
    actor: Actor,
    action: string,
    id: string,
    summary: string,
    before: ReportScheduleRow | null,
    after: ReportScheduleRow | null,
  ): Promise<void> {
    await new AuditService(this.ctx.database.db, this.ctx.clock).record(actor, {
      action,
      objectType: 'report_schedule',
      objectId: id,
      summary,
      before: before ? presentSchedule(before) : null,
      after: after ? presentSchedule(after) : null,
    });
  }
}

/** The briefing exists only as a PDF. */
function checkFormat(kind: string, format: string): void {
  if (kind === 'executive_briefing' && format !== 'pdf') {
    throw invalid('format', 'The executive briefing is only available as a PDF');
  }
}
