import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from '../../../db/database.js';
import type { DB } from '../../../db/schema.js';
import type { Bucket } from './dashboard-period.js';
import type { Window } from './dashboards.repository.js';
import { instant, variantsCte } from './dashboards.sql.js';

export const RANK_BYS = ['engagements', 'engagement_rate_impressions', 'link_clicks'] as const;
export type RankBy = (typeof RANK_BYS)[number];

export interface RankedVariant {
  variantId: string;
  postId: string;
  title: string;
  network: string;
  accountHandle: string;
  publishedAt: string;
  remoteUrl: string | null;
  text: string;
  engagements: number | null;
  impressions: number | null;
  likes: number | null;
  replies: number | null;
  reposts: number | null;
  quotes: number | null;
  rate: number | null;
  linkClicks: number | null;
  value: number | null;
}

/** Per-bucket sums, keyed by bucket index. */
export interface BucketFigures {
  posts: Map<number, number>;
  engagements: Map<number, number | null>;
  clicks: Map<number, number>;
  conversions: Map<number, number>;
  value: Map<number, number>;
}

type Cell = string | number | null;

const nn = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const iso = (v: unknown): string => new Date(String(v)).toISOString();

/** The ranking of published variants and the per-bucket series, aggregated in SQL. */
export class DashboardsSeriesRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
  ) {}

  /**
   * The variants published in the period ranked by `by`, best (`desc`) or worst (`asc`) first.
   * Variants whose value is unknown (no snapshot reporting it; no tracked link for clicks) are left
   * out rather than ranked as zero.
   */
  async rankedVariants(
    workspaceId: string,
    w: Window,
    by: RankBy,
    direction: 'asc' | 'desc',
    limit: number,
    currency: string,
  ): Promise<RankedVariant[]> {
    const from = instant(this.dialect, w.fromInstant);
    const to = instant(this.dialect, w.toInstant);
    const value: Record<RankBy, RawBuilder<unknown>> = {
      engagements: sql`src.engagements`,
      engagement_rate_impressions: sql`case when src.impressions > 0 and src.engagements is not null
        then src.engagements * 100.0 / src.impressions end`,
      link_clicks: sql`clicks.n`,
    };
    const dir = direction === 'desc' ? sql`desc` : sql`asc`;
    const { rows } = await sql<Record<string, Cell>>`
      with ${variantsCte(this.dialect, workspaceId, w.fromInstant, w.toInstant)},
      clicks as (
        select tl.variant_id, count(lc.id) as n
        from tracked_links tl
        left join link_clicks lc on lc.link_id = tl.id and lc.is_bot = 0
          and lc.clicked_at >= ${from} and lc.clicked_at < ${to}
        where tl.workspace_id = ${workspaceId} and tl.variant_id in (select variant_id from pv)
        group by tl.variant_id
      ),
      conv as (
        select c.variant_id,
               sum(case when c.value_minor is not null and c.currency = ${currency} then c.value_minor else 0 end) as v
        from conversions c
        where c.workspace_id = ${workspaceId} and c.attribution <> 'none'
          and c.occurred_at >= ${from} and c.occurred_at < ${to}
          and c.variant_id in (select variant_id from pv)
        group by c.variant_id
      ),
      ranked as (
        select src.*, clicks.n as link_clicks, conv.v as value, ${value[by]} as rank_value
        from src
        left join clicks on clicks.variant_id = src.variant_id
        left join conv on conv.variant_id = src.variant_id
      )
      select * from ranked where rank_value is not null
      order by rank_value ${dir}, published_at desc, variant_id
      limit ${limit}`.execute(this.db);
    return rows.map((r) => ({
      variantId: String(r.variant_id),
      postId: String(r.post_id),
      title: String(r.title),
      network: String(r.network),
      accountHandle: String(r.handle),
      publishedAt: iso(r.published_at),
      remoteUrl: r.remote_url === null ? null : String(r.remote_url),
      text: String(r.text),
      engagements: nn(r.engagements),
      impressions: nn(r.impressions),
      likes: nn(r.likes),
      replies: nn(r.replies),
      reposts: nn(r.reposts),
      quotes: nn(r.quotes),
      rate:
        r.impressions !== null && Number(r.impressions) > 0 && r.engagements !== null
          ? (Number(r.engagements) * 100) / Number(r.impressions)
          : null,
      linkClicks: nn(r.link_clicks),
      value: nn(r.value),
    }));
  }

  /**
   * The buckets as a VALUES table `b(i, f, t, df, dt)`: instants for timestamps, days for campaigns.
   * Joining it buckets rows on the workspace's wall clock without any time-zone support in SQL.
   */
  #bucketsCte(buckets: readonly Bucket[]): RawBuilder<unknown> {
    const rows = buckets.map(
      (b, i) =>
        sql`(${sql.lit(i)}, ${instant(this.dialect, b.fromInstant)}, ${instant(this.dialect, b.toInstant)}, ${b.from}, ${b.to})`,
    );
    return sql`b(i, f, t, df, dt) as (values ${sql.join(rows)})`;
  }

  /** Posts and engagements of the variants published in each bucket (snapshot before the period end). */
  async postsPerBucket(workspaceId: string, w: Window, buckets: readonly Bucket[]) {
    const { rows } = await sql<Record<string, Cell>>`
      with ${variantsCte(this.dialect, workspaceId, w.fromInstant, w.toInstant)}, ${this.#bucketsCte(buckets)}
      select b.i, count(*) as posts, sum(src.engagements) as engagements
      from src join b on src.published_at >= b.f and src.published_at < b.t
      group by b.i`.execute(this.db);
    return rows.map((r) => ({ i: Number(r.i), posts: Number(r.posts), engagements: nn(r.engagements) }));
  }

  /** Human clicks of the workspace's tracked links per bucket. */
  async clicksPerBucket(workspaceId: string, w: Window, buckets: readonly Bucket[]) {
    const { rows } = await sql<Record<string, Cell>>`
      with ${this.#bucketsCte(buckets)}
      select b.i, count(*) as clicks
      from link_clicks lc join b on lc.clicked_at >= b.f and lc.clicked_at < b.t
      where lc.workspace_id = ${workspaceId} and lc.is_bot = 0
        and lc.clicked_at >= ${instant(this.dialect, w.fromInstant)}
        and lc.clicked_at < ${instant(this.dialect, w.toInstant)}
      group by b.i`.execute(this.db);
    return rows.map((r) => ({ i: Number(r.i), clicks: Number(r.clicks) }));
  }

  /** Attributed conversions (by their time) and campaign results (by their end day) per bucket. */
  async resultsPerBucket(workspaceId: string, w: Window, buckets: readonly Bucket[], currency: string) {
    const { rows } = await sql<Record<string, Cell>>`
      with ${this.#bucketsCte(buckets)},
      src as (
        select b.i, 1 as conversions,
               case when c.value_minor is not null and c.currency = ${currency} then c.value_minor else 0 end as value
        from conversions c join b on c.occurred_at >= b.f and c.occurred_at < b.t
        where c.workspace_id = ${workspaceId} and c.attribution <> 'none'
          and c.occurred_at >= ${instant(this.dialect, w.fromInstant)}
          and c.occurred_at < ${instant(this.dialect, w.toInstant)}
        union all
        select b.i, bc.conversions,
               case when bc.currency = ${currency} then bc.conversion_value else 0 end
        from budget_campaigns bc join b on bc.end_date >= b.df and bc.end_date <= b.dt
        where bc.workspace_id = ${workspaceId}
      )
      select i, sum(conversions) as conversions, sum(value) as value from src group by i`.execute(this.db);
    return rows.map((r) => ({ i: Number(r.i), conversions: Number(r.conversions), value: Number(r.value) }));
  }
}
