import type { z } from 'zod';
import { invalid } from '../../../app/errors.js';
import { unique } from '../common.schemas.js';
import type { ItemDefinition } from '../item.service.js';
import type { Audience } from '../strategy.model.js';
import { AudiencesRepository } from './audiences.repository.js';
import type { zAudienceCreate, zAudiencePatch } from './audiences.schemas.js';

/** Step 2 rules: objectives of this workspace, an age range that runs forwards. */
export const audiencesDefinition: ItemDefinition<
  Audience,
  z.infer<typeof zAudienceCreate>,
  z.infer<typeof zAudiencePatch>
> = {
  key: 'audience',
  noun: 'audience',
  table: 'strategy_audiences',
  repository: (db) => new AudiencesRepository(db),
  build: (input, id) => ({
    id,
    name: input.name,
    segment: input.segment,
    description: input.description ?? '',
    ageMin: input.ageMin ?? null,
    ageMax: input.ageMax ?? null,
    places: input.places ?? [],
    languages: input.languages ?? [],
    interests: input.interests ?? [],
    needs: input.needs ?? [],
    pains: input.pains ?? [],
    presentOn: input.presentOn ?? [],
    objectiveIds: input.objectiveIds ?? [],
  }),
  normalise: (a) => ({ ...a, objectiveIds: unique(a.objectiveIds), presentOn: unique(a.presentOn) }),
  check: async (a, guard) => {
    if (a.ageMin !== null && a.ageMax !== null && a.ageMax < a.ageMin) {
      throw invalid('ageMax', 'The maximum age is below the minimum age');
    }
    await guard.ids('objective', 'objectiveIds', a.objectiveIds);
  },
  label: (a) => a.name,
};
