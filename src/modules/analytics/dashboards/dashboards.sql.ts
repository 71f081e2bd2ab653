import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from '../../../db/database.js';

/**
 * SQL fragments the dashboard queries share. Every source (variants, clicks, conversions, campaigns,
 * budget lines) is first shaped as a CTE `src` with the same grouping columns — workspace_id, network,
 * pillar_id, objective_id (the post's, else its action's), action_id — so one join names the group.
 */

export const GROUP_BYS = ['network', 'pillar', 'action', 'objective'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
/** The groupings, plus the whole workspace (one group) for headline totals. */
export type Grouping = GroupBy | 'workspace';

/** The group key of a `src` row, and the join that checks the group still exists in the workspace. */
export function grouping(
  by: Grouping,
  workspaceId: string,
): { join: RawBuilder<unknown>; key: RawBuilder<unknown> } {
  switch (by) {
    case 'workspace':
      return { join: sql``, key: sql`src.workspace_id` };
    case 'network':
      return { join: sql``, key: sql`src.network` };
    case 'pillar':
      // A pillar since removed from the editorial line makes its posts unassigned (as the content mix does).
      return {
        join: sql`left join strategy_content_pillars g on g.id = src.pillar_id and g.workspace_id = ${workspaceId}`,
        key: sql`g.id`,
      };
    case 'action':
      return {
        join: sql`left join strategy_actions g on g.id = src.action_id and g.workspace_id = ${workspaceId}`,
        key: sql`g.id`,
      };
    case 'objective':
      return {
        join: sql`left join strategy_objectives g on g.id = src.objective_id and g.workspace_id = ${workspaceId}`,
        key: sql`g.id`,
      };
  }
}

/** A number out of a snapshot's JSON metrics (text on SQLite, jsonb on PostgreSQL); null when absent. */
export function jsonNumber(dialect: Dialect, column: string, name: string): RawBuilder<number | null> {
  if (!/^[a-z_]+\.[a-z_]+$/u.test(column) || !/^[a-z_]+$/u.test(name)) throw new Error('bad json path');
  return dialect === 'postgres'
    ? sql.raw(`(${column}->>'${name}')::double precision`)
    : sql.raw(`json_extract(${column}, '$.${name}')`);
}

/** An instant parameter compared with timestamp columns (timestamptz on PostgreSQL, ISO text on SQLite). */
export function instant(dialect: Dialect, iso: string): RawBuilder<string> {
  return dialect === 'postgres' ? sql`cast(${iso} as timestamptz)` : sql`${iso}`;
}

/**
 * The published variants of [from, to) with their latest snapshot observed before `to` (not gone),
 * as CTEs `pv` and `src`: one row per variant with likes, replies, reposts, quotes, impressions, reach
 * and engagements (null when the snapshot reports none of the four, or there is no snapshot).
 */
export function variantsCte(
  dialect: Dialect,
  workspaceId: string,
  from: string,
  to: string,
): RawBuilder<unknown> {
  const m = (name: string) => jsonNumber(dialect, 'l.metrics', name);
  return sql`pv as (
      select v.id as variant_id, v.workspace_id, v.post_id, v.published_at, v.text, v.remote_url,
             p.title, a.network, a.handle, p.pillar_id,
             coalesce(p.objective_id, act.objective_id) as objective_id, p.action_id
      from post_variants v
      join posts p on p.id = v.post_id
      join connected_accounts a on a.id = v.account_id
      left join strategy_actions act on act.id = p.action_id
      where v.workspace_id = ${workspaceId} and v.status = 'published'
        and v.published_at >= ${instant(dialect, from)} and v.published_at < ${instant(dialect, to)}
    ),
    measured as (
      select pv.*, ${m('likes')} as likes, ${m('replies')} as replies, ${m('reposts')} as reposts,
             ${m('quotes')} as quotes, ${m('impressions')} as impressions, ${m('reach')} as reach
      from pv left join post_metric_snapshots l on l.id = (
        -- One index seek per variant on (variant_id, observed_at): never a scan of the snapshots.
        select s.id from post_metric_snapshots s
        where s.variant_id = pv.variant_id and s.observed_at < ${instant(dialect, to)} and s.gone = 0
        order by s.observed_at desc, s.id desc limit 1
      )
    ),
    src as (
      select measured.*,
             case when likes is null and replies is null and reposts is null and quotes is null then null
                  else coalesce(likes, 0) + coalesce(replies, 0) + coalesce(reposts, 0) + coalesce(quotes, 0)
             end as engagements
      from measured
    )`;
}
