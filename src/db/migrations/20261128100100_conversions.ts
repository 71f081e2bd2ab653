import type { Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

/**
 * Conversions reported by a website (issue 8): site keys a workspace hands to its web pages, and one row
 * per reported conversion with the tracked click it was attributed to. Attribution columns use ON DELETE
 * SET NULL so a deleted post or link never deletes a sale already counted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('conversion_sites')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('allowed_origins', t.json, (c) => c.notNull())
    .addColumn('attribution_days', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('revoked_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('conversion_sites_workspace_idx')
    .on('conversion_sites')
    .columns(['workspace_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('conversions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('site_id', t.id, (c) => c.notNull().references('conversion_sites.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('value_minor', t.bigint)
    .addColumn('currency', 'text')
    .addColumn('external_id', 'text')
    .addColumn('link_id', t.id, (c) => c.references('tracked_links.id').onDelete('set null'))
    .addColumn('click_id', t.id, (c) => c.references('link_clicks.id').onDelete('set null'))
    .addColumn('variant_id', t.id, (c) => c.references('post_variants.id').onDelete('set null'))
    .addColumn('post_id', t.id, (c) => c.references('posts.id').onDelete('set null'))
    .addColumn('attribution', 'text', (c) => c.notNull())
    .addColumn('utm', t.json)
    .addColumn('link_code', 'text')
    .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .addColumn('visitor_hash', 'text', (c) => c.notNull())
    // Both engines let several rows hold a null external_id: only reported ids are deduplicated.
    .addUniqueConstraint('conversions_site_external_uq', ['site_id', 'external_id'])
    .execute();
  await db.schema
    .createIndex('conversions_workspace_time_idx')
    .on('conversions')
    .columns(['workspace_id', 'occurred_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('conversions').execute();
  await db.schema.dropTable('conversion_sites').execute();
}
