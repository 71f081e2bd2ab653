import { sql, type Kysely } from 'kysely';
import { columnTypes, dialectOf } from '../columns.js';

/**
 * What people enter for the risk of non-investment (issue 8, docs/analytics-indicators.md "RONI"): the
 * workspace's loss assumptions, one estimate per audience gap (a persona on a network without an
 * account) and competitors entered by hand. Every figure may be null ("not entered yet"): the engine
 * then reports that risk as needing an assumption instead of inventing a number. The CHECK constraints
 * are a safety net behind the service's validation (both engines enforce them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  // PostgreSQL `real` is 4 bytes and would turn 0.3 into 0.30000001; SQLite REAL is already 8 bytes.
  const float = dialectOf(db) === 'postgres' ? 'double precision' : 'real';
  const probability = (column: string) =>
    sql`${sql.ref(column)} is null or (${sql.ref(column)} >= 0 and ${sql.ref(column)} <= 1)`;
  const nonNegative = (column: string) => sql`${sql.ref(column)} is null or ${sql.ref(column)} >= 0`;

  await db.schema
    .createTable('roni_assumptions')
    .addColumn('workspace_id', t.id, (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('unanswered_loss_probability', float, (c) =>
      c.check(probability('unanswered_loss_probability')),
    )
    .addColumn('late_loss_probability', float, (c) => c.check(probability('late_loss_probability')))
    .addColumn('value_per_contact_minor', t.bigint, (c) => c.check(nonNegative('value_per_contact_minor')))
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('roni_audience_gaps')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    // A gap only means something for a persona that still exists: it goes with the audience.
    .addColumn('audience_id', t.id, (c) =>
      c.notNull().references('strategy_audiences.id').onDelete('cascade'),
    )
    .addColumn('network_id', 'text', (c) => c.notNull())
    .addColumn('people_exposed', t.bigint, (c) => c.check(nonNegative('people_exposed')))
    .addColumn('probability', float, (c) => c.check(probability('probability')))
    .addColumn('value_per_person_minor', t.bigint, (c) => c.check(nonNegative('value_per_person_minor')))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('roni_audience_gaps_pair_uq', ['workspace_id', 'audience_id', 'network_id'])
    .execute();

  await db.schema
    .createTable('roni_competitors')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('network_id', 'text', (c) => c.notNull())
    .addColumn('probability', float, (c) => c.check(probability('probability')))
    .addColumn('customers_exposed', t.bigint, (c) => c.check(nonNegative('customers_exposed')))
    .addColumn('average_value_minor', t.bigint, (c) => c.check(nonNegative('average_value_minor')))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('roni_competitors_workspace_idx')
    .on('roni_competitors')
    .columns(['workspace_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('roni_competitors').execute();
  await db.schema.dropTable('roni_audience_gaps').execute();
  await db.schema.dropTable('roni_assumptions').execute();
}
