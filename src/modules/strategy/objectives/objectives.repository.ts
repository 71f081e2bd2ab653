import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ItemRepository } from '../item.service.js';
import type { Objective, ObjectiveType, Priority } from '../strategy.model.js';
import type { StrategyObjectivesTable } from '../strategy.tables.js';

function toObjective(r: Selectable<StrategyObjectivesTable>): Objective {
  return {
    id: r.id,
    type: r.type as ObjectiveType,
    customType: r.custom_type,
    title: r.title,
    description: r.description,
    priority: r.priority as Priority,
    periodStart: r.period_start,
    periodEnd: r.period_end,
  };
}

function columns(o: Objective) {
  return {
    type: o.type,
    custom_type: o.customType ?? null,
    title: o.title,
    description: o.description,
    priority: o.priority,
    period_start: o.periodStart,
    period_end: o.periodEnd,
  };
}

/** What still points at an objective, by kind, with labels for the 409 that lists them. */
export interface ObjectiveDependants {
  indicators: { id: string; label: string }[];
  valueAdded: { id: string; label: string }[];
  actions: { id: string; label: string }[];
}

/** SQL for step 1, objectives. */
export class ObjectivesRepository implements ItemRepository<Objective> {
  constructor(private readonly db: Kysely<DB>) {}

  async list(workspaceId: string): Promise<Objective[]> {
    const rows = await this.db
      .selectFrom('strategy_objectives')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map(toObjective);
  }

  async find(workspaceId: string, id: string): Promise<Objective | undefined> {
    const row = await this.db
      .selectFrom('strategy_objectives')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toObjective(row) : undefined;
  }

  async insert(workspaceId: string, o: Objective, position: number, now: string): Promise<void> {
    await this.db
      .insertInto('strategy_objectives')
      .values({
        id: o.id,
        workspace_id: workspaceId,
        position,
        created_at: now,
        updated_at: now,
        ...columns(o),
      })
      .execute();
  }

  async update(workspaceId: string, o: Objective, now: string): Promise<void> {
    await this.db
      .updateTable('strategy_objectives')
      .set({ ...columns(o), updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', o.id)
      .execute();
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('strategy_objectives')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  /** Indicators, value-added statements and plan actions that name this objective. */
  async dependants(workspaceId: string, id: string): Promise<ObjectiveDependants> {
    const indicators = await this.db
      .selectFrom('strategy_indicators')
      .select(['id', 'name as label'])
      .where('workspace_id', '=', workspaceId)
      .where('objective_id', '=', id)
      .execute();
    const valueAdded = await this.db
      .selectFrom('strategy_value_added')
      .select(['id', 'network_id as label'])
      .where('workspace_id', '=', workspaceId)
      .where('objective_id', '=', id)
      .execute();
    const actions = await this.db
      .selectFrom('strategy_actions')
      .select(['id', 'title as label'])
      .where('workspace_id', '=', workspaceId)
      .where('objective_id', '=', id)
      .execute();
    return { indicators, valueAdded, actions };
  }
}
