import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../../../db/database.js';
import type { DB } from '../../../db/schema.js';
import { grouping, instant, variantsCte, type Grouping } from './dashboards.sql.js';

/** The instants and days of a period, as the queries read them. */
export interface Window {
  fromInstant: string;
  toInstant: string;
  /** Wall-clock days, for campaigns (counted on their end date) and budget months. */
  from: string;
  to: string;
}

/** Post figures of one group: sums over the variants that report each metric, and how many did. */
export interface PostGroup {
  key: string | null;
  posts: number;
  engagements: number | null;
  engagementsReported: number;
  impressions: number | null;
  impressionsReported: number;
  reach: number | null;
  reachReported: number;
  /** Nearest-rank median of engagements ÷ impressions × 100 over variants with impressions > 0. */
  medianRate: number | null;
}

export interface ResultGroup {
  key: string | null;
  conversions: number;
  /** Minor units of the workspace currency. */
  value: number;
  /** Conversions with a value in another currency (left out of `value`). */
  otherCurrency: number;
}

export interface CostGroup {
  key: string | null;
  /** Budget lines' actual per month (to prorate), campaign spend whole. */
  months: { month: string; actual: number }[];
  campaignSpend: number;
}

/** A cell as both drivers hand it back (numbers may come as numbers or numeric strings). */
type Cell = string | number | null;

const n = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const nn = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const k = (v: Cell | undefined): string | null => (v === null || v === undefined ? null : String(v));

/**
 * The grouped reads behind the dashboards: every figure is aggregated in SQL (GROUP BY the group
 * key), a constant number of queries per request whatever the number of snapshots or groups.
 */
export class DashboardsRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
  ) {}

  async timeZoneAndCurrency(workspaceId: string): Promise<{ timeZone: string; currency: string }> {
    const row = await this.db
      .selectFrom('workspaces')
      .select(['time_zone', 'currency'])
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    return { timeZone: row?.time_zone ?? 'UTC', currency: row?.currency ?? 'EUR' };
  }

  /** Published variants of the period per group: counts, sums with their coverage, median rate. */
  async postGroups(workspaceId: string, by: Grouping, w: Window): Promise<PostGroup[]> {
    const g = grouping(by, workspaceId);
    const { rows } = await sql<Record<string, Cell>>`
      with ${variantsCte(this.dialect, workspaceId, w.fromInstant, w.toInstant)},
      rated as (
        select ${g.key} as gkey, src.engagements, src.impressions, src.reach,
               case when src.engagements is not null and src.impressions > 0
                    then src.engagements * 100.0 / src.impressions end as rate
        from src ${g.join}
      ),
      ordered as (
        select rated.*,
               row_number() over (partition by gkey, rate is null order by rate) as rn,
               count(rate) over (partition by gkey) as rated_n
        from rated
      )
      select gkey, count(*) as posts,
             sum(engagements) as engagements, count(engagements) as engagements_n,
             sum(impressions) as impressions, count(impressions) as impressions_n,
             sum(reach) as reach, count(reach) as reach_n,
             max(case when rate is not null and rn = (rated_n + 1) / 2 then rate end) as median_rate
      from ordered group by gkey`.execute(this.db);
    return rows.map((r) => ({
      key: k(r.gkey),
      posts: n(r.posts),
      engagements: nn(r.engagements),
      engagementsReported: n(r.engagements_n),
      impressions: nn(r.impressions),
      impressionsReported: n(r.impressions_n),
      reach: nn(r.reach),
      reachReported: n(r.reach_n),
      medianRate: nn(r.median_rate),
    }));
  }

  /** Human clicks on tracked links in the period, per group of the link's post (its own network). */
  async clickGroups(
    workspaceId: string,
    by: Grouping,
    w: Window,
  ): Promise<{ key: string | null; clicks: number }[]> {
    const g = grouping(by, workspaceId);
    const { rows } = await sql<Record<string, Cell>>`
      with src as (
        select lc.workspace_id, tl.network, p.pillar_id,
               coalesce(p.objective_id, act.objective_id) as objective_id, p.action_id
        from link_clicks lc
        join tracked_links tl on tl.id = lc.link_id
        left join posts p on p.id = tl.post_id
        left join strategy_actions act on act.id = p.action_id
        where lc.workspace_id = ${workspaceId} and lc.is_bot = 0
          and lc.clicked_at >= ${instant(this.dialect, w.fromInstant)}
          and lc.clicked_at < ${instant(this.dialect, w.toInstant)}
      )
      select ${g.key} as gkey, count(*) as clicks from src ${g.join} group by ${g.key}`.execute(this.db);
    return rows.map((r) => ({ key: k(r.gkey), clicks: n(r.clicks) }));
  }

  /**
   * Attributed conversions of the period (through their post and variant) plus the results of the
   * sponsored campaigns ending in the period, per group. Values only in the workspace currency.
   */
  async resultGroups(workspaceId: string, by: Grouping, w: Window, currency: string): Promise<ResultGroup[]> {
    const g = grouping(by, workspaceId);
    const { rows } = await sql<Record<string, Cell>>`
      with src as (
        select c.workspace_id, coalesce(a.network, tl.network) as network, p.pillar_id,
               coalesce(p.objective_id, act.objective_id) as objective_id, p.action_id,
               1 as conversions,
               case when c.value_minor is not null and c.currency = ${currency} then c.value_minor else 0 end as value,
               case when c.value_minor is not null and (c.currency is null or c.currency <> ${currency})
                    then 1 else 0 end as other_currency
        from conversions c
        left join post_variants v on v.id = c.variant_id
        left join connected_accounts a on a.id = v.account_id
        left join tracked_links tl on tl.id = c.link_id
        left join posts p on p.id = c.post_id
        left join strategy_actions act on act.id = p.action_id
        where c.workspace_id = ${workspaceId} and c.attribution <> 'none'
          and c.occurred_at >= ${instant(this.dialect, w.fromInstant)}
          and c.occurred_at < ${instant(this.dialect, w.toInstant)}
        union all
        select bc.workspace_id, bc.network_id, cast(null as text),
               coalesce(bc.objective_id, act.objective_id), bc.action_id,
               bc.conversions,
               case when bc.currency = ${currency} then bc.conversion_value else 0 end,
               case when bc.currency <> ${currency} and bc.conversion_value > 0 then 1 else 0 end
        from budget_campaigns bc
        left join strategy_actions act on act.id = bc.action_id
        where bc.workspace_id = ${workspaceId} and bc.end_date >= ${w.from} and bc.end_date <= ${w.to}
      )
      select ${g.key} as gkey, sum(src.conversions) as conversions, sum(src.value) as value,
             sum(src.other_currency) as other_currency
      from src ${g.join} group by ${g.key}`.execute(this.db);
    return rows.map((r) => ({
      key: k(r.gkey),
      conversions: n(r.conversions),
      value: n(r.value),
      otherCurrency: n(r.other_currency),
    }));
  }

  /**
   * Costs per group: budget lines of the workspace currency by month (the caller prorates the days of
   * each month inside the period), sponsored-campaign lines left out since campaigns carry their own
   * spend, counted whole in the period holding their end date.
   */
  async costGroups(workspaceId: string, by: Grouping, w: Window, currency: string): Promise<CostGroup[]> {
    const g = grouping(by, workspaceId);
    const { rows } = await sql<Record<string, Cell>>`
      with src as (
        select bl.workspace_id, cast(null as text) as network, cast(null as text) as pillar_id,
               coalesce(bl.objective_id, act.objective_id) as objective_id, bl.action_id,
               bl.month, bl.actual, 0 as spend
        from budget_lines bl
        left join strategy_actions act on act.id = bl.action_id
        where bl.workspace_id = ${workspaceId} and bl.currency = ${currency}
          and bl.category <> 'sponsored_campaigns'
          and bl.month >= ${w.from.slice(0, 7)} and bl.month <= ${w.to.slice(0, 7)}
        union all
        select bc.workspace_id, bc.network_id, cast(null as text),
               coalesce(bc.objective_id, act.objective_id), bc.action_id,
               cast(null as text), 0, bc.spend
        from budget_campaigns bc
        left join strategy_actions act on act.id = bc.action_id
        where bc.workspace_id = ${workspaceId} and bc.currency = ${currency}
          and bc.end_date >= ${w.from} and bc.end_date <= ${w.to}
      )
      select ${g.key} as gkey, src.month, sum(src.actual) as actual, sum(src.spend) as spend
      from src ${g.join} group by ${g.key}, src.month`.execute(this.db);
    const groups = new Map<string | null, CostGroup>();
    for (const r of rows) {
      const key = k(r.gkey);
      const group = groups.get(key) ?? { key, months: [], campaignSpend: 0 };
      if (r.month === null) group.campaignSpend += n(r.spend);
      else group.months.push({ month: String(r.month), actual: n(r.actual) });
      groups.set(key, group);
    }
    return [...groups.values()];
  }

  /** The groups that exist in the workspace (all of them, even without posts), for labels. */
  async groupLabels(
    workspaceId: string,
    by: 'pillar' | 'action' | 'objective',
  ): Promise<{ id: string; label: string; targetShare: number | null; type: string | null }[]> {
    if (by === 'pillar') {
      const rows = await this.db
        .selectFrom('strategy_content_pillars')
        .select(['id', 'name', 'target_share'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('position')
        .execute();
      return rows.map((r) => ({ id: r.id, label: r.name, targetShare: Number(r.target_share), type: null }));
    }
    if (by === 'action') {
      const rows = await this.db
        .selectFrom('strategy_actions')
        .select(['id', 'title'])
        .where('workspace_id', '=', workspaceId)
        .execute();
      return rows.map((r) => ({ id: r.id, label: r.title, targetShare: null, type: null }));
    }
    const rows = await this.db
      .selectFrom('strategy_objectives')
      .select(['id', 'title', 'type'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .execute();
    return rows.map((r) => ({ id: r.id, label: r.title, targetShare: null, type: r.type }));
  }
}
