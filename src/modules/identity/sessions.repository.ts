import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SessionsTable } from '../../db/tables/foundation.tables.js';

export type SessionRow = Selectable<SessionsTable>;

/** SQL for server-side sessions; the id is the SHA-256 of the cookie, never the cookie itself. */
export class SessionsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: SessionRow): Promise<void> {
    await this.db.insertInto('sessions').values(row).execute();
  }

  /** The live session and its user, or undefined when expired, unknown or the user is disabled. */
  async findLive(id: string, nowIso: string) {
    return this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'sessions.id as session_id',
        'sessions.csrf_token',
        'sessions.last_seen_at',
        'users.id as user_id',
        'users.email',
        'users.name',
        'users.locale',
        'users.time_zone',
      ])
      .where('sessions.id', '=', id)
      .where('sessions.expires_at', '>', nowIso)
      .where('users.disabled_at', 'is', null)
      .executeTakeFirst();
  }

  async touch(id: string, nowIso: string, expiresAt: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ last_seen_at: nowIso, expires_at: expiresAt })
      .where('id', '=', id)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  /** Ends every session of a user (after a password reset), optionally keeping one. */
  async deleteForUser(userId: string, exceptId?: string): Promise<void> {
    let q = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (exceptId) q = q.where('id', '!=', exceptId);
    await q.execute();
  }

  async deleteExpired(nowIso: string): Promise<number> {
    const r = await this.db.deleteFrom('sessions').where('expires_at', '<=', nowIso).executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
