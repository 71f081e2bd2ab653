import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** An item whose clock still runs, with what the check needs to read the replies under it. */
export interface UnansweredItem {
  id: string;
  workspaceId: string;
  accountId: string;
  network: string;
  remoteId: string;
  occurredAt: string;
  /** The connected account's own id on the network: replies by it are our answers. */
  ownRemoteId: string;
}

/** The SQL of the "answered on the network" check. */
export class NetworkAnswersRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Items with a running clock (a target, no first response, not closed or spam) written since
   * `since`, on accounts whose credentials work, not checked since `checkedBefore`: never-checked
   * first, then the least recently checked, oldest first among equals.
   */
  async due(since: string, checkedBefore: string, limit: number): Promise<UnansweredItem[]> {
    const rows = await this.db
      .selectFrom('inbox_items as i')
      .innerJoin('connected_accounts as a', 'a.id', 'i.account_id')
      .where('i.first_response_at', 'is', null)
      .where('i.target_minutes', 'is not', null)
      .where('i.state', 'not in', ['closed', 'spam'])
      .where('i.occurred_at', '>=', since)
      .where('a.health_status', '!=', 'needs_reconnect')
      .where((eb) =>
        eb.or([eb('i.answer_checked_at', 'is', null), eb('i.answer_checked_at', '<', checkedBefore)]),
      )
      .select([
        'i.id',
        'i.workspace_id',
        'i.account_id',
        'i.network',
        'i.remote_id',
        'i.occurred_at',
        'a.remote_id as own_remote_id',
      ])
      .orderBy((eb) => eb.case().when('i.answer_checked_at', 'is', null).then(0).else(1).end())
      .orderBy('i.answer_checked_at')
      .orderBy('i.occurred_at')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      workspaceId: r.workspace_id,
      accountId: r.account_id,
      network: r.network,
      remoteId: r.remote_id,
      occurredAt: r.occurred_at,
      ownRemoteId: r.own_remote_id,
    }));
  }

  async markChecked(ids: readonly string[], at: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('inbox_items')
      .set({ answer_checked_at: at })
      .where('id', 'in', [...ids])
      .execute();
  }

  /** Stops the clock at our answer seen on the network; an answer recorded meanwhile wins. */
  async stopClock(itemId: string, at: string, now: string): Promise<boolean> {
    const r = await this.db
      .updateTable('inbox_items')
      .set({ first_response_at: at, first_response_source: 'network', updated_at: now })
      .where('id', '=', itemId)
      .where('first_response_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
