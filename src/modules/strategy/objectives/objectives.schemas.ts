import { z } from 'zod';
import { zDate, zId, zText, zTitle } from '../common.schemas.js';
import { OBJECTIVE_TYPES, PRIORITIES } from '../strategy.model.js';

const fields = {
  type: z.enum(OBJECTIVE_TYPES),
  customType: z.string().trim().max(120).nullable(),
  title: zTitle,
  description: zText(),
  priority: z.enum(PRIORITIES),
  periodStart: zDate.nullable(),
  periodEnd: zDate.nullable(),
};

/** Step 1 item as the API returns it and as export files carry it (missing optional fields default). */
export const zObjective = z.object({
  id: zId,
  type: fields.type,
  customType: fields.customType.default(null),
  title: fields.title,
  description: fields.description.default(''),
  priority: fields.priority.default('medium'),
  periodStart: fields.periodStart.default(null),
  periodEnd: fields.periodEnd.default(null),
});

/** POST /objectives: type and title are required, the rest defaults. */
export const zObjectiveCreate = z.strictObject(fields).partial().required({ type: true, title: true });
/** PATCH /objectives/:id takes a partial objective. */
export const zObjectivePatch = z.strictObject(fields).partial();
