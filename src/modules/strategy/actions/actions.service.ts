import type { z } from 'zod';
import { unique } from '../common.schemas.js';
import type { ItemDefinition } from '../item.service.js';
import { checkPeriod } from '../references.js';
import type { PlanAction } from '../strategy.model.js';
import { ActionsRepository } from './actions.repository.js';
import type { zPlanActionCreate, zPlanActionPatch } from './actions.schemas.js';

/**
 * Action plan rules: objective, audiences, owner and every RACI entry belong to this workspace (RACI
 * entries are members or departments); the dates run forwards. Deleting an action deletes its
 * obstacles, which only describe risks to that action.
 */
export const actionsDefinition: ItemDefinition<
  PlanAction,
  z.infer<typeof zPlanActionCreate>,
  z.infer<typeof zPlanActionPatch>
> = {
  key: 'action',
  noun: 'action',
  table: 'strategy_actions',
  repository: (db) => new ActionsRepository(db),
  build: (input, id) => ({
    id,
    title: input.title,
    description: input.description ?? '',
    objectiveId: input.objectiveId ?? null,
    audienceIds: input.audienceIds ?? [],
    networkIds: input.networkIds ?? [],
    ownerId: input.ownerId ?? null,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    status: input.status ?? 'planned',
    budgetEstimate: input.budgetEstimate ?? 0,
    raci: input.raci ?? { responsible: [], accountable: null, consulted: [], informed: [] },
    noObstaclesIdentified: input.noObstaclesIdentified ?? false,
  }),
  normalise: (a) => ({
    ...a,
    audienceIds: unique(a.audienceIds),
    networkIds: unique(a.networkIds),
    raci: {
      responsible: unique(a.raci.responsible),
      accountable: a.raci.accountable,
      consulted: unique(a.raci.consulted),
      informed: unique(a.raci.informed),
    },
  }),
  check: async (a, guard) => {
    checkPeriod(a.startDate, a.endDate, 'endDate');
    await guard.id('objective', 'objectiveId', a.objectiveId);
    await guard.ids('audience', 'audienceIds', a.audienceIds);
    await guard.id('membership', 'ownerId', a.ownerId);
    await guard.people('raci.responsible', a.raci.responsible);
    await guard.person('raci.accountable', a.raci.accountable);
    await guard.people('raci.consulted', a.raci.consulted);
    await guard.people('raci.informed', a.raci.informed);
  },
  label: (a) => a.title,
};
