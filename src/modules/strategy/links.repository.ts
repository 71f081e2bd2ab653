import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { StrategyLinkTableName } from './strategy.tables.js';

/**
 * SQL for the link tables (audience → objectives, action → networks…). They all share one shape, so
 * one helper reads and rewrites any of them; callers pass ids already checked to be in the workspace.
 */
export class LinksRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Target ids of every owner in the workspace, in their saved order. */
  async byOwner(table: StrategyLinkTableName, workspaceId: string): Promise<Map<string, string[]>> {
    const rows = await this.db
      .selectFrom(table)
      .select(['owner_id', 'target_id'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('owner_id')
      .orderBy('position')
      .execute();
    const out = new Map<string, string[]>();
    for (const r of rows) {
      const list = out.get(r.owner_id);
      if (list) list.push(r.target_id);
      else out.set(r.owner_id, [r.target_id]);
    }
    return out;
  }

  /** Target ids of one owner. */
  async of(table: StrategyLinkTableName, workspaceId: string, ownerId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom(table)
      .select('target_id')
      .where('workspace_id', '=', workspaceId)
      .where('owner_id', '=', ownerId)
      .orderBy('position')
      .execute();
    return rows.map((r) => r.target_id);
  }

  /** Owners that link to `targetId` (what refers to an objective, an audience…). */
  async ownersOf(table: StrategyLinkTableName, workspaceId: string, targetId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom(table)
      .select('owner_id')
      .where('workspace_id', '=', workspaceId)
      .where('target_id', '=', targetId)
      .execute();
    return rows.map((r) => r.owner_id);
  }

  /** Replaces one owner's targets with `targetIds` (deduplicated, order kept). */
  async replace(
    table: StrategyLinkTableName,
    workspaceId: string,
    ownerId: string,
    targetIds: readonly string[],
  ): Promise<void> {
    await this.db
      .deleteFrom(table)
      .where('workspace_id', '=', workspaceId)
      .where('owner_id', '=', ownerId)
      .execute();
    const ids = [...new Set(targetIds)];
    if (!ids.length) return;
    await this.db
      .insertInto(table)
      .values(
        ids.map((target_id, position) => ({
          owner_id: ownerId,
          target_id,
          workspace_id: workspaceId,
          position,
        })),
      )
      .execute();
  }
}
