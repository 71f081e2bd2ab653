import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { MembershipsTable, WorkspacesTable } from '../../db/tables/foundation.tables.js';

export type WorkspaceRow = Selectable<WorkspacesTable>;
export type MembershipRow = Selectable<MembershipsTable>;

/** SQL for workspaces and the memberships that open them. */
export class WorkspacesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insertWithOwner(ws: WorkspaceRow, owner: MembershipRow): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('workspaces').values(ws).execute();
      await trx.insertInto('memberships').values(owner).execute();
    });
  }

  async findById(id: string): Promise<WorkspaceRow | undefined> {
    return this.db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async update(id: string, patch: Partial<Omit<WorkspaceRow, 'id' | 'created_at'>>): Promise<void> {
    await this.db.updateTable('workspaces').set(patch).where('id', '=', id).execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('workspaces').where('id', '=', id).execute();
  }

  /** The caller's membership in a workspace: the gate of every workspace route. */
  async findMembership(workspaceId: string, userId: string): Promise<MembershipRow | undefined> {
    return this.db
      .selectFrom('memberships')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  }

  /** Workspaces a person belongs to, with their role in each, for the switcher. */
  async listForUser(userId: string) {
    return this.db
      .selectFrom('memberships')
      .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
      .select(['workspaces.id', 'workspaces.name', 'memberships.role', 'memberships.id as membership_id'])
      .where('memberships.user_id', '=', userId)
      .orderBy('workspaces.name')
      .execute();
  }
}
