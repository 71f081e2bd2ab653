import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ItemRepository } from '../item.service.js';
import type { Obstacle, ObstacleFamily, ObstacleStatus } from '../strategy.model.js';
import type { StrategyObstaclesTable } from '../strategy.tables.js';

function toObstacle(r: Selectable<StrategyObstaclesTable>): Obstacle {
  return {
    id: r.id,
    actionId: r.action_id,
    family: r.family as ObstacleFamily,
    description: r.description,
    likelihood: r.likelihood,
    impact: r.impact,
    mitigation: r.mitigation,
    ownerId: r.owner_id,
    dueDate: r.due_date,
    status: r.status as ObstacleStatus,
  };
}

function columns(o: Obstacle) {
  return {
    action_id: o.actionId,
    family: o.family,
    description: o.description,
    likelihood: o.likelihood,
    impact: o.impact,
    mitigation: o.mitigation,
    owner_id: o.ownerId,
    due_date: o.dueDate,
    status: o.status,
  };
}

/** SQL for step 9, the obstacle register. */
export class ObstaclesRepository implements ItemRepository<Obstacle> {
  constructor(private readonly db: Kysely<DB>) {}

  async list(workspaceId: string): Promise<Obstacle[]> {
    const rows = await this.db
      .selectFrom('strategy_obstacles')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map(toObstacle);
  }

  /** Obstacles for the heat map, optionally of one action and without the resolved ones. */
  async forHeatmap(
    workspaceId: string,
    filter: { activeOnly?: boolean; actionId?: string },
  ): Promise<{ id: string; likelihood: number; impact: number }[]> {
    let q = this.db
      .selectFrom('strategy_obstacles')
      .select(['id', 'likelihood', 'impact'])
      .where('workspace_id', '=', workspaceId);
    if (filter.activeOnly) q = q.where('status', '!=', 'resolved');
    if (filter.actionId) q = q.where('action_id', '=', filter.actionId);
    return q.orderBy('position').execute();
  }

  async find(workspaceId: string, id: string): Promise<Obstacle | undefined> {
    const row = await this.db
      .selectFrom('strategy_obstacles')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toObstacle(row) : undefined;
  }

  async insert(workspaceId: string, o: Obstacle, position: number, now: string): Promise<void> {
    await this.db
      .insertInto('strategy_obstacles')
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

  async update(workspaceId: string, o: Obstacle, now: string): Promise<void> {
    await this.db
      .updateTable('strategy_obstacles')
      .set({ ...columns(o), updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', o.id)
      .execute();
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('strategy_obstacles')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }
}
