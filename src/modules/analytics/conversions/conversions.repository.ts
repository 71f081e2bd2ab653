import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ClickCandidate } from './attribution.js';
import type { ConversionSitesTable, ConversionsTable } from './conversions.tables.js';

export type SiteRow = Selectable<ConversionSitesTable>;
export type ConversionRow = Selectable<ConversionsTable>;

/** SQL for site keys and conversions. Every workspace-facing query names the workspace. */
export class ConversionsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insertSite(row: SiteRow): Promise<void> {
    await this.db.insertInto('conversion_sites').values(row).execute();
  }

  async listSites(workspaceId: string): Promise<SiteRow[]> {
    return this.db
      .selectFrom('conversion_sites')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  async findSite(workspaceId: string, id: string): Promise<SiteRow | undefined> {
    return this.db
      .selectFrom('conversion_sites')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async updateSite(
    workspaceId: string,
    id: string,
    patch: Partial<Pick<SiteRow, 'label' | 'allowed_origins' | 'attribution_days' | 'revoked_at'>>,
  ): Promise<void> {
    await this.db
      .updateTable('conversion_sites')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  /** The live (not revoked) site behind a public key, in any workspace: the report names no workspace. */
  async findActiveSiteByKey(key: string): Promise<SiteRow | undefined> {
    return this.db
      .selectFrom('conversion_sites')
      .selectAll()
      .where('key', '=', key)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
  }

  /** The allowed-origin lists of every live site: a CORS preflight carries no key to look one up by. */
  async listActiveOrigins(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('conversion_sites')
      .select('allowed_origins')
      .where('revoked_at', 'is', null)
      .execute();
    return rows.map((r) => r.allowed_origins);
  }

  /** A tracked link of the workspace by its public code. */
  async findLinkByCode(workspaceId: string, code: string): Promise<{ id: string } | undefined> {
    return this.db
      .selectFrom('tracked_links')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('code', '=', code)
      .executeTakeFirst();
  }

  /**
   * Human clicks of the workspace in [from, to] — of one link, or of the links whose destination
   * mentions `urlFragment` (a cheap pre-filter; attribution.ts checks the exact UTM tag).
   */
  async humanClicksBetween(
    workspaceId: string,
    from: string,
    to: string,
    by: { linkId: string } | { urlFragment: string },
  ): Promise<ClickCandidate[]> {
    let q = this.db
      .selectFrom('link_clicks as c')
      .innerJoin('tracked_links as l', 'l.id', 'c.link_id')
      .select([
        'c.id as clickId',
        'c.link_id as linkId',
        'l.variant_id as variantId',
        'l.post_id as postId',
        'c.clicked_at as clickedAt',
        'l.final_url as finalUrl',
      ])
      .where('c.workspace_id', '=', workspaceId)
      .where('l.workspace_id', '=', workspaceId)
      .where('c.is_bot', '=', 0)
      .where('c.clicked_at', '>=', from)
      .where('c.clicked_at', '<=', to);
    if ('linkId' in by) q = q.where('c.link_id', '=', by.linkId);
    else {
      const escaped = by.urlFragment.replace(/[\\%_]/g, (ch) => `\\${ch}`);
      q = q.where(sql<boolean>`${sql.ref('l.final_url')} like ${`%${escaped}%`} escape '\\'`);
    }
    return q.orderBy('c.clicked_at', 'desc').limit(1000).execute();
  }

  /** Inserts the conversion unless the site already reported this external id; true when inserted. */
  async insertConversion(row: ConversionRow): Promise<boolean> {
    const res = await this.db
      .insertInto('conversions')
      .values(row)
      .onConflict((oc) => oc.columns(['site_id', 'external_id']).doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async findByExternalId(siteId: string, externalId: string): Promise<ConversionRow | undefined> {
    return this.db
      .selectFrom('conversions')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('external_id', '=', externalId)
      .executeTakeFirst();
  }

  /** Conversions of the workspace in [from, to), newest first. */
  async list(
    workspaceId: string,
    f: { from: string; to: string; type?: string | undefined; limit: number },
  ): Promise<ConversionRow[]> {
    let q = this.db
      .selectFrom('conversions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('occurred_at', '>=', f.from)
      .where('occurred_at', '<', f.to);
    if (f.type) q = q.where('type', '=', f.type);
    return q.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
  }

  /** Counts and summed values per (currency, attributed or not) over the same filter as `list`. */
  async totals(
    workspaceId: string,
    f: { from: string; to: string; type?: string | undefined },
  ): Promise<{ currency: string | null; attributed: number; count: number; value: number }[]> {
    let q = this.db
      .selectFrom('conversions')
      .select([
        'currency',
        sql<number>`case when attribution = 'none' then 0 else 1 end`.as('attributed'),
        sql<number>`count(*)`.as('count'),
        sql<number>`coalesce(sum(value_minor), 0)`.as('value'),
      ])
      .where('workspace_id', '=', workspaceId)
      .where('occurred_at', '>=', f.from)
      .where('occurred_at', '<', f.to);
    if (f.type) q = q.where('type', '=', f.type);
    const rows = await q
      .groupBy(['currency', sql`case when attribution = 'none' then 0 else 1 end`])
      .execute();
    // PostgreSQL answers count and sum as bigint/numeric strings; SQLite as numbers.
    return rows.map((r) => ({
      currency: r.currency,
      attributed: Number(r.attributed),
      count: Number(r.count),
      value: Number(r.value),
    }));
  }
}
