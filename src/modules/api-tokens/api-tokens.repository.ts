import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ApiTokensTable } from '../../db/tables/foundation.tables.js';

export type ApiTokenRow = Selectable<ApiTokensTable>;

/** SQL for personal API tokens; only SHA-256 hashes are stored. */
export class ApiTokensRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: ApiTokenRow): Promise<void> {
    await this.db.insertInto('api_tokens').values(row).execute();
  }

  /** A usable token with its owner; the owner must still be a member of the token's workspace. */
  async findLiveByHash(hash: string, nowIso: string) {
    return this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .innerJoin('memberships', (j) =>
        j
          .onRef('memberships.user_id', '=', 'api_tokens.user_id')
          .onRef('memberships.workspace_id', '=', 'api_tokens.workspace_id'),
      )
      .select([
        'api_tokens.id',
        'api_tokens.workspace_id',
        'api_tokens.role',
        'api_tokens.user_id',
        'users.email',
        'users.name as user_name',
        'users.locale',
        'users.time_zone',
      ])
      .where('api_tokens.token_hash', '=', hash)
      .where('api_tokens.revoked_at', 'is', null)
      .where('users.disabled_at', 'is', null)
      .where((eb) =>
        eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', nowIso)]),
      )
      .executeTakeFirst();
  }

  async markUsed(id: string, nowIso: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: nowIso }).where('id', '=', id).execute();
  }

  async listForUser(workspaceId: string, userId: string): Promise<ApiTokenRow[]> {
    return this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .execute();
  }

  async findInWorkspace(workspaceId: string, id: string): Promise<ApiTokenRow | undefined> {
    return this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async revoke(id: string, nowIso: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ revoked_at: nowIso }).where('id', '=', id).execute();
  }
}
