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
        'api_tokens.last_used_at',
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

  /** Tokens of the workspace with their owner's name, newest first; `userId` narrows to one person. */
  async listWithOwners(workspaceId: string, userId?: string) {
    let q = this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .selectAll('api_tokens')
      .select('users.name as user_name')
      .where('api_tokens.workspace_id', '=', workspaceId);
    if (userId) q = q.where('api_tokens.user_id', '=', userId);
    return q.orderBy('api_tokens.created_at', 'desc').orderBy('api_tokens.id', 'desc').execute();
  }

  async findInWorkspace(workspaceId: string, id: string): Promise<ApiTokenRow | undefined> {
    return this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Revokes a token of the workspace; a token already revoked keeps its first revocation time. */
  async revoke(workspaceId: string, id: string, nowIso: string): Promise<void> {
    await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: nowIso })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  }
}
