import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { AccountMetricSnapshotsTable, PostMetricSnapshotsTable } from '../analytics.tables.js';

/** A published variant still observed, with the last schedule point already recorded. */
export interface ObservedVariant {
  id: string;
  workspaceId: string;
  accountId: string;
  remoteId: string;
  publishedAt: string;
  lastDueAt: string | null;
}

export interface PostSnapshotRow {
  observedAt: string;
  dueAt: string;
  metrics: Record<string, number>;
  unavailable: string[];
  gone: boolean;
}

export interface AccountSnapshotRow {
  observedAt: string;
  metrics: Record<string, number>;
  unavailable: string[];
}

// Both engines hand back JSON as text and timestamps as ISO strings (src/db/database.ts).
function parsed<T>(v: string): T {
  return JSON.parse(v) as T;
}

function iso(v: string | null): string | null {
  return v === null ? null : new Date(v).toISOString();
}

/** The snapshot tables: what is due, what was seen, the series the dashboards read. */
export class SnapshotsRepository {
  readonly #db: Kysely<DB>;

  constructor(db: Kysely<DB>) {
    this.#db = db;
  }

  /**
   * An account's variants published since `since`, with a remote id, not known to be gone, and the
   * last point recorded for each: the collector's and the planner's working set.
   */
  async observedVariants(accountId: string, since: string): Promise<ObservedVariant[]> {
    const rows = await this.#db
      .selectFrom('post_variants as v')
      .leftJoin('post_metric_snapshots as s', 's.variant_id', 'v.id')
      .where('v.account_id', '=', accountId)
      .where('v.status', '=', 'published')
      .where('v.remote_id', 'is not', null)
      .where('v.published_at', '>=', since)
      .groupBy(['v.id', 'v.workspace_id', 'v.account_id', 'v.remote_id', 'v.published_at'])
      .having((eb) => eb.fn.coalesce(eb.fn.max('s.gone'), eb.lit(0)), '=', 0)
      .select((eb) => [
        'v.id',
        'v.workspace_id',
        'v.account_id',
        'v.remote_id',
        'v.published_at',
        // On-demand readings are not schedule points: the next scheduled point stays due.
        eb.fn
          .max(eb.case().when('s.on_demand', '=', 0).then(eb.ref('s.due_at')).else(null).end())
          .as('last_due_at'),
      ])
      .orderBy('v.published_at')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      workspaceId: r.workspace_id,
      accountId: r.account_id,
      remoteId: r.remote_id!,
      publishedAt: iso(r.published_at)!,
      lastDueAt: iso(r.last_due_at),
    }));
  }

  /** Accounts with a variant published since `since` whose credentials are not known to be rejected. */
  async accountsWithRecentPosts(since: string): Promise<{ workspaceId: string; accountId: string }[]> {
    const rows = await this.#db
      .selectFrom('post_variants as v')
      .innerJoin('connected_accounts as a', 'a.id', 'v.account_id')
      .where('v.status', '=', 'published')
      .where('v.published_at', '>=', since)
      .where('a.health_status', '!=', 'needs_reconnect')
      .select(['v.workspace_id', 'v.account_id'])
      .distinct()
      .execute();
    return rows.map((r) => ({ workspaceId: r.workspace_id, accountId: r.account_id }));
  }

  /** Stores snapshots; one already stored for the same (variant, point) is kept as it was. */
  async insertPostSnapshots(rows: readonly Insertable<PostMetricSnapshotsTable>[]): Promise<void> {
    if (rows.length === 0) return;
    await this.#db
      .insertInto('post_metric_snapshots')
      .values([...rows])
      .onConflict((oc) => oc.columns(['variant_id', 'due_at']).doNothing())
      .execute();
  }

  /** A variant of the workspace with its account's network, or null. */
  async variantOf(
    workspaceId: string,
    variantId: string,
  ): Promise<{
    id: string;
    accountId: string;
    network: string;
    status: string;
    publishedAt: string | null;
  } | null> {
    const r = await this.#db
      .selectFrom('post_variants as v')
      .innerJoin('connected_accounts as a', 'a.id', 'v.account_id')
      .where('v.workspace_id', '=', workspaceId)
      .where('v.id', '=', variantId)
      .select(['v.id', 'v.account_id', 'a.network', 'v.status', 'v.published_at'])
      .executeTakeFirst();
    return r
      ? {
          id: r.id,
          accountId: r.account_id,
          network: r.network,
          status: r.status,
          publishedAt: iso(r.published_at),
        }
      : null;
  }

  /** An account of the workspace with its network, or null. */
  async accountOf(workspaceId: string, accountId: string): Promise<{ id: string; network: string } | null> {
    const r = await this.#db
      .selectFrom('connected_accounts')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', accountId)
      .select(['id', 'network'])
      .executeTakeFirst();
    return r ?? null;
  }

  /** A variant's snapshots, oldest first. */
  async variantSeries(workspaceId: string, variantId: string): Promise<PostSnapshotRow[]> {
    const rows = await this.#db
      .selectFrom('post_metric_snapshots')
      .select(['observed_at', 'due_at', 'metrics', 'unavailable', 'gone'])
      .where('workspace_id', '=', workspaceId)
      .where('variant_id', '=', variantId)
      .orderBy('observed_at')
      .execute();
    return rows.map((r) => ({
      observedAt: iso(r.observed_at)!,
      dueAt: iso(r.due_at)!,
      metrics: parsed<Record<string, number>>(r.metrics),
      unavailable: parsed<string[]>(r.unavailable),
      gone: r.gone === 1,
    }));
  }

  /** Accounts (credentials not rejected) without a snapshot since `since`, oldest first, at most `limit`. */
  async accountsDueForSnapshot(
    since: string,
    limit: number,
  ): Promise<{ workspaceId: string; accountId: string; network: string }[]> {
    const rows = await this.#db
      .selectFrom('connected_accounts as a')
      .where('a.health_status', '!=', 'needs_reconnect')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('account_metric_snapshots as s')
              .select('s.id')
              .whereRef('s.account_id', '=', 'a.id')
              .where('s.observed_at', '>', since),
          ),
        ),
      )
      .select(['a.workspace_id', 'a.id', 'a.network'])
      .orderBy('a.created_at')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ workspaceId: r.workspace_id, accountId: r.id, network: r.network }));
  }

  async insertAccountSnapshot(row: AccountMetricSnapshotsTable): Promise<void> {
    await this.#db.insertInto('account_metric_snapshots').values(row).execute();
  }

  /** An account's snapshots observed in [from, to], oldest first, at most `limit`. */
  async accountSeries(
    workspaceId: string,
    accountId: string,
    from: string,
    to: string,
    limit: number,
  ): Promise<AccountSnapshotRow[]> {
    const rows = await this.#db
      .selectFrom('account_metric_snapshots')
      .select(['observed_at', 'metrics', 'unavailable'])
      .where('workspace_id', '=', workspaceId)
      .where('account_id', '=', accountId)
      .where('observed_at', '>=', from)
      .where('observed_at', '<=', to)
      .orderBy('observed_at')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      observedAt: iso(r.observed_at)!,
      metrics: parsed<Record<string, number>>(r.metrics),
      unavailable: parsed<string[]>(r.unavailable),
    }));
  }
}
