import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The draft's overview row: title, summary and when anything in the draft last changed. */
export interface StrategyMeta {
  title: string;
  summary: string;
  updatedAt: string | null;
}

/** SQL for the one-per-workspace `strategies` row. */
export class StrategyRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The overview; a workspace that never touched its strategy gets empty text. */
  async meta(workspaceId: string): Promise<StrategyMeta> {
    const row = await this.db
      .selectFrom('strategies')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return row
      ? { title: row.title, summary: row.summary, updatedAt: row.updated_at }
      : { title: '', summary: '', updatedAt: null };
  }

  /** Marks the draft as changed now, creating the row on the first change. */
  async touch(workspaceId: string, now: string): Promise<void> {
    await this.db
      .insertInto('strategies')
      .values({ workspace_id: workspaceId, title: '', summary: '', created_at: now, updated_at: now })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ updated_at: now }))
      .execute();
  }

  /** Sets title and/or summary. */
  async setOverview(
    workspaceId: string,
    patch: { title?: string; summary?: string },
    now: string,
  ): Promise<void> {
    await this.touch(workspaceId, now);
    if (patch.title === undefined && patch.summary === undefined) return;
    await this.db
      .updateTable('strategies')
      .set({
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.summary !== undefined ? { summary: patch.summary } : {}),
      })
      .where('workspace_id', '=', workspaceId)
      .execute();
  }
}
