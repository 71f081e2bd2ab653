import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { MembershipsTable } from '../../db/tables/foundation.tables.js';

export type MembershipRow = Selectable<MembershipsTable>;

/** A membership with the person behind it. */
export interface MemberRow {
  id: string;
  user_id: string;
  name: string;
  email: string;
  role: string;
  created_at: string;
}

/** SQL for the people of a workspace: memberships and their users. Every query names the workspace. */
export class MembersRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private members(workspaceId: string) {
    return this.db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select([
        'memberships.id',
        'memberships.user_id',
        'users.name',
        'users.email',
        'memberships.role',
        'memberships.created_at',
      ])
      .where('memberships.workspace_id', '=', workspaceId);
  }

  /** Everyone in the workspace, by name. */
  async list(workspaceId: string): Promise<MemberRow[]> {
    return this.members(workspaceId).orderBy('users.name').orderBy('memberships.id').execute();
  }

  async find(workspaceId: string, membershipId: string): Promise<MemberRow | undefined> {
    return this.members(workspaceId).where('memberships.id', '=', membershipId).executeTakeFirst();
  }

  async findByUser(workspaceId: string, userId: string): Promise<MemberRow | undefined> {
    return this.members(workspaceId).where('memberships.user_id', '=', userId).executeTakeFirst();
  }

  async findByEmail(workspaceId: string, email: string): Promise<MemberRow | undefined> {
    return this.members(workspaceId).where('users.email', '=', email.trim().toLowerCase()).executeTakeFirst();
  }

  async countOwners(workspaceId: string): Promise<number> {
    const r = await this.db
      .selectFrom('memberships')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', 'owner')
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async insert(row: MembershipRow): Promise<void> {
    await this.db.insertInto('memberships').values(row).execute();
  }

  async updateRole(workspaceId: string, membershipId: string, role: string, nowIso: string): Promise<void> {
    await this.db
      .updateTable('memberships')
      .set({ role, updated_at: nowIso })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', membershipId)
      .execute();
  }

  async delete(workspaceId: string, membershipId: string): Promise<void> {
    await this.db
      .deleteFrom('memberships')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', membershipId)
      .execute();
  }

  /** Department ids per membership of the workspace. */
  async departmentLinks(workspaceId: string): Promise<{ membership_id: string; department_id: string }[]> {
    return this.db
      .selectFrom('department_members')
      .select(['membership_id', 'department_id'])
      .where('workspace_id', '=', workspaceId)
      .execute();
  }

  /**
   * Replaces a member's departments (ids already checked to belong to the workspace). Runs inside the
   * caller's transaction, unlike DepartmentsRepository.setMembershipDepartments which opens its own.
   */
  async setDepartments(workspaceId: string, membershipId: string, departmentIds: string[]): Promise<void> {
    await this.db
      .deleteFrom('department_members')
      .where('workspace_id', '=', workspaceId)
      .where('membership_id', '=', membershipId)
      .execute();
    if (!departmentIds.length) return;
    await this.db
      .insertInto('department_members')
      .values(
        [...new Set(departmentIds)].map((d) => ({
          department_id: d,
          membership_id: membershipId,
          workspace_id: workspaceId,
        })),
      )
      .execute();
  }

  /** Someone who leaves stops heading the workspace's departments. */
  async clearDepartmentHead(workspaceId: string, userId: string): Promise<void> {
    await this.db
      .updateTable('departments')
      .set({ head_user_id: null })
      .where('workspace_id', '=', workspaceId)
      .where('head_user_id', '=', userId)
      .execute();
  }

  /**
   * Serialises membership changes of one workspace: a no-op write on the workspace row takes its row
   * lock on PostgreSQL (and the write lock on SQLite) until the transaction ends, so two owners demoting
   * each other at once cannot both see "another owner is left". Plain SQL, the same on both engines.
   */
  async lockWorkspace(workspaceId: string): Promise<boolean> {
    const r = await this.db
      .updateTable('workspaces')
      .set((eb) => ({ updated_at: eb.ref('updated_at') }))
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
