import type { z } from 'zod';
import { conflict } from '../../../app/errors.js';
import { networkName } from '../catalogue/networks.js';
import { unique } from '../common.schemas.js';
import type { ItemDefinition } from '../item.service.js';
import type { ValueAdded } from '../strategy.model.js';
import { ValueAddedRepository } from './value-added.repository.js';
import type { zValueAddedCreate, zValueAddedPatch } from './value-added.schemas.js';

/**
 * Step 4 rules: one statement per objective and network (a second one is a 409 naming `networkId`,
 * edit the first instead); the objective and complemented actions belong to this workspace.
 */
export const valueAddedDefinition: ItemDefinition<
  ValueAdded,
  z.infer<typeof zValueAddedCreate>,
  z.infer<typeof zValueAddedPatch>
> = {
  key: 'value_added',
  noun: 'value-added statement',
  table: 'strategy_value_added',
  repository: (db) => new ValueAddedRepository(db),
  build: (input, id) => ({
    id,
    objectiveId: input.objectiveId,
    networkId: input.networkId,
    statement: input.statement ?? '',
    complementsExistingActionIds: input.complementsExistingActionIds ?? [],
  }),
  normalise: (v) => ({ ...v, complementsExistingActionIds: unique(v.complementsExistingActionIds) }),
  check: async (v, guard, db, workspaceId) => {
    await guard.id('objective', 'objectiveId', v.objectiveId);
    await guard.ids('existingAction', 'complementsExistingActionIds', v.complementsExistingActionIds);
    const other = await new ValueAddedRepository(db).findPair(workspaceId, v.objectiveId, v.networkId);
    if (other && other !== v.id) {
      throw conflict(
        `${networkName(v.networkId)} already has a value-added statement for this objective; edit that one`,
        'networkId',
      );
    }
  },
  label: (v) => `${networkName(v.networkId)}: ${v.statement.slice(0, 60)}`,
};
