import type { Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

/**
 * Uploaded media (issue 4): what each file is (kind, type, size, pixel size, duration, checksum) and
 * the key of its bytes in the media store. The bytes themselves are not in the database.
 *
 * Rows cascade with their workspace; the files stay in the store until a purge removes keys no row
 * names (decision 0011). `created_by` survives the person's deletion as null.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('media')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', t.bigint, (c) => c.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('duration_ms', 'integer')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('filename', 'text')
    .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  // Upload deduplication looks a file up by its checksum within the workspace.
  await db.schema
    .createIndex('media_workspace_sha_idx')
    .on('media')
    .columns(['workspace_id', 'sha256'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('media').execute();
}
