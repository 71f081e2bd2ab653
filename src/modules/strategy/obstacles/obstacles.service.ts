import type { z } from 'zod';
import type { AppContext } from '../../../app/context.js';
import type { Actor } from '../../../app/http/principal.js';
import type { ItemDefinition } from '../item.service.js';
import type { Obstacle } from '../strategy.model.js';
import { obstacleHeatmap, type Heatmap } from './heatmap.js';
import { ObstaclesRepository } from './obstacles.repository.js';
import type { zObstacleCreate, zObstaclePatch } from './obstacles.schemas.js';

/** Step 9 rules: the action and the owner belong to this workspace. */
export const obstaclesDefinition: ItemDefinition<
  Obstacle,
  z.infer<typeof zObstacleCreate>,
  z.infer<typeof zObstaclePatch>
> = {
  key: 'obstacle',
  noun: 'obstacle',
  table: 'strategy_obstacles',
  repository: (db) => new ObstaclesRepository(db),
  build: (input, id) => ({
    id,
    actionId: input.actionId ?? null,
    family: input.family,
    description: input.description,
    likelihood: input.likelihood,
    impact: input.impact,
    mitigation: input.mitigation ?? '',
    ownerId: input.ownerId ?? null,
    dueDate: input.dueDate ?? null,
    status: input.status ?? 'open',
  }),
  check: async (o, guard) => {
    await guard.id('action', 'actionId', o.actionId);
    await guard.id('membership', 'ownerId', o.ownerId);
  },
  label: (o) => o.description.slice(0, 80),
};

/** The likelihood × impact grid of the register. */
export async function obstaclesHeatmap(
  ctx: AppContext,
  actor: Actor,
  filter: { activeOnly?: boolean; actionId?: string },
): Promise<Heatmap> {
  const rows = await new ObstaclesRepository(ctx.database.db).forHeatmap(actor.workspaceId, filter);
  return obstacleHeatmap(rows);
}
