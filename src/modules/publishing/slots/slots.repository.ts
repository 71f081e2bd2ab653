import type { Kysely } from 'kysely';
import { newId } from '../../../core/ids.js';
import type { DB } from '../../../db/schema.js';
import type { PostingSlot } from './slots.rules.js';

/** SQL for the weekly posting slots of connected accounts. */
export class SlotsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The account's slots, Monday first then by time. */
  async list(workspaceId: string, accountId: string): Promise<PostingSlot[]> {
    const rows = await this.db
      .selectFrom('posting_slots')
      .select(['weekday', 'time'])
      .where('workspace_id', '=', workspaceId)
      .where('account_id', '=', accountId)
      .orderBy('weekday')
      .orderBy('time')
      .execute();
    return rows.map((r) => ({ weekday: Number(r.weekday), time: r.time }));
  }

  /** Replaces the account's whole set in one transaction (the slots must already be free of duplicates). */
  async replace(
    workspaceId: string,
    accountId: string,
    slots: readonly PostingSlot[],
    nowIso: string,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('posting_slots')
        .where('workspace_id', '=', workspaceId)
        .where('account_id', '=', accountId)
        .execute();
      if (slots.length === 0) return;
      await trx
        .insertInto('posting_slots')
        .values(
          slots.map((s) => ({
            id: newId(),
            workspace_id: workspaceId,
            account_id: accountId,
            weekday: s.weekday,
            time: s.time,
            created_at: nowIso,
          })),
        )
        .execute();
    });
  }

  /** The account's network and handle when it belongs to the workspace (for 404s and audit summaries). */
  async findAccount(
    workspaceId: string,
    accountId: string,
  ): Promise<{ id: string; network: string; handle: string } | undefined> {
    return this.db
      .selectFrom('connected_accounts')
      .select(['id', 'network', 'handle'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', accountId)
      .executeTakeFirst();
  }

  /** The IANA time zone slots are read in. */
  async workspaceTimeZone(workspaceId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('workspaces')
      .select('time_zone')
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    return row?.time_zone;
  }
}
