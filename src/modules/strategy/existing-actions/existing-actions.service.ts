import type { z } from 'zod';
import { unique } from '../common.schemas.js';
import type { ItemDefinition } from '../item.service.js';
import type { ExistingAction } from '../strategy.model.js';
import { ExistingActionsRepository } from './existing-actions.repository.js';
import type { zExistingActionCreate, zExistingActionPatch } from './existing-actions.schemas.js';

/**
 * Step 3 rules: audiences and objectives of this workspace. Deleting an existing action also drops
 * it from the value-added statements that said they complement it (a tag, not content).
 */
export const existingActionsDefinition: ItemDefinition<
  ExistingAction,
  z.infer<typeof zExistingActionCreate>,
  z.infer<typeof zExistingActionPatch>
> = {
  key: 'existing_action',
  noun: 'existing action',
  table: 'strategy_existing_actions',
  repository: (db) => new ExistingActionsRepository(db),
  build: (input, id) => ({
    id,
    name: input.name,
    channel: input.channel,
    frequency: input.frequency ?? '',
    owner: input.owner ?? '',
    description: input.description ?? '',
    audienceIds: input.audienceIds ?? [],
    objectiveIds: input.objectiveIds ?? [],
  }),
  normalise: (a) => ({ ...a, audienceIds: unique(a.audienceIds), objectiveIds: unique(a.objectiveIds) }),
  check: async (a, guard) => {
    await guard.ids('audience', 'audienceIds', a.audienceIds);
    await guard.ids('objective', 'objectiveIds', a.objectiveIds);
  },
  label: (a) => a.name,
};
