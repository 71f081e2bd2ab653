import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { InboxSavedRepliesTable } from '../inbox-handling.tables.js';

/** A workspace's saved replies. */
export class SavedRepliesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async list(workspaceId: string, language?: 'fr' | 'en'): Promise<InboxSavedRepliesTable[]> {
    let q = this.db.selectFrom('inbox_saved_replies').selectAll().where('workspace_id', '=', workspaceId);
    // A reply in the asked language, or one written for any language.
    if (language) q = q.where((eb) => eb.or([eb('language', '=', language), eb('language', 'is', null)]));
    return q.orderBy('title').orderBy('id').limit(500).execute();
  }

  async get(workspaceId: string, id: string): Promise<InboxSavedRepliesTable | undefined> {
    return this.db
      .selectFrom('inbox_saved_replies')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insert(row: InboxSavedRepliesTable): Promise<void> {
    await this.db.insertInto('inbox_saved_replies').values(row).execute();
  }

  async update(
    workspaceId: string,
    id: string,
    set: Partial<Pick<InboxSavedRepliesTable, 'title' | 'body' | 'language' | 'tags' | 'updated_at'>>,
  ): Promise<void> {
    await this.db
      .updateTable('inbox_saved_replies')
      .set(set)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('inbox_saved_replies')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  /** The name the person replying signs with. */
  async userName(userId: string): Promise<string | undefined> {
    const u = await this.db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
    return u?.name;
  }

  async workspaceName(workspaceId: string): Promise<string | undefined> {
    const w = await this.db
      .selectFrom('workspaces')
      .select('name')
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    return w?.name;
  }
}
