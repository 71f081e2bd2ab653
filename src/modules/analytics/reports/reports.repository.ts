import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ReportSchedulesTable } from './reports.tables.js';

export type ReportScheduleRow = Selectable<ReportSchedulesTable>;

/** SQL of the reports: the workspace's heading facts, objectives, report schedules and their recipients. */
export class ReportsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async workspace(id: string) {
    return this.db
      .selectFrom('workspaces')
      .select(['id', 'name', 'time_zone', 'currency', 'locale'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Objectives in the strategy's order, for the report's per-objective sections. */
  async objectives(workspaceId: string): Promise<{ id: string; title: string }[]> {
    return this.db
      .selectFrom('strategy_objectives')
      .select(['id', 'title'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
  }

  async listSchedules(workspaceId: string): Promise<ReportScheduleRow[]> {
    return this.db
      .selectFrom('report_schedules')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  async findSchedule(workspaceId: string, id: string): Promise<ReportScheduleRow | undefined> {
    return this.db
      .selectFrom('report_schedules')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertSchedule(row: ReportScheduleRow): Promise<void> {
    await this.db.insertInto('report_schedules').values(row).execute();
  }

  async updateSchedule(
    workspaceId: string,
    id: string,
    patch: Partial<Omit<ReportScheduleRow, 'id' | 'workspace_id' | 'created_at' | 'created_by'>>,
  ): Promise<void> {
    await this.db
      .updateTable('report_schedules')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  async deleteSchedule(workspaceId: string, id: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('report_schedules')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  }

  /** Schedules whose next run has come, oldest first. */
  async findDue(nowIso: string, limit: number): Promise<ReportScheduleRow[]> {
    return this.db
      .selectFrom('report_schedules')
      .selectAll()
      .where('next_run_at', '<=', nowIso)
      .orderBy('next_run_at')
      .limit(limit)
      .execute();
  }

  /**
   * Takes a due run: moves `next_run_at` forward only if it still holds the value read, so of two
   * workers that read the same row one update matches and the other finds nothing to send.
   */
  async claim(id: string, dueAt: string, nextRunAt: string, nowIso: string): Promise<boolean> {
    const r = await this.db
      .updateTable('report_schedules')
      .set({ next_run_at: nextRunAt, last_run_at: nowIso, updated_at: nowIso })
      .where('id', '=', id)
      .where('next_run_at', '=', dueAt)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async recordRun(id: string, error: string | null): Promise<void> {
    await this.db.updateTable('report_schedules').set({ last_error: error }).where('id', '=', id).execute();
  }

  /** Members of the workspace among `membershipIds`, with the address to mail. */
  async recipients(workspaceId: string, membershipIds: readonly string[]) {
    if (membershipIds.length === 0) return [];
    return this.db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.id as membershipId', 'u.email', 'u.name'])
      .where('m.workspace_id', '=', workspaceId)
      .where('m.id', 'in', [...membershipIds])
      .where('u.disabled_at', 'is', null)
      .execute();
  }
}
