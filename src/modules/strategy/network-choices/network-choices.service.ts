import type { z } from 'zod';
import { conflict } from '../../../app/errors.js';
import { networkName } from '../catalogue/networks.js';
import { unique } from '../common.schemas.js';
import type { ItemDefinition } from '../item.service.js';
import type { NetworkChoice } from '../strategy.model.js';
import { NetworkChoicesRepository } from './network-choices.repository.js';
import type { zNetworkChoiceCreate, zNetworkChoicePatch } from './network-choices.schemas.js';

/** Step 5 rules: one choice per network (409 naming `networkId`), links inside the workspace. */
export const networkChoicesDefinition: ItemDefinition<
  NetworkChoice,
  z.infer<typeof zNetworkChoiceCreate>,
  z.infer<typeof zNetworkChoicePatch>
> = {
  key: 'network_choice',
  noun: 'network choice',
  table: 'strategy_network_choices',
  repository: (db) => new NetworkChoicesRepository(db),
  build: (input, id) => ({
    id,
    networkId: input.networkId,
    chosen: input.chosen ?? true,
    rationale: input.rationale ?? '',
    objectiveIds: input.objectiveIds ?? [],
    audienceIds: input.audienceIds ?? [],
  }),
  normalise: (c) => ({ ...c, objectiveIds: unique(c.objectiveIds), audienceIds: unique(c.audienceIds) }),
  check: async (c, guard, db, workspaceId) => {
    await guard.ids('objective', 'objectiveIds', c.objectiveIds);
    await guard.ids('audience', 'audienceIds', c.audienceIds);
    const other = await new NetworkChoicesRepository(db).findByNetwork(workspaceId, c.networkId);
    if (other && other !== c.id) {
      throw conflict(`${networkName(c.networkId)} is already in the list; edit that choice`, 'networkId');
    }
  },
  label: (c) => `${networkName(c.networkId)} (${c.chosen ? 'chosen' : 'set aside'})`,
};
