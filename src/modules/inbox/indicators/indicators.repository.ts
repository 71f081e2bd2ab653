import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { IndicatorItem } from './indicators.js';

/** Reads what the inbox indicators are computed from; every query is scoped to the workspace. */
export class InboxIndicatorsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The workspace's time zone: periods are whole days on its wall clock. */
  async timeZoneOf(workspaceId: string): Promise<string> {
    const row = await this.db
      .selectFrom('workspaces')
      .select('time_zone')
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    return row?.time_zone ?? 'UTC';
  }

  /**
   * The items that occurred in [from, to) (ISO instants), with their assignee's and department's names.
   * Only the columns the formulas read: a year of a busy inbox stays a light read.
   */
  async itemsBetween(workspaceId: string, from: string, to: string): Promise<IndicatorItem[]> {
    const rows = await this.db
      .selectFrom('inbox_items as i')
      .leftJoin('users as u', 'u.id', 'i.assignee_id')
      .leftJoin('departments as d', (j) =>
        // The workspace check keeps a department of another workspace from lending its name.
        j.onRef('d.id', '=', 'i.department_id').on('d.workspace_id', '=', workspaceId),
      )
      .where('i.workspace_id', '=', workspaceId)
      .where('i.occurred_at', '>=', from)
      .where('i.occurred_at', '<', to)
      .select([
        'i.network',
        'i.kind',
        'i.state',
        'i.is_question',
        'i.occurred_at',
        'i.due_at',
        'i.first_response_at',
        'i.breached_at',
        'i.assignee_id',
        'u.name as assignee_name',
        'i.department_id',
        'd.name as department_name',
      ])
      .execute();
    return rows.map((r) => ({
      network: r.network,
      kind: r.kind,
      state: r.state,
      isQuestion: r.is_question === 1,
      occurredAt: r.occurred_at,
      dueAt: r.due_at,
      firstResponseAt: r.first_response_at,
      breachedAt: r.breached_at,
      assigneeId: r.assignee_id,
      assigneeName: r.assignee_name,
      departmentId: r.department_id,
      departmentName: r.department_name,
    }));
  }
}
