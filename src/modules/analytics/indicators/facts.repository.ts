import { sql, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Period } from './indicator.types.js';
import type { AccountFollowersFact, ConversionFacts, CostFacts, VariantFact } from './facts.types.js';
import { costScopeSql, networkOf, postScopeSql, type FactScope } from './scope-sql.js';

/** Sponsored campaigns carry their own spend: the budget category that would count it twice. */
export const SPONSORED_CATEGORY = 'sponsored_campaigns';

function parseObject(text: string | null): Record<string, number> | null {
  if (text === null) return null;
  const v = JSON.parse(text) as unknown;
  return v && typeof v === 'object' ? (v as Record<string, number>) : null;
}

function followersOf(text: string | null): number | null {
  const f = parseObject(text)?.followers;
  return typeof f === 'number' ? f : null;
}

/**
 * Every read of the indicator engine: aggregates in SQL, or one row per published variant, budget
 * line or campaign — never one per snapshot. Each query names the workspace.
 */
export class FactsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async workspace(workspaceId: string): Promise<{ timeZone: string; currency: string } | null> {
    const row = await this.db
      .selectFrom('workspaces')
      .select(['time_zone', 'currency'])
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    return row ? { timeZone: row.time_zone, currency: row.currency } : null;
  }

  /**
   * Variants published in the period and in scope, each with its latest snapshot observed before the
   * period end (correlated on the (variant_id, observed_at) index: one index probe per variant) and
   * the account's followers at publication.
   */
  async variants(workspaceId: string, period: Period, scope: FactScope): Promise<VariantFact[]> {
    const rows = await this.db
      .selectFrom('post_variants as v')
      .innerJoin('posts as p', 'p.id', 'v.post_id')
      .innerJoin('connected_accounts as a', 'a.id', 'v.account_id')
      .where('v.workspace_id', '=', workspaceId)
      .where('v.status', '=', 'published')
      .where('v.published_at', '>=', period.fromInstant)
      .where('v.published_at', '<', period.toInstant)
      .where(
        postScopeSql(scope, workspaceId, {
          objectiveId: 'p.objective_id',
          actionId: 'p.action_id',
          pillarId: 'p.pillar_id',
          onNetwork: (n) => sql<SqlBool>`a.network = ${n}`,
        }),
      )
      .select((eb) => [
        'v.id',
        'v.post_id',
        'p.title',
        'v.account_id',
        'a.network',
        'v.published_at',
        eb
          .selectFrom('post_metric_snapshots as s')
          .select('s.metrics')
          .whereRef('s.variant_id', '=', 'v.id')
          .where('s.gone', '=', 0)
          .where('s.observed_at', '<', period.toInstant)
          .orderBy('s.observed_at', 'desc')
          .orderBy('s.id', 'desc')
          .limit(1)
          .as('metrics'),
        eb
          .selectFrom('account_metric_snapshots as f')
          .select('f.metrics')
          .whereRef('f.account_id', '=', 'v.account_id')
          .whereRef('f.observed_at', '<=', 'v.published_at')
          .orderBy('f.observed_at', 'desc')
          .limit(1)
          .as('followers_before'),
        eb
          .selectFrom('account_metric_snapshots as f')
          .select('f.metrics')
          .whereRef('f.account_id', '=', 'v.account_id')
          .whereRef('f.observed_at', '>', 'v.published_at')
          .orderBy('f.observed_at', 'asc')
          .limit(1)
          .as('followers_after'),
      ])
      .orderBy('v.published_at')
      .orderBy('v.id')
      .execute();
    return rows.map((r) => ({
      variantId: r.id,
      postId: r.post_id,
      title: r.title,
      accountId: r.account_id,
      network: r.network,
      publishedAt: r.published_at!,
      metrics: parseObject(r.metrics ?? null),
      followers:
        r.followers_before !== null && r.followers_before !== undefined
          ? followersOf(r.followers_before)
          : followersOf(r.followers_after ?? null),
    }));
  }

  #clicksQuery(workspaceId: string, period: Period, scope: FactScope) {
    return this.db
      .selectFrom('link_clicks as c')
      .innerJoin('tracked_links as l', 'l.id', 'c.link_id')
      .leftJoin('posts as p', 'p.id', 'l.post_id')
      .where('c.workspace_id', '=', workspaceId)
      .where('l.workspace_id', '=', workspaceId)
      .where('c.is_bot', '=', 0)
      .where('c.clicked_at', '>=', period.fromInstant)
      .where('c.clicked_at', '<', period.toInstant)
      .where(
        postScopeSql(scope, workspaceId, {
          objectiveId: 'p.objective_id',
          actionId: 'p.action_id',
          pillarId: 'p.pillar_id',
          onNetwork: (n) => sql<SqlBool>`l.network = ${n}`,
        }),
      );
  }

  /** Human clicks on tracked links of posts in scope, by their own time. */
  async clickCount(workspaceId: string, period: Period, scope: FactScope): Promise<number> {
    const row = await this.#clicksQuery(workspaceId, period, scope)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async clickRows(workspaceId: string, period: Period, scope: FactScope, limit: number) {
    return this.#clicksQuery(workspaceId, period, scope)
      .select(['c.id', 'c.clicked_at', 'l.code as link_code', 'l.network', 'p.title as post'])
      .orderBy('c.clicked_at')
      .orderBy('c.id')
      .limit(limit)
      .execute();
  }

  #conversionsQuery(workspaceId: string, period: Period, scope: FactScope) {
    return this.db
      .selectFrom('conversions as c')
      .leftJoin('posts as p', 'p.id', 'c.post_id')
      .where('c.workspace_id', '=', workspaceId)
      .where('c.attribution', '<>', 'none')
      .where('c.occurred_at', '>=', period.fromInstant)
      .where('c.occurred_at', '<', period.toInstant)
      .where(
        postScopeSql(scope, workspaceId, {
          objectiveId: 'p.objective_id',
          actionId: 'p.action_id',
          pillarId: 'p.pillar_id',
          onNetwork: (n) =>
            sql<SqlBool>`c.variant_id in (select v2.id from post_variants v2 inner join connected_accounts a2 on a2.id = v2.account_id where v2.workspace_id = ${workspaceId} and a2.network = ${n})`,
        }),
      );
  }

  /** Attributed conversions in scope: count, value in `currency`, and how many carry another currency. */
  async conversions(
    workspaceId: string,
    period: Period,
    scope: FactScope,
    currency: string,
  ): Promise<ConversionFacts> {
    const row = await this.#conversionsQuery(workspaceId, period, scope)
      .select([
        sql<number>`count(*)`.as('n'),
        sql<number>`coalesce(sum(case when c.currency = ${currency} then c.value_minor else 0 end), 0)`.as(
          'value',
        ),
        sql<number>`coalesce(sum(case when c.value_minor is not null and c.currency is not null and c.currency <> ${currency} then 1 else 0 end), 0)`.as(
          'other',
        ),
      ])
      .executeTakeFirst();
    return {
      count: Number(row?.n ?? 0),
      value: Number(row?.value ?? 0),
      otherCurrency: Number(row?.other ?? 0),
    };
  }

  async conversionRows(workspaceId: string, period: Period, scope: FactScope, limit: number) {
    return this.#conversionsQuery(workspaceId, period, scope)
      .leftJoin('tracked_links as l', 'l.id', 'c.link_id')
      .select([
        'c.id',
        'c.occurred_at',
        'c.type',
        'c.value_minor as value',
        'c.currency',
        'c.attribution',
        'l.code as link_code',
        'p.title as post',
      ])
      .orderBy('c.occurred_at')
      .orderBy('c.id')
      .limit(limit)
      .execute();
  }

  /**
   * Budget lines of the workspace currency whose month overlaps the period (sponsored campaigns left
   * out) and campaigns ending in the period, in scope. Pillars carry no costs and no campaigns.
   */
  async costs(workspaceId: string, period: Period, scope: FactScope, currency: string): Promise<CostFacts> {
    const lines =
      scope.kind === 'pillar' || networkOf(scope) !== null
        ? []
        : await this.db
            .selectFrom('budget_lines as b')
            .select(['b.id', 'b.month', 'b.category', 'b.label', 'b.actual', 'b.staff_hours'])
            .where('b.workspace_id', '=', workspaceId)
            .where('b.currency', '=', currency)
            .where('b.category', '<>', SPONSORED_CATEGORY)
            .where('b.month', '>=', period.from.slice(0, 7))
            .where('b.month', '<=', period.to.slice(0, 7))
            .where(costScopeSql(scope, workspaceId, 'b', null))
            .orderBy('b.month')
            .orderBy('b.id')
            .execute();
    const campaigns =
      scope.kind === 'pillar'
        ? []
        : await this.db
            .selectFrom('budget_campaigns as k')
            .select([
              'k.id',
              'k.name',
              'k.network_id',
              'k.end_date',
              'k.spend',
              'k.conversions',
              'k.conversion_value',
              'k.currency',
            ])
            .where('k.workspace_id', '=', workspaceId)
            .where('k.end_date', '>=', period.from)
            .where('k.end_date', '<=', period.to)
            .where(costScopeSql(scope, workspaceId, 'k', 'network_id'))
            .orderBy('k.end_date')
            .orderBy('k.id')
            .execute();
    return {
      lines: lines.map((l) => ({
        id: l.id,
        month: l.month,
        category: l.category,
        label: l.label,
        actual: Number(l.actual),
        staffHours: l.staff_hours === null ? null : Number(l.staff_hours),
      })),
      campaigns: campaigns.map((k) => ({
        id: k.id,
        name: k.name,
        networkId: k.network_id,
        endDate: k.end_date,
        spend: Number(k.spend),
        conversions: Number(k.conversions),
        conversionValue: Number(k.conversion_value),
        currency: k.currency,
      })),
    };
  }

  /** Per account in scope (by network): followers at the start and at the end of the period. */
  async followers(workspaceId: string, period: Period, scope: FactScope): Promise<AccountFollowersFact[]> {
    const network = networkOf(scope);
    let q = this.db
      .selectFrom('connected_accounts as a')
      .where('a.workspace_id', '=', workspaceId)
      .select((eb) => [
        'a.id',
        eb
          .selectFrom('account_metric_snapshots as f')
          .select('f.metrics')
          .whereRef('f.account_id', '=', 'a.id')
          .where('f.observed_at', '<', period.fromInstant)
          .orderBy('f.observed_at', 'desc')
          .limit(1)
          .as('before_start'),
        eb
          .selectFrom('account_metric_snapshots as f')
          .select('f.metrics')
          .whereRef('f.account_id', '=', 'a.id')
          .where('f.observed_at', '>=', period.fromInstant)
          .where('f.observed_at', '<', period.toInstant)
          .orderBy('f.observed_at', 'asc')
          .limit(1)
          .as('first_inside'),
        eb
          .selectFrom('account_metric_snapshots as f')
          .select('f.metrics')
          .whereRef('f.account_id', '=', 'a.id')
          .where('f.observed_at', '<', period.toInstant)
          .orderBy('f.observed_at', 'desc')
          .limit(1)
          .as('at_end'),
      ]);
    if (network !== null) q = q.where('a.network', '=', network);
    const rows = await q.orderBy('a.id').execute();
    return rows.map((r) => ({
      accountId: r.id,
      start:
        r.before_start !== null && r.before_start !== undefined
          ? followersOf(r.before_start)
          : followersOf(r.first_inside ?? null),
      end: followersOf(r.at_end ?? null),
    }));
  }

  async accountSnapshotRows(workspaceId: string, period: Period, scope: FactScope, limit: number) {
    const network = networkOf(scope);
    let q = this.db
      .selectFrom('account_metric_snapshots as f')
      .innerJoin('connected_accounts as a', 'a.id', 'f.account_id')
      .where('f.workspace_id', '=', workspaceId)
      .where('f.observed_at', '<', period.toInstant)
      .select(['f.id', 'f.account_id', 'a.handle', 'a.network', 'f.observed_at', 'f.metrics']);
    if (network !== null) q = q.where('a.network', '=', network);
    const rows = await q.orderBy('f.observed_at', 'desc').orderBy('f.id').limit(limit).execute();
    return rows.map((r) => ({ ...r, followers: followersOf(r.metrics), metrics: undefined }));
  }

  /** Approval requests first submitted in the period for posts in scope (engine state as JSON). */
  async approvals(workspaceId: string, period: Period, scope: FactScope) {
    return this.db
      .selectFrom('approval_requests as r')
      .innerJoin('posts as p', 'p.id', 'r.post_id')
      .where('r.workspace_id', '=', workspaceId)
      .where('r.first_submitted_at', '>=', period.fromInstant)
      .where('r.first_submitted_at', '<', period.toInstant)
      .where(
        postScopeSql(scope, workspaceId, {
          objectiveId: 'p.objective_id',
          actionId: 'p.action_id',
          pillarId: 'p.pillar_id',
          onNetwork: (n) =>
            sql<SqlBool>`exists (select 1 from post_variants v2 inner join connected_accounts a2 on a2.id = v2.account_id where v2.post_id = p.id and a2.network = ${n})`,
        }),
      )
      .select(['r.id', 'r.post_id', 'p.title', 'r.state', 'r.first_submitted_at', 'r.approved_at'])
      .orderBy('r.first_submitted_at')
      .execute();
  }

  /** (persona, network) pairs where a persona is present on a network with no connected account. */
  async audiencesNotReached(
    workspaceId: string,
  ): Promise<{ audienceId: string; name: string; networkId: string }[]> {
    const [audiences, accounts] = await Promise.all([
      this.db
        .selectFrom('strategy_audiences')
        .select(['id', 'name', 'present_on'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('position')
        .execute(),
      this.db
        .selectFrom('connected_accounts')
        .select('network')
        .distinct()
        .where('workspace_id', '=', workspaceId)
        .execute(),
    ]);
    const connected = new Set(accounts.map((a) => a.network));
    const out: { audienceId: string; name: string; networkId: string }[] = [];
    for (const a of audiences) {
      const present = JSON.parse(a.present_on) as unknown;
      if (!Array.isArray(present)) continue;
      for (const n of new Set(present.filter((x): x is string => typeof x === 'string')))
        if (!connected.has(n)) out.push({ audienceId: a.id, name: a.name, networkId: n });
    }
    return out;
  }
}
