import type { CreateTableBuilder, Kysely } from 'kysely';
import { columnTypes, dialectOf } from '../columns.js';

/**
 * Organisation and budget (issue 5): resources (members and outside providers) with absences, effort
 * estimates, per-network plans (format mix, inbox volume, reply target), RACI of recurring processes,
 * weekly hours of plan actions; budget lines, expenses and sponsored campaigns.
 *
 * Money is integer minor units with its currency beside it. Budget rows point at strategy objectives and
 * actions with ON DELETE SET NULL: a cost stays on the books when the plan changes, it just loses its
 * attribution (the strategy service owns deletion rules of its own tables and must not be blocked here).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const float = dialectOf(db) === 'postgres' ? 'double precision' : 'real';
  const ws = <T extends string, C extends string>(b: CreateTableBuilder<T, C>) =>
    b.addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'));
  const stamps = <T extends string, C extends string>(b: CreateTableBuilder<T, C>) =>
    b
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull());

  await stamps(
    ws(db.schema.createTable('org_resources').addColumn('id', t.id, (c) => c.primaryKey()))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('membership_id', t.id, (c) => c.references('memberships.id').onDelete('set null'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('provider_type', 'text')
      .addColumn('skills', t.json, (c) => c.notNull())
      .addColumn('capacity_hours_per_week', float, (c) => c.notNull())
      .addColumn('cost_model', 'text', (c) => c.notNull())
      .addColumn('cost_amount', t.bigint, (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('coverage', t.json, (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('org_resources_workspace_idx')
    .on('org_resources')
    .column('workspace_id')
    .execute();

  await ws(db.schema.createTable('org_absences').addColumn('id', t.id, (c) => c.primaryKey()))
    .addColumn('resource_id', t.id, (c) => c.notNull().references('org_resources.id').onDelete('cascade'))
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('org_absences_resource_idx').on('org_absences').column('resource_id').execute();

  await ws(db.schema.createTable('org_effort_estimates'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('hours', float, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('org_effort_estimates_pk', ['workspace_id', 'format'])
    .execute();

  await ws(db.schema.createTable('org_network_plans'))
    .addColumn('network_id', 'text', (c) => c.notNull())
    .addColumn('format_mix', t.json, (c) => c.notNull())
    .addColumn('expected_messages_per_week', float, (c) => c.notNull())
    .addColumn('reply_target_minutes', 'integer')
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('org_network_plans_pk', ['workspace_id', 'network_id'])
    .execute();

  // One row per (process, network, letter, resource); network_id is '' for processes on no network.
  await ws(db.schema.createTable('org_process_raci'))
    .addColumn('process', 'text', (c) => c.notNull())
    .addColumn('network_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('resource_id', t.id, (c) => c.notNull().references('org_resources.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('org_process_raci_pk', [
      'workspace_id',
      'process',
      'network_id',
      'role',
      'resource_id',
    ])
    .execute();

  await ws(db.schema.createTable('org_action_efforts'))
    .addColumn('action_id', t.id, (c) => c.primaryKey().references('strategy_actions.id').onDelete('cascade'))
    .addColumn('hours_per_week', float, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await stamps(
    ws(db.schema.createTable('budget_lines').addColumn('id', t.id, (c) => c.primaryKey()))
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('objective_id', t.id, (c) => c.references('strategy_objectives.id').onDelete('set null'))
      .addColumn('action_id', t.id, (c) => c.references('strategy_actions.id').onDelete('set null'))
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('planned', t.bigint, (c) => c.notNull())
      .addColumn('committed', t.bigint, (c) => c.notNull())
      .addColumn('actual', t.bigint, (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('staff_resource_id', t.id, (c) => c.references('org_resources.id').onDelete('set null'))
      .addColumn('staff_hours', float)
      .addColumn('notes', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('budget_lines_month_idx')
    .on('budget_lines')
    .columns(['workspace_id', 'month'])
    .execute();

  await stamps(
    ws(db.schema.createTable('budget_expenses').addColumn('id', t.id, (c) => c.primaryKey()))
      .addColumn('line_id', t.id, (c) => c.references('budget_lines.id').onDelete('set null'))
      .addColumn('supplier', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('amount', t.bigint, (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('attachment_name', 'text')
      .addColumn('attachment_type', 'text')
      .addColumn('attachment_size', 'integer')
      .addColumn('attachment_key', 'text'),
  ).execute();
  await db.schema
    .createIndex('budget_expenses_date_idx')
    .on('budget_expenses')
    .columns(['workspace_id', 'date'])
    .execute();
  await db.schema.createIndex('budget_expenses_line_idx').on('budget_expenses').column('line_id').execute();

  await stamps(
    ws(db.schema.createTable('budget_campaigns').addColumn('id', t.id, (c) => c.primaryKey()))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('network_id', 'text', (c) => c.notNull())
      .addColumn('objective_id', t.id, (c) => c.references('strategy_objectives.id').onDelete('set null'))
      .addColumn('action_id', t.id, (c) => c.references('strategy_actions.id').onDelete('set null'))
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text', (c) => c.notNull())
      .addColumn('budget', t.bigint, (c) => c.notNull())
      .addColumn('spend', t.bigint, (c) => c.notNull())
      .addColumn('impressions', t.bigint, (c) => c.notNull())
      .addColumn('clicks', t.bigint, (c) => c.notNull())
      .addColumn('conversions', t.bigint, (c) => c.notNull())
      .addColumn('conversion_value', t.bigint, (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      // The ads manager's campaign id: importing the same export twice updates instead of duplicating.
      .addColumn('external_ref', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      .addUniqueConstraint('budget_campaigns_external_uq', ['workspace_id', 'network_id', 'external_ref']),
  ).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'budget_campaigns',
    'budget_expenses',
    'budget_lines',
    'org_action_efforts',
    'org_process_raci',
    'org_network_plans',
    'org_effort_estimates',
    'org_absences',
    'org_resources',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
