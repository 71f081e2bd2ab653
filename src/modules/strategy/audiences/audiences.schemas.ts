import { z } from 'zod';
import { zId, zIdList, zLanguage, zNetworkId, zStringList, zText, zTitle } from '../common.schemas.js';
import { SEGMENTS } from '../strategy.model.js';

const zAge = z.number().int().min(0).max(120);

const fields = {
  name: zTitle,
  segment: z.enum(SEGMENTS),
  description: zText(),
  ageMin: zAge.nullable(),
  ageMax: zAge.nullable(),
  places: zStringList,
  languages: z.array(zLanguage).max(30),
  interests: zStringList,
  needs: zStringList,
  pains: zStringList,
  presentOn: z.array(zNetworkId).max(40),
  objectiveIds: zIdList,
};

/** Step 2 item (a persona) as returned and exported. */
export const zAudience = z.object({
  id: zId,
  name: fields.name,
  segment: fields.segment,
  description: fields.description.default(''),
  ageMin: fields.ageMin.default(null),
  ageMax: fields.ageMax.default(null),
  places: fields.places.default([]),
  languages: fields.languages.default([]),
  interests: fields.interests.default([]),
  needs: fields.needs.default([]),
  pains: fields.pains.default([]),
  presentOn: fields.presentOn.default([]),
  objectiveIds: fields.objectiveIds.default([]),
});

/** POST /audiences: name and segment are required. */
export const zAudienceCreate = z.strictObject(fields).partial().required({ name: true, segment: true });
/** PATCH /audiences/:id. */
export const zAudiencePatch = z.strictObject(fields).partial();
