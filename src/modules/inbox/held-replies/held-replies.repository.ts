import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { HeldRepliesTable } from './held-replies.tables.js';

/** SQL of replies held for approval. */
export class HeldRepliesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: HeldRepliesTable): Promise<void> {
    await this.db.insertInto('held_replies').values(row).execute();
  }

  async get(workspaceId: string, id: string): Promise<HeldRepliesTable | undefined> {
    return this.db
      .selectFrom('held_replies')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async list(
    workspaceId: string,
    filter: { status?: string | undefined; itemId?: string | undefined },
  ): Promise<HeldRepliesTable[]> {
    let q = this.db.selectFrom('held_replies').selectAll().where('workspace_id', '=', workspaceId);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.itemId) q = q.where('item_id', '=', filter.itemId);
    return q.orderBy('created_at').orderBy('id').limit(500).execute();
  }

  /**
   * Moves a pending held reply to its decision. Conditional on `pending`, so of two clicks (or two
   * approvers) at the same time only one wins: the caller sends only when this returns true.
   */
  async decide(
    workspaceId: string,
    id: string,
    decision: { status: 'approved' | 'rejected'; by: string; at: string; reason: string | null },
  ): Promise<boolean> {
    const res = await this.db
      .updateTable('held_replies')
      .set({
        status: decision.status,
        decided_by: decision.by,
        decided_at: decision.at,
        reason: decision.reason,
        updated_at: decision.at,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async settle(id: string, status: 'sent' | 'failed', at: string): Promise<void> {
    await this.db.updateTable('held_replies').set({ status, updated_at: at }).where('id', '=', id).execute();
  }
}
