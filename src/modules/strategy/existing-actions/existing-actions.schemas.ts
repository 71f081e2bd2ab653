import { z } from 'zod';
import { zId, zIdList, zText, zTitle } from '../common.schemas.js';
import { EXISTING_CHANNELS } from '../strategy.model.js';

const fields = {
  name: zTitle,
  channel: z.enum(EXISTING_CHANNELS),
  frequency: zText(120),
  owner: zText(200),
  description: zText(),
  audienceIds: zIdList,
  objectiveIds: zIdList,
};

/** Step 3 item (communication already running) as returned and exported. */
export const zExistingAction = z.object({
  id: zId,
  name: fields.name,
  channel: fields.channel,
  frequency: fields.frequency.default(''),
  owner: fields.owner.default(''),
  description: fields.description.default(''),
  audienceIds: fields.audienceIds.default([]),
  objectiveIds: fields.objectiveIds.default([]),
});

/** POST /existing-actions: name and channel are required. */
export const zExistingActionCreate = z.strictObject(fields).partial().required({ name: true, channel: true });
/** PATCH /existing-actions/:id. */
export const zExistingActionPatch = z.strictObject(fields).partial();
