import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { UsersTable } from '../../db/tables/foundation.tables.js';

export type UserRow = Selectable<UsersTable>;

/** SQL for people: accounts, password hashes, profile. */
export class UsersRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async findById(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Emails are stored lower-cased, so lookups are case-insensitive on both engines. */
  async findByEmail(email: string): Promise<UserRow | undefined> {
    return this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
  }

  async insert(row: UserRow): Promise<void> {
    await this.db
      .insertInto('users')
      .values({ ...row, email: row.email.trim().toLowerCase() })
      .execute();
  }

  async update(id: string, patch: Partial<Omit<UserRow, 'id' | 'created_at'>>): Promise<void> {
    await this.db.updateTable('users').set(patch).where('id', '=', id).execute();
  }

  async countAll(): Promise<number> {
    const r = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
