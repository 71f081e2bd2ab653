import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { LinkClicksTable, TrackedLinksTable } from './links.tables.js';

export type TrackedLinkRow = Selectable<TrackedLinksTable>;
export type LinkClickRow = Selectable<LinkClicksTable>;
export type TrackedLinkWithCounts = TrackedLinkRow & { clicks: number; bot_clicks: number };

/** SQL for tracked links and their clicks. Every workspace-facing query names the workspace. */
export class LinksRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The link already made for this URL in this variant (what makes a retried publish reuse its code). */
  async findForVariant(
    workspaceId: string,
    variantId: string,
    targetUrl: string,
  ): Promise<TrackedLinkRow | undefined> {
    return this.db
      .selectFrom('tracked_links')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('variant_id', '=', variantId)
      .where('target_url', '=', targetUrl)
      .executeTakeFirst();
  }

  /**
   * Inserts a link unless this (variant, URL) already has one — a concurrent publish of the same
   * variant then wins and the caller re-reads. A clash on `code` still throws a unique violation, so
   * the caller draws another code.
   */
  async insertIfAbsent(row: TrackedLinkRow): Promise<void> {
    await this.db
      .insertInto('tracked_links')
      .values(row)
      .onConflict((oc) => oc.columns(['variant_id', 'target_url']).doNothing())
      .execute();
  }

  /** The link behind a public short code, in any workspace (the redirect names no workspace). */
  async findByCode(code: string): Promise<TrackedLinkRow | undefined> {
    return this.db.selectFrom('tracked_links').selectAll().where('code', '=', code).executeTakeFirst();
  }

  /** One link of the workspace. */
  async findInWorkspace(workspaceId: string, id: string): Promise<TrackedLinkRow | undefined> {
    return this.db
      .selectFrom('tracked_links')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The workspace's links, newest first, with their human and bot click counts. */
  async listWithCounts(
    workspaceId: string,
    f: { postId?: string | undefined; variantId?: string | undefined; limit: number },
  ): Promise<TrackedLinkWithCounts[]> {
    let q = this.db
      .selectFrom('tracked_links as l')
      .leftJoin('link_clicks as c', 'c.link_id', 'l.id')
      .selectAll('l')
      .select([
        sql<number>`coalesce(sum(case when c.is_bot = 0 then 1 else 0 end), 0)`.as('clicks'),
        sql<number>`coalesce(sum(case when c.is_bot = 1 then 1 else 0 end), 0)`.as('bot_clicks'),
      ])
      .where('l.workspace_id', '=', workspaceId);
    if (f.postId) q = q.where('l.post_id', '=', f.postId);
    if (f.variantId) q = q.where('l.variant_id', '=', f.variantId);
    const rows = await q
      .groupBy('l.id')
      .orderBy('l.created_at', 'desc')
      .orderBy('l.id', 'desc')
      .limit(f.limit)
      .execute();
    // SQLite sums are already numbers; PostgreSQL's bigint goes through the int8 parser.
    return rows.map((r) => ({ ...r, clicks: Number(r.clicks), bot_clicks: Number(r.bot_clicks) }));
  }

  /** Whether this visitor already made a counted click on the link at or after `since`. */
  async hasHumanClickSince(linkId: string, visitorHash: string, since: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('link_clicks')
      .select('id')
      .where('link_id', '=', linkId)
      .where('visitor_hash', '=', visitorHash)
      .where('is_bot', '=', 0)
      .where('clicked_at', '>=', since)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  async insertClick(row: LinkClickRow): Promise<void> {
    await this.db.insertInto('link_clicks').values(row).execute();
  }

  /** The clicks of one link in [from, to), oldest first: the raw material of a day series. */
  async listClicksBetween(
    workspaceId: string,
    linkId: string,
    from: string,
    to: string,
  ): Promise<{ clicked_at: string; is_bot: number }[]> {
    return this.db
      .selectFrom('link_clicks')
      .select(['clicked_at', 'is_bot'])
      .where('workspace_id', '=', workspaceId)
      .where('link_id', '=', linkId)
      .where('clicked_at', '>=', from)
      .where('clicked_at', '<', to)
      .orderBy('clicked_at')
      .execute();
  }
}
