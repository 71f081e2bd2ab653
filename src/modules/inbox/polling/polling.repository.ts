import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { PollingView } from './polling.schemas.js';

/** Reads and sets each connected account's poll interval (inbox_cursors), scoped to one workspace. */
export class InboxPollingRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async list(workspaceId: string, accountId?: string): Promise<PollingView[]> {
    let q = this.db
      .selectFrom('inbox_cursors as c')
      .innerJoin('connected_accounts as a', 'a.id', 'c.account_id')
      .where('a.workspace_id', '=', workspaceId)
      .select([
        'c.account_id',
        'a.network',
        'a.handle',
        'a.health_status',
        'c.interval_seconds',
        'c.next_poll_at',
        'c.last_polled_at',
        'c.last_error',
        'c.consecutive_failures',
      ])
      .orderBy('a.network')
      .orderBy('a.handle');
    if (accountId) q = q.where('c.account_id', '=', accountId);
    const rows = await q.execute();
    return rows.map((r) => ({
      accountId: r.account_id,
      network: r.network,
      handle: r.handle,
      healthStatus: r.health_status,
      intervalSeconds: r.interval_seconds,
      nextPollAt: r.next_poll_at,
      lastPolledAt: r.last_polled_at,
      lastError: r.last_error,
      consecutiveFailures: r.consecutive_failures,
    }));
  }

  /**
   * Sets the interval; the next poll moves earlier when the new interval makes it due sooner (never
   * later: a backoff after failures is kept), or to `now` when asked.
   */
  async set(
    workspaceId: string,
    accountId: string,
    intervalSeconds: number,
    nextPollAt: string,
  ): Promise<void> {
    await this.db
      .updateTable('inbox_cursors')
      .set((eb) => ({
        interval_seconds: intervalSeconds,
        next_poll_at: eb
          .case()
          .when('next_poll_at', '>', nextPollAt)
          .then(nextPollAt)
          .else(eb.ref('next_poll_at'))
          .end(),
      }))
      .where('workspace_id', '=', workspaceId)
      .where('account_id', '=', accountId)
      .execute();
  }
}
