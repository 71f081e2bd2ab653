// The analytics benchmark's baseline: hand-written SQL computing the workspace figures of one period
// straight from the tables, one statement per group of figures, per dialect — what a person would write
// for these numbers with no application around them. Same definitions as docs/analytics-indicators.md:
// variants published in the period, each with its latest non-gone snapshot observed before the period
// end; engagements = likes + replies + reposts + quotes of those reported (none reported: no value).
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../src/db/database.js';

export interface BaselinePeriod {
  /** Workspace wall-clock days, `to` included. */
  from: string;
  to: string;
  /** [fromInstant, toInstant) in UTC. */
  fromInstant: string;
  toInstant: string;
}

export interface Figures {
  posts: number;
  engagements: number | null;
  engagementsReported: number;
  impressions: number | null;
  impressionsReported: number;
  reach: number | null;
  reachReported: number;
  /** Nearest-rank median of engagements ÷ impressions × 100, 2 decimals. */
  engagementRateImpressions: number | null;
  linkClicks: number;
  conversions: number;
  attributedValue: number;
  /** Budget part (prorated, without sponsored lines, workspace currency) + campaign spend, rounded once. */
  cost: number;
  staffHours: number;
  questions: number;
  unansweredQuestions: number;
  lateAnswers: number;
  /** Nearest-rank median of first-response minutes of answered received items, 1 decimal. */
  firstResponseMedian: number | null;
}

const CONVERSATIONS = sql`('reply', 'mention', 'quote', 'direct_message')`;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const round = (v: number | null, places: number) =>
  v === null ? null : Math.round(v * 10 ** places) / 10 ** places;

async function one<T>(database: Database, query: RawBuilder<T>): Promise<T> {
  const r = await query.execute(database.db);
  return r.rows[0]!;
}

interface PostRow {
  posts: number;
  engagements: number | null;
  eng_n: number;
  impressions: number | null;
  imp_n: number;
  reach: number | null;
  reach_n: number;
  rate: number | null;
}

/** Posts of the period: the latest snapshot per variant, then sums, coverage and the rate median. */
function postsQuery(database: Database, ws: string, p: BaselinePeriod): RawBuilder<PostRow> {
  const variants = sql`v.workspace_id = ${ws} and v.status = 'published'
    and v.published_at >= ${p.fromInstant} and v.published_at < ${p.toInstant}`;
  const engagement = sql`case when coalesce(likes, replies, reposts, quotes) is null then null
    else coalesce(likes, 0) + coalesce(replies, 0) + coalesce(reposts, 0) + coalesce(quotes, 0) end`;
  if (database.dialect === 'postgres') {
    return sql<PostRow>`
      with latest as (
        select s.metrics as m from post_variants v
        left join lateral (
          select metrics from post_metric_snapshots s
          where s.variant_id = v.id and s.observed_at < ${p.toInstant} and s.gone = 0
          order by s.observed_at desc limit 1) s on true
        where ${variants}
      ), vals as (
        select (m->>'impressions')::bigint as imp, (m->>'reach')::bigint as reach,
          (m->>'likes')::bigint as likes, (m->>'replies')::bigint as replies,
          (m->>'reposts')::bigint as reposts, (m->>'quotes')::bigint as quotes
        from latest
      ), e as (select imp, reach, ${engagement} as eng from vals)
      select count(*) as posts, sum(eng) as engagements, count(eng) as eng_n, sum(imp) as impressions,
        count(imp) as imp_n, sum(reach) as reach, count(reach) as reach_n,
        percentile_disc(0.5) within group (order by eng::float8 / imp * 100)
          filter (where imp > 0 and eng is not null) as rate
      from e`;
  }
  return sql<PostRow>`
    with latest as materialized (
      select (select s.metrics from post_metric_snapshots s
              where s.variant_id = v.id and s.observed_at < ${p.toInstant} and s.gone = 0
              order by s.observed_at desc limit 1) as m
      from post_variants v where ${variants}
    ), vals as (
      select json_extract(m, '$.impressions') as imp, json_extract(m, '$.reach') as reach,
        json_extract(m, '$.likes') as likes, json_extract(m, '$.replies') as replies,
        json_extract(m, '$.reposts') as reposts, json_extract(m, '$.quotes') as quotes
      from latest
    ), e as materialized (select imp, reach, ${engagement} as eng from vals)
    select count(*) as posts, sum(eng) as engagements, count(eng) as eng_n, sum(imp) as impressions,
      count(imp) as imp_n, sum(reach) as reach, count(reach) as reach_n,
      (select rate from (
        select eng * 1.0 / imp * 100 as rate, row_number() over (order by eng * 1.0 / imp * 100) as rn,
          count(*) over () as n
        from e where imp > 0 and eng is not null) where rn = (n + 1) / 2) as rate
    from e`;
}

/** Budget lines of the workspace currency overlapping the period, prorated by days of their month. */
function budgetQuery(database: Database, ws: string, currency: string, p: BaselinePeriod) {
  const share =
    database.dialect === 'postgres'
      ? sql`((least((month || '-01')::date + interval '1 month' - interval '1 day', ${p.to}::date)::date
            - greatest((month || '-01')::date, ${p.from}::date) + 1)::float8
            / (((month || '-01')::date + interval '1 month')::date - (month || '-01')::date))`
      : sql`((julianday(min(date(month || '-01', '+1 month', '-1 day'), ${p.to}))
            - julianday(max(month || '-01', ${p.from})) + 1)
            / (julianday(date(month || '-01', '+1 month')) - julianday(month || '-01')))`;
  return sql<{ cost: number | null; hours: number | null }>`
    select sum(actual * ${share}) as cost, sum(coalesce(staff_hours, 0) * ${share}) as hours
    from budget_lines
    where workspace_id = ${ws} and currency = ${currency} and category <> 'sponsored_campaigns'
      and month >= ${p.from.slice(0, 7)} and month <= ${p.to.slice(0, 7)}`;
}

/** The nearest-rank median of first-response minutes (wall clock, never below 0). */
function medianResponseQuery(database: Database, ws: string, p: BaselinePeriod) {
  const received = sql`workspace_id = ${ws} and occurred_at >= ${p.fromInstant} and occurred_at < ${p.toInstant}
    and kind in ${CONVERSATIONS} and state <> 'spam' and first_response_at is not null`;
  if (database.dialect === 'postgres') {
    return sql<{ minutes: number | null }>`
      select percentile_disc(0.5) within group (
        order by greatest(0, extract(epoch from first_response_at - occurred_at) / 60)) as minutes
      from inbox_items where ${received}`;
  }
  return sql<{ minutes: number | null }>`
    select (select minutes from (
      select minutes, row_number() over (order by minutes) as rn, count(*) over () as n from (
        select max(0, (julianday(first_response_at) - julianday(occurred_at)) * 1440.0) as minutes
        from inbox_items where ${received}))
      where rn = (n + 1) / 2) as minutes`;
}

/** Every baseline figure of the period, statement after statement on one connection's worth of work. */
export async function baselineFigures(
  database: Database,
  ws: string,
  currency: string,
  p: BaselinePeriod,
): Promise<Figures> {
  const posts = await one(database, postsQuery(database, ws, p));
  const clicks = await one(
    database,
    sql<{ n: number }>`select count(*) as n from link_clicks
      where workspace_id = ${ws} and is_bot = 0 and clicked_at >= ${p.fromInstant} and clicked_at < ${p.toInstant}`,
  );
  const conv = await one(
    database,
    sql<{ n: number; value: number | null }>`
      select count(*) as n, sum(case when currency = ${currency} then value_minor end) as value
      from conversions
      where workspace_id = ${ws} and attribution <> 'none'
        and occurred_at >= ${p.fromInstant} and occurred_at < ${p.toInstant}`,
  );
  const campaigns = await one(
    database,
    sql<{ spend: number | null; n: number | null; value: number | null }>`
      select sum(spend) as spend, sum(conversions) as n, sum(conversion_value) as value
      from budget_campaigns
      where workspace_id = ${ws} and currency = ${currency} and end_date >= ${p.from} and end_date <= ${p.to}`,
  );
  const budget = await one(database, budgetQuery(database, ws, currency, p));
  const inbox = await one(
    database,
    sql<{ questions: number | null; unanswered: number | null; late: number | null }>`
      select sum(is_question) as questions,
        sum(case when is_question = 1 and first_response_at is null then 1 else 0 end) as unanswered,
        sum(case when first_response_at > due_at then 1 else 0 end) as late
      from inbox_items
      where workspace_id = ${ws} and occurred_at >= ${p.fromInstant} and occurred_at < ${p.toInstant}
        and kind in ${CONVERSATIONS} and state <> 'spam'`,
  );
  const median = await one(database, medianResponseQuery(database, ws, p));
  return {
    posts: Number(posts.posts),
    engagements: num(posts.engagements),
    engagementsReported: Number(posts.eng_n),
    impressions: num(posts.impressions),
    impressionsReported: Number(posts.imp_n),
    reach: num(posts.reach),
    reachReported: Number(posts.reach_n),
    engagementRateImpressions: round(num(posts.rate), 2),
    linkClicks: Number(clicks.n),
    conversions: Number(conv.n) + Number(campaigns.n ?? 0),
    attributedValue: Number(conv.value ?? 0) + Number(campaigns.value ?? 0),
    cost: Math.round(Number(budget.cost ?? 0) + Number(campaigns.spend ?? 0)),
    staffHours: Number(budget.hours ?? 0),
    questions: Number(inbox.questions ?? 0),
    unansweredQuestions: Number(inbox.unanswered ?? 0),
    lateAnswers: Number(inbox.late ?? 0),
    firstResponseMedian: round(num(median.minutes), 1),
  };
}
