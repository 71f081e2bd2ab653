import { z } from 'zod';
import { zDate, zId, zQueryBoolean, zText } from '../common.schemas.js';
import { OBSTACLE_FAMILIES, OBSTACLE_STATUSES } from '../strategy.model.js';

const zScore = z.number().int('Use a whole number from 1 to 5').min(1).max(5);

const fields = {
  actionId: zId.nullable(),
  family: z.enum(OBSTACLE_FAMILIES),
  description: zText(2000).pipe(z.string().min(1, 'Required')),
  likelihood: zScore,
  impact: zScore,
  mitigation: zText(2000),
  ownerId: zId.nullable(),
  dueDate: zDate.nullable(),
  status: z.enum(OBSTACLE_STATUSES),
};

/** Step 9 item: one obstacle to an action (or to the whole strategy when `actionId` is null). */
export const zObstacle = z.object({
  id: zId,
  actionId: fields.actionId.default(null),
  family: fields.family,
  description: fields.description,
  likelihood: fields.likelihood,
  impact: fields.impact,
  mitigation: fields.mitigation.default(''),
  ownerId: fields.ownerId.default(null),
  dueDate: fields.dueDate.default(null),
  status: fields.status.default('open'),
});

/** POST /obstacles: family, description, likelihood and impact are required. */
export const zObstacleCreate = z
  .strictObject(fields)
  .partial()
  .required({ family: true, description: true, likelihood: true, impact: true });
/** PATCH /obstacles/:id. */
export const zObstaclePatch = z.strictObject(fields).partial();

/** GET /obstacles/heatmap query. */
export const zHeatmapQuery = z.strictObject({
  /** Leave resolved obstacles out (the default shows every obstacle). */
  activeOnly: zQueryBoolean.optional(),
  actionId: zId.optional(),
});

/** The 5 × 5 likelihood × impact grid. */
export const zHeatmap = z.object({
  cells: z.array(
    z.object({
      likelihood: z.number(),
      impact: z.number(),
      count: z.number(),
      obstacleIds: z.array(z.string()),
    }),
  ),
  total: z.number(),
  maxCount: z.number(),
});
