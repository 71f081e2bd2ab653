import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { InboxNotesTable, InboxRepliesTable } from '../inbox-handling.tables.js';

/** What a reply needs to know about the item it answers. */
export interface ReplyTarget {
  id: string;
  account_id: string;
  remote_id: string;
  network: string;
  contact_handle: string;
}

export interface NoteRow extends InboxNotesTable {
  author_name: string | null;
}

/**
 * Replies sent from Presence and internal notes. A reply row is written before the network call and
 * settled after it, so a failure keeps its reason and a retry reuses the same idempotency key.
 */
export class InboxRepliesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async target(workspaceId: string, itemId: string): Promise<ReplyTarget | undefined> {
    return this.db
      .selectFrom('inbox_items')
      .innerJoin('inbox_contacts', 'inbox_contacts.id', 'inbox_items.contact_id')
      .select([
        'inbox_items.id',
        'inbox_items.account_id',
        'inbox_items.remote_id',
        'inbox_items.network',
        'inbox_contacts.handle as contact_handle',
      ])
      .where('inbox_items.workspace_id', '=', workspaceId)
      .where('inbox_items.id', '=', itemId)
      .executeTakeFirst();
  }

  async insert(row: InboxRepliesTable): Promise<void> {
    await this.db.insertInto('inbox_replies').values(row).execute();
  }

  async get(workspaceId: string, id: string): Promise<InboxRepliesTable | undefined> {
    return this.db
      .selectFrom('inbox_replies')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async listFor(workspaceId: string, itemIds: readonly string[]): Promise<InboxRepliesTable[]> {
    if (itemIds.length === 0) return [];
    return this.db
      .selectFrom('inbox_replies')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('item_id', 'in', [...itemIds])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  /**
   * Takes a failed reply (or one left pending by a crash before `staleBefore`) for another attempt;
   * false when it is sent, or another attempt holds it. The conditional update is the lock.
   */
  async claimRetry(workspaceId: string, id: string, staleBefore: string): Promise<boolean> {
    const r = await this.db
      .updateTable('inbox_replies')
      .set({ status: 'pending', failure_code: null, failure_reason: null, raw_error: null })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where((eb) =>
        eb.or([
          eb('status', '=', 'failed'),
          eb.and([eb('status', '=', 'pending'), eb('created_at', '<', staleBefore)]),
        ]),
      )
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async markSent(id: string, result: { remoteId: string; url: string; at: string }): Promise<void> {
    await this.db
      .updateTable('inbox_replies')
      .set({
        status: 'sent',
        remote_id: result.remoteId,
        url: result.url,
        sent_at: result.at,
        failure_code: null,
        failure_reason: null,
        raw_error: null,
      })
      .where('id', '=', id)
      .execute();
  }

  async markFailed(id: string, failure: { code: string; reason: string; raw: string | null }): Promise<void> {
    await this.db
      .updateTable('inbox_replies')
      .set({
        status: 'failed',
        failure_code: failure.code,
        failure_reason: failure.reason,
        raw_error: failure.raw,
      })
      .where('id', '=', id)
      .where('status', '!=', 'sent')
      .execute();
  }

  /**
   * The first answer stops the item's clock (kept if the network or an earlier reply stopped it
   * already); the item is answered.
   */
  async answered(workspaceId: string, itemId: string, by: string | null, at: string): Promise<void> {
    await this.db
      .updateTable('inbox_items')
      .set({ first_response_at: at, first_response_by: by, first_response_source: 'presence' })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', itemId)
      .where('first_response_at', 'is', null)
      .execute();
    await this.db
      .updateTable('inbox_items')
      .set({ state: 'answered', updated_at: at })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', itemId)
      .execute();
  }

  async insertNote(row: InboxNotesTable): Promise<void> {
    await this.db.insertInto('inbox_notes').values(row).execute();
  }

  async notes(workspaceId: string, itemIds: readonly string[]): Promise<NoteRow[]> {
    if (itemIds.length === 0) return [];
    return this.db
      .selectFrom('inbox_notes')
      .leftJoin('users', 'users.id', 'inbox_notes.author_id')
      .selectAll('inbox_notes')
      .select('users.name as author_name')
      .where('inbox_notes.workspace_id', '=', workspaceId)
      .where('inbox_notes.item_id', 'in', [...itemIds])
      .orderBy('inbox_notes.created_at')
      .orderBy('inbox_notes.id')
      .execute();
  }
}
