import { z } from 'zod';
import { zDate, zId, zIdList, zNetworkId, zText, zTitle } from '../common.schemas.js';
import { ACTION_STATUSES } from '../strategy.model.js';

/** Who is Responsible, Accountable, Consulted, Informed: membership or department ids. */
export const zRaci = z.object({
  responsible: zIdList.default([]),
  accountable: zId.nullable().default(null),
  consulted: zIdList.default([]),
  informed: zIdList.default([]),
});

const fields = {
  title: zTitle,
  description: zText(),
  objectiveId: zId.nullable(),
  audienceIds: zIdList,
  networkIds: z.array(zNetworkId).max(40),
  ownerId: zId.nullable(),
  startDate: zDate.nullable(),
  endDate: zDate.nullable(),
  status: z.enum(ACTION_STATUSES),
  budgetEstimate: z.number().int('Use minor units (cents)').min(0).max(1e12),
  raci: z.strictObject(zRaci.shape),
  noObstaclesIdentified: z.boolean(),
};

/** A plan action (with its RACI, step 8) as returned and exported. */
export const zPlanAction = z.object({
  id: zId,
  title: fields.title,
  description: fields.description.default(''),
  objectiveId: fields.objectiveId.default(null),
  audienceIds: fields.audienceIds.default([]),
  networkIds: fields.networkIds.default([]),
  ownerId: fields.ownerId.default(null),
  startDate: fields.startDate.default(null),
  endDate: fields.endDate.default(null),
  status: fields.status.default('planned'),
  budgetEstimate: fields.budgetEstimate.default(0),
  raci: zRaci.default({ responsible: [], accountable: null, consulted: [], informed: [] }),
  noObstaclesIdentified: fields.noObstaclesIdentified.default(false),
});

/** POST /actions: only the title is required. */
export const zPlanActionCreate = z.strictObject(fields).partial().required({ title: true });
/** PATCH /actions/:id (a `raci` sent replaces the whole RACI). */
export const zPlanActionPatch = z.strictObject(fields).partial();
