import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PasswordResetsTable } from '../../db/tables/foundation.tables.js';

export type PasswordResetRow = Selectable<PasswordResetsTable>;

/** SQL for password-reset tokens; only their SHA-256 is stored. */
export class PasswordResetRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: PasswordResetRow): Promise<void> {
    await this.db.insertInto('password_resets').values(row).execute();
  }

  async findByTokenHash(tokenHash: string): Promise<PasswordResetRow | undefined> {
    return this.db
      .selectFrom('password_resets')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
  }

  /** How many resets the user asked for since `sinceIso` (a cap against mail bombing). */
  async countSince(userId: string, sinceIso: string): Promise<number> {
    const r = await this.db
      .selectFrom('password_resets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('created_at', '>', sinceIso)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Uses the token once: false when it was already used or has expired. */
  async markUsed(id: string, nowIso: string): Promise<boolean> {
    const r = await this.db
      .updateTable('password_resets')
      .set({ used_at: nowIso })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', nowIso)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Closes every other open reset of the user once the password has changed. */
  async closeOpenForUser(userId: string, nowIso: string): Promise<void> {
    await this.db
      .updateTable('password_resets')
      .set({ used_at: nowIso })
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .execute();
  }

  /** The language of the user's earliest workspace, for mail when their profile has none. */
  async workspaceLocaleOf(userId: string): Promise<string | null> {
    const r = await this.db
      .selectFrom('memberships')
      .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
      .select('workspaces.locale')
      .where('memberships.user_id', '=', userId)
      .orderBy('memberships.created_at')
      .limit(1)
      .executeTakeFirst();
    return r?.locale ?? null;
  }
}
