import type { CreateTableBuilder, Kysely } from 'kysely';
import { columnTypes, dialectOf } from '../columns.js';

/**
 * The strategy builder (issue 3): one draft per workspace in normalised tables, so later modules
 * (posts, budget lines, analytics) can point at objectives, actions, pillars and indicators with
 * foreign keys, plus the published versions as JSON snapshots.
 *
 * Link tables all share the shape (owner_id, target_id, workspace_id, position) so one repository
 * helper reads and rewrites them; their foreign keys cascade because a link is a tag, not content.
 * Content that hangs off an objective (indicators, value-added statements, plan actions) uses the
 * default NO ACTION instead: the service refuses to delete a referenced objective (409) and the
 * constraint is the safety net. NO ACTION is checked at the end of the statement, so deleting a whole
 * workspace (which cascades to both sides) still works on both engines.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  // SQLite REAL is already 8 bytes; PostgreSQL `real` is 4 bytes and would turn 33.3 into 33.29999.
  const float = dialectOf(db) === 'postgres' ? 'double precision' : 'real';
  const ws = <T extends string, C extends string>(b: CreateTableBuilder<T, C>) =>
    b.addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'));
  const stamps = <T extends string, C extends string>(b: CreateTableBuilder<T, C>) =>
    b
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull());

  await db.schema
    .createTable('strategies')
    .addColumn('workspace_id', t.id, (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await stamps(
    ws(db.schema.createTable('strategy_objectives').addColumn('id', t.id, (c) => c.primaryKey()))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('custom_type', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('priority', 'text', (c) => c.notNull())
      .addColumn('period_start', 'text')
      .addColumn('period_end', 'text'),
  ).execute();

  await stamps(
    ws(db.schema.createTable('strategy_audiences').addColumn('id', t.id, (c) => c.primaryKey()))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('segment', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('age_min', 'integer')
      .addColumn('age_max', 'integer')
      .addColumn('places', t.json, (c) => c.notNull())
      .addColumn('languages', t.json, (c) => c.notNull())
      .addColumn('interests', t.json, (c) => c.notNull())
      .addColumn('needs', t.json, (c) => c.notNull())
      .addColumn('pains', t.json, (c) => c.notNull())
      .addColumn('present_on', t.json, (c) => c.notNull()),
  ).execute();

  await stamps(
    ws(db.schema.createTable('strategy_existing_actions').addColumn('id', t.id, (c) => c.primaryKey()))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('frequency', 'text', (c) => c.notNull())
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull()),
  ).execute();

  await stamps(
    ws(db.schema.createTable('strategy_value_added').addColumn('id', t.id, (c) => c.primaryKey()))
      .addColumn('objective_id', t.id, (c) => c.notNull().references('strategy_objectives.id'))
      .addColumn('network_id', 'text', (c) => c.notNull())
      .addColumn('statement', 'text', (c) => c.notNull())
      .addUniqueConstraint('strategy_value_added_pair_uq', ['workspace_id', 'objective_id', 'network_id']),
  ).execute();

  await stamps(
    ws(db.schema.createTable('strategy_network_choices').addColumn('id', t.id, (c) => c.primaryKey()))
      .addColumn('network_id', 'text', (c) => c.notNull())
      .addColumn('chosen', 'integer', (c) => c.notNull())
      .addColumn('rationale', 'text', (c) => c.notNull())
      .addUniqueConstraint('strategy_network_choices_network_uq', ['workspace_id', 'network_id']),
  ).execute();

  await db.schema
    .createTable('strategy_editorial_lines')
    .addColumn('workspace_id', t.id, (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('tone', 'text', (c) => c.notNull())
    .addColumn('image', 'text', (c) => c.notNull())
    .addColumn('formats', t.json, (c) => c.notNull())
    .addColumn('dos', t.json, (c) => c.notNull())
    .addColumn('donts', t.json, (c) => c.notNull())
    .addColumn('words_to_avoid', t.json, (c) => c.notNull())
    .addColumn('required_hashtags', t.json, (c) => c.notNull())
    .addColumn('required_mentions', t.json, (c) => c.notNull())
    .addColumn('languages', t.json, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await stamps(
    ws(db.schema.createTable('strategy_content_pillars').addColumn('id', t.id, (c) => c.primaryKey()))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('target_share', float, (c) => c.notNull())
      .addColumn('sensitive', 'integer', (c) => c.notNull())
      .addColumn('colour', 'text'),
  ).execute();

  await ws(db.schema.createTable('strategy_posting_frequencies'))
    .addColumn('network_id', 'text', (c) => c.notNull())
    .addColumn('posts_per_week', float, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('strategy_posting_frequencies_pk', ['workspace_id', 'network_id'])
    .execute();

  await stamps(
    ws(db.schema.createTable('strategy_indicators').addColumn('id', t.id, (c) => c.primaryKey()))
      .addColumn('objective_id', t.id, (c) => c.notNull().references('strategy_objectives.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('metric', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('baseline', float)
      .addColumn('target', float)
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('period_start', 'text')
      .addColumn('period_end', 'text')
      .addColumn('target_source', 'text')
      // Catalogue id when the indicator is measured on one network (targets differ per network).
      .addColumn('network_id', 'text'),
  ).execute();

  await stamps(
    ws(db.schema.createTable('strategy_actions').addColumn('id', t.id, (c) => c.primaryKey()))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('objective_id', t.id, (c) => c.references('strategy_objectives.id'))
      .addColumn('owner_id', t.id, (c) => c.references('memberships.id').onDelete('set null'))
      .addColumn('start_date', 'text')
      .addColumn('end_date', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('budget_estimate', t.bigint, (c) => c.notNull())
      .addColumn('no_obstacles_identified', 'integer', (c) => c.notNull()),
  ).execute();

  // RACI: one row per person or department and letter; exactly one of the two ids is set, and a
  // member or department leaving the workspace drops out of every RACI with it.
  await ws(db.schema.createTable('strategy_action_raci'))
    .addColumn('action_id', t.id, (c) => c.notNull().references('strategy_actions.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('membership_id', t.id, (c) => c.references('memberships.id').onDelete('cascade'))
    .addColumn('department_id', t.id, (c) => c.references('departments.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  // Obstacles belong to their action: deleting the action deletes its risks.
  await stamps(
    ws(db.schema.createTable('strategy_obstacles').addColumn('id', t.id, (c) => c.primaryKey()))
      .addColumn('action_id', t.id, (c) => c.references('strategy_actions.id').onDelete('cascade'))
      .addColumn('family', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('likelihood', 'integer', (c) => c.notNull())
      .addColumn('impact', 'integer', (c) => c.notNull())
      .addColumn('mitigation', 'text', (c) => c.notNull())
      .addColumn('owner_id', t.id, (c) => c.references('memberships.id').onDelete('set null'))
      .addColumn('due_date', 'text')
      .addColumn('status', 'text', (c) => c.notNull()),
  ).execute();

  const links: [string, string, string | null][] = [
    ['strategy_audience_objectives', 'strategy_audiences', 'strategy_objectives'],
    ['strategy_existing_action_audiences', 'strategy_existing_actions', 'strategy_audiences'],
    ['strategy_existing_action_objectives', 'strategy_existing_actions', 'strategy_objectives'],
    ['strategy_value_added_existing_actions', 'strategy_value_added', 'strategy_existing_actions'],
    ['strategy_network_choice_objectives', 'strategy_network_choices', 'strategy_objectives'],
    ['strategy_network_choice_audiences', 'strategy_network_choices', 'strategy_audiences'],
    ['strategy_action_audiences', 'strategy_actions', 'strategy_audiences'],
    // Targets are catalogue network ids, not rows.
    ['strategy_action_networks', 'strategy_actions', null],
  ];
  for (const [name, owner, target] of links) {
    await ws(db.schema.createTable(name))
      .addColumn('owner_id', t.id, (c) => c.notNull().references(`${owner}.id`).onDelete('cascade'))
      .addColumn('target_id', t.id, (c) =>
        target ? c.notNull().references(`${target}.id`).onDelete('cascade') : c.notNull(),
      )
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${name}_pk`, ['owner_id', 'target_id'])
      .execute();
    if (target) await db.schema.createIndex(`${name}_target_idx`).on(name).column('target_id').execute();
  }

  await db.schema
    .createTable('strategy_versions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('published_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('published_by_name', 'text', (c) => c.notNull())
    .addColumn('published_at', t.timestamp, (c) => c.notNull())
    .addColumn('completeness_score', 'integer', (c) => c.notNull())
    .addColumn('snapshot', t.json, (c) => c.notNull())
    // Names of the people and departments the snapshot refers to, as they were when published.
    .addColumn('directory', t.json, (c) => c.notNull())
    .addUniqueConstraint('strategy_versions_number_uq', ['workspace_id', 'number'])
    .execute();

  for (const table of [
    'strategy_objectives',
    'strategy_audiences',
    'strategy_existing_actions',
    'strategy_value_added',
    'strategy_network_choices',
    'strategy_content_pillars',
    'strategy_indicators',
    'strategy_actions',
    'strategy_action_raci',
    'strategy_obstacles',
  ]) {
    await db.schema.createIndex(`${table}_workspace_idx`).on(table).column('workspace_id').execute();
  }
  await db.schema
    .createIndex('strategy_indicators_objective_idx')
    .on('strategy_indicators')
    .column('objective_id')
    .execute();
  await db.schema
    .createIndex('strategy_actions_objective_idx')
    .on('strategy_actions')
    .column('objective_id')
    .execute();
  await db.schema
    .createIndex('strategy_obstacles_action_idx')
    .on('strategy_obstacles')
    .column('action_id')
    .execute();
  await db.schema
    .createIndex('strategy_action_raci_action_idx')
    .on('strategy_action_raci')
    .column('action_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'strategy_versions',
    'strategy_action_networks',
    'strategy_action_audiences',
    'strategy_network_choice_audiences',
    'strategy_network_choice_objectives',
    'strategy_value_added_existing_actions',
    'strategy_existing_action_objectives',
    'strategy_existing_action_audiences',
    'strategy_audience_objectives',
    'strategy_obstacles',
    'strategy_action_raci',
    'strategy_actions',
    'strategy_indicators',
    'strategy_posting_frequencies',
    'strategy_content_pillars',
    'strategy_editorial_lines',
    'strategy_network_choices',
    'strategy_value_added',
    'strategy_existing_actions',
    'strategy_audiences',
    'strategy_objectives',
    'strategies',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
