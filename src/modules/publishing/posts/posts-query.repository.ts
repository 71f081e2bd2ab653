import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { toPost, toVariant, type PostRecord, type VariantRecord } from '../scheduler/posts.repository.js';
import type { VariantStatus } from '../scheduler/publishing.types.js';

/** Filters of the composer's and calendar's post list (all optional; several values = any of them). */
export interface PostFilters {
  from?: string;
  to?: string;
  status?: VariantStatus[];
  objectiveId?: string[];
  actionId?: string[];
  pillarId?: string[];
  network?: string[];
  accountId?: string[];
  authorId?: string[];
  q?: string;
}

/** A variant with what the views show of its account and how many times it was tried. */
export interface VariantRow extends VariantRecord {
  network: string;
  accountHandle: string;
  accountHealth: string;
  attempts: number;
}

/** Reads posts for the API: filtered pages, and everything a post view needs in a few queries. */
export class PostsQueryRepository {
  readonly #db: Kysely<DB>;

  constructor(db: Kysely<DB>) {
    this.#db = db;
  }

  /**
   * A page of posts newest first (ids are time-ordered). A post matches when one of its variants
   * matches the variant filters (time, status, account, network); `status` including `draft` also
   * lists drafts with no time, whatever the period.
   */
  async page(workspaceId: string, f: PostFilters, limit: number, cursor?: string): Promise<PostRecord[]> {
    let q = this.#db.selectFrom('posts').selectAll('posts').where('posts.workspace_id', '=', workspaceId);
    if (f.objectiveId?.length) q = q.where('posts.objective_id', 'in', f.objectiveId);
    if (f.actionId?.length) q = q.where('posts.action_id', 'in', f.actionId);
    if (f.pillarId?.length) q = q.where('posts.pillar_id', 'in', f.pillarId);
    if (f.authorId?.length) q = q.where('posts.created_by', 'in', f.authorId);
    if (cursor) q = q.where('posts.id', '<', cursor);
    if (f.q) {
      // `%` and `_` typed in a search act as wildcards: harmless, and not worth an ESCAPE clause.
      const like = `%${f.q.toLowerCase()}%`;
      q = q.where((eb) =>
        eb.or([
          eb(sql`lower(posts.title)`, 'like', like),
          eb.exists(
            eb
              .selectFrom('post_variants as t')
              .select('t.id')
              .whereRef('t.post_id', '=', 'posts.id')
              .where(sql`lower(t.text)`, 'like', like),
          ),
        ]),
      );
    }
    const variantFilters = f.from || f.to || f.status?.length || f.network?.length || f.accountId?.length;
    if (variantFilters) {
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('post_variants as v')
            .innerJoin('connected_accounts as a', 'a.id', 'v.account_id')
            .select('v.id')
            .whereRef('v.post_id', '=', 'posts.id')
            .$if(!!f.status?.length, (s) => s.where('v.status', 'in', f.status!))
            .$if(!!f.network?.length, (s) => s.where('a.network', 'in', f.network!))
            .$if(!!f.accountId?.length, (s) => s.where('v.account_id', 'in', f.accountId!))
            .$if(!!(f.from || f.to), (s) =>
              s.where((w) => {
                const inPeriod = w.and([
                  ...(f.from ? [w('v.scheduled_at', '>=', f.from)] : []),
                  ...(f.to ? [w('v.scheduled_at', '<', f.to)] : []),
                ]);
                return f.status?.includes('draft')
                  ? w.or([inPeriod, w.and([w('v.status', '=', 'draft'), w('v.scheduled_at', 'is', null)])])
                  : inPeriod;
              }),
            ),
        ),
      );
    }
    const rows = await q.orderBy('posts.id', 'desc').limit(limit).execute();
    return rows.map(toPost);
  }

  /** One post of the workspace, or null. */
  async post(workspaceId: string, id: string): Promise<PostRecord | null> {
    const r = await this.#db
      .selectFrom('posts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toPost(r) : null;
  }

  /** The variants of these posts with their account and attempt count, oldest first. */
  async variants(workspaceId: string, postIds: readonly string[]): Promise<VariantRow[]> {
    if (postIds.length === 0) return [];
    const rows = await this.#db
      .selectFrom('post_variants as v')
      .innerJoin('connected_accounts as a', 'a.id', 'v.account_id')
      .selectAll('v')
      .select(['a.network', 'a.handle', 'a.health_status'])
      .select((eb) =>
        eb
          .selectFrom('publish_attempts as pa')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('pa.variant_id', '=', 'v.id')
          .as('attempt_count'),
      )
      .where('v.workspace_id', '=', workspaceId)
      .where('v.post_id', 'in', [...postIds])
      .orderBy('v.created_at')
      .orderBy('v.id')
      .execute();
    return rows.map((r) => ({
      ...toVariant(r),
      network: r.network,
      accountHandle: r.handle,
      accountHealth: r.health_status,
      attempts: Number(r.attempt_count ?? 0),
    }));
  }

  /** The names of these people (post authors). */
  async userNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.#db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Scheduled and published times of an account's variants from `from` (taken posting slots). */
  async takenTimes(workspaceId: string, accountId: string, from: string): Promise<string[]> {
    const rows = await this.#db
      .selectFrom('post_variants')
      .select('scheduled_at')
      .where('workspace_id', '=', workspaceId)
      .where('account_id', '=', accountId)
      .where('status', 'in', ['scheduled', 'publishing', 'published'])
      .where('scheduled_at', '>=', from)
      .execute();
    return rows.flatMap((r) => (r.scheduled_at ? [r.scheduled_at] : []));
  }

  /** The workspace's IANA time zone. */
  async workspaceTimeZone(workspaceId: string): Promise<string> {
    const r = await this.#db
      .selectFrom('workspaces')
      .select('time_zone')
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    return r?.time_zone ?? 'UTC';
  }
}
