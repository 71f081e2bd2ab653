import { z } from 'zod';
import { zId, zIdList, zNetworkId, zText } from '../common.schemas.js';

const fields = {
  networkId: zNetworkId,
  chosen: z.boolean(),
  rationale: zText(2000),
  objectiveIds: zIdList,
  audienceIds: zIdList,
};

/** Step 5 item: a network the company chose (or rejected), why, and what it serves. */
export const zNetworkChoice = z.object({
  id: zId,
  networkId: fields.networkId,
  chosen: fields.chosen.default(true),
  rationale: fields.rationale.default(''),
  objectiveIds: fields.objectiveIds.default([]),
  audienceIds: fields.audienceIds.default([]),
});

/** POST /network-choices: the network is required; it is chosen unless said otherwise. */
export const zNetworkChoiceCreate = z.strictObject(fields).partial().required({ networkId: true });
/** PATCH /network-choices/:id. */
export const zNetworkChoicePatch = z.strictObject(fields).partial();
