import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { NotificationPreferencesTable, NotificationsTable } from './notifications.tables.js';

export type NotificationRow = NotificationsTable;
export type PreferenceRow = NotificationPreferencesTable;

/** A recipient as `notify` needs them: a current member, with their language and address. */
export interface Recipient {
  userId: string;
  email: string;
  name: string;
  locale: string | null;
}

/** Notifications and preferences; every query is scoped to one workspace and one person. */
export class NotificationsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The given people who are members of the workspace (others are silently left out). */
  async recipients(workspaceId: string, userIds: readonly string[]): Promise<Recipient[]> {
    if (!userIds.length) return [];
    const rows = await this.db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['users.id as userId', 'users.email', 'users.name', 'users.locale'])
      .where('memberships.workspace_id', '=', workspaceId)
      .where('memberships.user_id', 'in', [...userIds])
      .where('users.disabled_at', 'is', null)
      .execute();
    return rows;
  }

  async workspace(workspaceId: string): Promise<{ name: string; locale: string } | undefined> {
    return this.db
      .selectFrom('workspaces')
      .select(['name', 'locale'])
      .where('id', '=', workspaceId)
      .executeTakeFirst();
  }

  async insert(rows: readonly NotificationRow[]): Promise<void> {
    if (rows.length)
      await this.db
        .insertInto('notifications')
        .values([...rows])
        .execute();
  }

  /** One person's notifications in the workspace, newest first. */
  async list(
    workspaceId: string,
    userId: string,
    opts: { unreadOnly: boolean; limit: number; before?: string },
  ): Promise<NotificationRow[]> {
    let q = this.db
      .selectFrom('notifications')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId);
    if (opts.unreadOnly) q = q.where('read_at', 'is', null);
    if (opts.before) q = q.where('id', '<', opts.before);
    return q.orderBy('id', 'desc').limit(opts.limit).execute();
  }

  async countUnread(workspaceId: string, userId: string): Promise<number> {
    const r = await this.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Marks the person's unread notifications read (only those ids when given); returns how many. */
  async markRead(workspaceId: string, userId: string, at: string, ids?: readonly string[]): Promise<number> {
    if (ids && !ids.length) return 0;
    let q = this.db
      .updateTable('notifications')
      .set({ read_at: at })
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('read_at', 'is', null);
    if (ids) q = q.where('id', 'in', [...ids]);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** The stored preferences of these people for one type (absent rows mean the defaults). */
  async preferencesFor(
    workspaceId: string,
    userIds: readonly string[],
    type: string,
  ): Promise<PreferenceRow[]> {
    if (!userIds.length) return [];
    return this.db
      .selectFrom('notification_preferences')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('user_id', 'in', [...userIds])
      .where('type', '=', type)
      .execute();
  }

  /** Every stored preference of one person in the workspace. */
  async preferences(workspaceId: string, userId: string): Promise<PreferenceRow[]> {
    return this.db
      .selectFrom('notification_preferences')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .execute();
  }

  async upsertPreferences(rows: readonly PreferenceRow[]): Promise<void> {
    for (const row of rows) {
      await this.db
        .insertInto('notification_preferences')
        .values(row)
        .onConflict((oc) =>
          oc
            .columns(['workspace_id', 'user_id', 'type'])
            .doUpdateSet({ in_app: row.in_app, email: row.email }),
        )
        .execute();
    }
  }
}
