import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { CalendarFeedsTable } from '../slots/slots.tables.js';

export type CalendarFeedRow = Selectable<CalendarFeedsTable>;

/** A live feed with what serving it needs: its owner's current role and the workspace's name. */
export interface LiveFeed {
  id: string;
  workspaceId: string;
  workspaceName: string;
  userId: string;
  role: string;
}

/** SQL for personal iCalendar feeds; only SHA-256 hashes of their secrets are stored. */
export class FeedsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: CalendarFeedRow): Promise<void> {
    await this.db.insertInto('calendar_feeds').values(row).execute();
  }

  /** One person's feeds in a workspace that are not revoked, newest first. */
  async listOwn(workspaceId: string, userId: string): Promise<CalendarFeedRow[]> {
    return this.db
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  /** A feed of the workspace owned by `userId` (revoked or not). */
  async findOwn(workspaceId: string, userId: string, id: string): Promise<CalendarFeedRow | undefined> {
    return this.db
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Revokes a feed; one already revoked keeps its first revocation time. */
  async revoke(workspaceId: string, id: string, nowIso: string): Promise<void> {
    await this.db
      .updateTable('calendar_feeds')
      .set({ revoked_at: nowIso })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  }

  /**
   * The feed whose secret hashes to `hash`, when it is not revoked and its owner is still an enabled
   * member of its workspace: one indexed lookup whatever the reason for a miss, so the answer time
   * tells nothing about which feeds exist.
   */
  async findLiveByHash(hash: string): Promise<LiveFeed | undefined> {
    const row = await this.db
      .selectFrom('calendar_feeds')
      .innerJoin('memberships', (j) =>
        j
          .onRef('memberships.user_id', '=', 'calendar_feeds.user_id')
          .onRef('memberships.workspace_id', '=', 'calendar_feeds.workspace_id'),
      )
      .innerJoin('users', 'users.id', 'calendar_feeds.user_id')
      .innerJoin('workspaces', 'workspaces.id', 'calendar_feeds.workspace_id')
      .select([
        'calendar_feeds.id',
        'calendar_feeds.workspace_id',
        'calendar_feeds.user_id',
        'memberships.role',
        'workspaces.name as workspace_name',
      ])
      .where('calendar_feeds.token_hash', '=', hash)
      .where('calendar_feeds.revoked_at', 'is', null)
      .where('users.disabled_at', 'is', null)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      workspaceId: row.workspace_id,
      workspaceName: row.workspace_name,
      userId: row.user_id,
      role: row.role,
    };
  }

  async markUsed(id: string, nowIso: string): Promise<void> {
    await this.db.updateTable('calendar_feeds').set({ last_used_at: nowIso }).where('id', '=', id).execute();
  }
}
