import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

/**
 * The durable job queue of the embedded set-up (`jobs`, used by SqlJobQueue) and the publishing core
 * (issue 4): connected accounts with sealed credentials, posts, one variant per account, the publish
 * attempts that make publishing exactly once, and the per-workspace publishing settings.
 *
 * Posts point at strategy rows with ON DELETE SET NULL: deleting an objective never deletes content.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('jobs')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('payload', t.json, (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('singleton_key', 'text')
    .addColumn('run_at', t.timestamp, (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('retry_limit', 'integer', (c) => c.notNull())
    .addColumn('backoff_ms', 'integer', (c) => c.notNull())
    .addColumn('lease_ms', 'integer', (c) => c.notNull())
    .addColumn('lease_until', t.timestamp)
    .addColumn('last_error', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  // The claim reads due waiting jobs of one name in run_at order, and expired leases.
  await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['name', 'state', 'run_at']).execute();
  // At most one waiting job per singleton key (a running job may queue its own follow-up); both
  // engines support partial unique indexes.
  await sql`create unique index jobs_singleton_uq on jobs (name, singleton_key)
    where singleton_key is not null and state = 'waiting'`.execute(db);

  await db.schema
    .createTable('connected_accounts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('network', 'text', (c) => c.notNull())
    .addColumn('remote_id', 'text', (c) => c.notNull())
    .addColumn('handle', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text')
    .addColumn('avatar_url', 'text')
    .addColumn('profile_url', 'text')
    .addColumn('credentials', 'text', (c) => c.notNull())
    .addColumn('health_status', 'text', (c) => c.notNull())
    .addColumn('health_reason', 'text', (c) => c.notNull())
    .addColumn('health_detail', 'text')
    .addColumn('health_checked_at', t.timestamp)
    .addColumn('rate_limited_until', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('connected_accounts_remote_uq', ['workspace_id', 'network', 'remote_id'])
    .execute();

  await db.schema
    .createTable('posts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('objective_id', t.id, (c) => c.references('strategy_objectives.id').onDelete('set null'))
    .addColumn('action_id', t.id, (c) => c.references('strategy_actions.id').onDelete('set null'))
    .addColumn('pillar_id', t.id, (c) => c.references('strategy_content_pillars.id').onDelete('set null'))
    .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('post_variants')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('post_id', t.id, (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('account_id', t.id, (c) => c.notNull().references('connected_accounts.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('media', t.json, (c) => c.notNull())
    .addColumn('first_comment', 'text')
    .addColumn('scheduled_at', t.timestamp)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('remote_id', 'text')
    .addColumn('remote_url', 'text')
    .addColumn('published_at', t.timestamp)
    .addColumn('published_late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failure_code', 'text')
    .addColumn('failure_reason', 'text')
    .addColumn('raw_error', t.json)
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('post_variants_post_idx').on('post_variants').column('post_id').execute();
  // The calendar reads a workspace's variants by time; the scheduler reads due ones by status.
  await db.schema
    .createIndex('post_variants_calendar_idx')
    .on('post_variants')
    .columns(['workspace_id', 'scheduled_at'])
    .execute();
  await db.schema
    .createIndex('post_variants_due_idx')
    .on('post_variants')
    .columns(['status', 'scheduled_at'])
    .execute();

  await db.schema
    .createTable('publish_attempts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('variant_id', t.id, (c) => c.notNull().references('post_variants.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('started_at', t.timestamp, (c) => c.notNull())
    .addColumn('finished_at', t.timestamp)
    .addColumn('outcome', 'text')
    .addColumn('error', t.json)
    .addUniqueConstraint('publish_attempts_number_uq', ['variant_id', 'number'])
    .execute();

  await db.schema
    .createTable('publishing_settings')
    .addColumn('workspace_id', t.id, (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('missed_post_policy', 'text', (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'publishing_settings',
    'publish_attempts',
    'post_variants',
    'posts',
    'connected_accounts',
    'jobs',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
