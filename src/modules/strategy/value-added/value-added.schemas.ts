import { z } from 'zod';
import { zId, zIdList, zNetworkId, zText } from '../common.schemas.js';

const fields = {
  objectiveId: zId,
  networkId: zNetworkId,
  statement: zText(2000),
  complementsExistingActionIds: zIdList,
};

/** Step 4 item: what one network adds, for one objective, beyond the existing actions. */
export const zValueAdded = z.object({
  id: zId,
  objectiveId: fields.objectiveId,
  networkId: fields.networkId,
  statement: fields.statement.default(''),
  complementsExistingActionIds: fields.complementsExistingActionIds.default([]),
});

/** POST /value-added: objective and network are required; the statement may be drafted later. */
export const zValueAddedCreate = z
  .strictObject(fields)
  .partial()
  .required({ objectiveId: true, networkId: true });
/** PATCH /value-added/:id. */
export const zValueAddedPatch = z.strictObject(fields).partial();
