import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { DepartmentsTable } from '../../db/tables/foundation.tables.js';

export type DepartmentRow = Selectable<DepartmentsTable>;

/** SQL for departments and who belongs to them. */
export class DepartmentsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: DepartmentRow): Promise<void> {
    await this.db.insertInto('departments').values(row).execute();
  }

  async list(workspaceId: string): Promise<DepartmentRow[]> {
    return this.db
      .selectFrom('departments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .execute();
  }

  async find(workspaceId: string, id: string): Promise<DepartmentRow | undefined> {
    return this.db
      .selectFrom('departments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async update(
    workspaceId: string,
    id: string,
    patch: Partial<Pick<DepartmentRow, 'name' | 'head_user_id'>>,
  ): Promise<void> {
    await this.db
      .updateTable('departments')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('departments')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  /** Department ids per membership of the workspace. */
  async membershipsDepartments(
    workspaceId: string,
  ): Promise<{ membership_id: string; department_id: string }[]> {
    return this.db
      .selectFrom('department_members')
      .select(['membership_id', 'department_id'])
      .where('workspace_id', '=', workspaceId)
      .execute();
  }

  /** Replaces a member's departments (ids must already be checked to belong to the workspace). */
  async setMembershipDepartments(
    workspaceId: string,
    membershipId: string,
    departmentIds: string[],
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('department_members').where('membership_id', '=', membershipId).execute();
      if (departmentIds.length) {
        await trx
          .insertInto('department_members')
          .values(
            departmentIds.map((d) => ({
              department_id: d,
              membership_id: membershipId,
              workspace_id: workspaceId,
            })),
          )
          .execute();
      }
    });
  }
}
