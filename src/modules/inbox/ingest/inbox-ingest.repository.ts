import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { RemoteActor } from '../../publishing/connectors/connector.port.js';
import type { InboxCursorsTable, InboxItemsTable } from '../inbox.tables.js';

/** An account due for polling, as the poller claims it. */
export interface DueAccount {
  accountId: string;
  workspaceId: string;
  cursor: string | null;
  intervalSeconds: number;
  consecutiveFailures: number;
}

export const DEFAULT_POLL_SECONDS = 120;

/** The SQL of ingestion: cursors with leases, contact upserts, deduplicated item inserts. */
export class InboxIngestRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Gives every connected account without one a cursor, due now. */
  async ensureCursors(now: string): Promise<void> {
    await this.db
      .insertInto('inbox_cursors')
      .columns([
        'account_id',
        'workspace_id',
        'cursor',
        'interval_seconds',
        'next_poll_at',
        'lease_until',
        'last_polled_at',
        'last_error',
        'consecutive_failures',
      ])
      .expression((eb) =>
        eb
          .selectFrom('connected_accounts as a')
          .where((w) =>
            w.not(
              w.exists(
                w
                  .selectFrom('inbox_cursors as c')
                  .select('c.account_id')
                  .whereRef('c.account_id', '=', 'a.id'),
              ),
            ),
          )
          .select([
            'a.id',
            'a.workspace_id',
            sql<null>`null`.as('cursor'),
            sql<number>`${DEFAULT_POLL_SECONDS}`.as('interval_seconds'),
            sql<string>`${now}`.as('next_poll_at'),
            sql<null>`null`.as('lease_until'),
            sql<null>`null`.as('last_polled_at'),
            sql<null>`null`.as('last_error'),
            sql<number>`0`.as('consecutive_failures'),
          ]),
      )
      .onConflict((oc) => oc.column('account_id').doNothing())
      .execute();
  }

  /** Accounts whose poll is due, not held by another poller, and whose credentials work. */
  async listDue(now: string, limit: number): Promise<DueAccount[]> {
    const rows = await this.db
      .selectFrom('inbox_cursors as c')
      .innerJoin('connected_accounts as a', 'a.id', 'c.account_id')
      .where('c.next_poll_at', '<=', now)
      .where((eb) => eb.or([eb('c.lease_until', 'is', null), eb('c.lease_until', '<', now)]))
      .where('a.health_status', '!=', 'needs_reconnect')
      .select(['c.account_id', 'c.workspace_id', 'c.cursor', 'c.interval_seconds', 'c.consecutive_failures'])
      .orderBy('c.next_poll_at')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      accountId: r.account_id,
      workspaceId: r.workspace_id,
      cursor: r.cursor,
      intervalSeconds: r.interval_seconds,
      consecutiveFailures: r.consecutive_failures,
    }));
  }

  /**
   * Takes an account for polling until `until`; false when another poller holds it. The conditional
   * update is the lock: of two workers, one changes the row.
   */
  async lease(accountId: string, now: string, until: string): Promise<boolean> {
    const r = await this.db
      .updateTable('inbox_cursors')
      .set({ lease_until: until })
      .where('account_id', '=', accountId)
      // Still due: a poller that listed it before another finished must not poll it again.
      .where('next_poll_at', '<=', now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async cursorOf(accountId: string): Promise<InboxCursorsTable | undefined> {
    return this.db
      .selectFrom('inbox_cursors')
      .selectAll()
      .where('account_id', '=', accountId)
      .executeTakeFirst();
  }

  /** Stores how a poll ended and when the next one is due; releases the lease. */
  async finishPoll(
    accountId: string,
    result: { cursor?: string; error: string | null; failures: number; nextPollAt: string; now: string },
  ): Promise<void> {
    await this.db
      .updateTable('inbox_cursors')
      .set({
        ...(result.cursor !== undefined ? { cursor: result.cursor } : {}),
        last_polled_at: result.now,
        last_error: result.error,
        consecutive_failures: result.failures,
        next_poll_at: result.nextPollAt,
        lease_until: null,
      })
      .where('account_id', '=', accountId)
      .execute();
  }

  /** Creates or refreshes the contacts of `authors`; returns their ids by remote id. */
  async upsertContacts(
    workspaceId: string,
    network: string,
    authors: readonly RemoteActor[],
    ids: () => string,
    now: string,
  ): Promise<Map<string, string>> {
    const unique = [...new Map(authors.map((a) => [a.remoteId, a])).values()];
    // One statement per chunk, not per author: a page of replies mostly comes from different people.
    for (let i = 0; i < unique.length; i += 200) {
      await this.db
        .insertInto('inbox_contacts')
        .values(
          unique.slice(i, i + 200).map((a) => ({
            id: ids(),
            workspace_id: workspaceId,
            network,
            remote_id: a.remoteId,
            handle: a.handle,
            display_name: a.displayName,
            avatar_url: a.avatarUrl,
            profile_url: a.profileUrl,
            followers: null,
            first_seen_at: now,
            last_seen_at: now,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['workspace_id', 'network', 'remote_id']).doUpdateSet((eb) => ({
            handle: eb.ref('excluded.handle'),
            display_name: eb.ref('excluded.display_name'),
            avatar_url: eb.ref('excluded.avatar_url'),
            profile_url: eb.ref('excluded.profile_url'),
            last_seen_at: eb.ref('excluded.last_seen_at'),
          })),
        )
        .execute();
    }
    if (unique.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('inbox_contacts')
      .select(['id', 'remote_id'])
      .where('workspace_id', '=', workspaceId)
      .where('network', '=', network)
      .where(
        'remote_id',
        'in',
        unique.map((a) => a.remoteId),
      )
      .execute();
    return new Map(rows.map((r) => [r.remote_id, r.id]));
  }

  /** The audience of contacts (null when the network never told), by contact id. */
  async followersOf(contactIds: readonly string[]): Promise<Map<string, number | null>> {
    if (contactIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('inbox_contacts')
      .select(['id', 'followers'])
      .where('id', 'in', [...new Set(contactIds)])
      .execute();
    return new Map(rows.map((r) => [r.id, r.followers]));
  }

  /** Our published variants of `accountId` among `remoteIds`, by remote id. */
  async variantsByRemoteId(accountId: string, remoteIds: readonly string[]): Promise<Map<string, string>> {
    if (remoteIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('post_variants')
      .select(['id', 'remote_id'])
      .where('account_id', '=', accountId)
      .where('remote_id', 'in', [...new Set(remoteIds)])
      .execute();
    return new Map(rows.map((r) => [r.remote_id!, r.id]));
  }

  /** The conversations of stored items among `remoteIds` (a reply joins its parent's). */
  async threadKeysOf(accountId: string, remoteIds: readonly string[]): Promise<Map<string, string>> {
    if (remoteIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('inbox_items')
      .select(['remote_id', 'thread_key'])
      .where('account_id', '=', accountId)
      .where('remote_id', 'in', [...new Set(remoteIds)])
      .execute();
    return new Map(rows.map((r) => [r.remote_id, r.thread_key]));
  }

  /** Inserts items, skipping any already stored for the account; returns the ids of the new ones. */
  async insertItems(rows: readonly InboxItemsTable[]): Promise<string[]> {
    const inserted: string[] = [];
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200);
      const r = await this.db
        .insertInto('inbox_items')
        .values(chunk)
        .onConflict((oc) => oc.columns(['account_id', 'remote_id']).doNothing())
        .returning('id')
        .execute();
      inserted.push(...r.map((x) => x.id));
    }
    return inserted;
  }

  /** Stops the clock of an item answered on the network (not through Presence). */
  async markAnsweredOnNetwork(accountId: string, remoteId: string, at: string): Promise<void> {
    await this.db
      .updateTable('inbox_items')
      .set({ first_response_at: at, first_response_source: 'network', updated_at: at })
      .where('account_id', '=', accountId)
      .where('remote_id', '=', remoteId)
      .where('first_response_at', 'is', null)
      .execute();
  }
}
