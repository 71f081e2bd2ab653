import type { z } from 'zod';
import { AppError, invalid } from '../../../app/errors.js';
import type { ItemDefinition } from '../item.service.js';
import { checkPeriod } from '../references.js';
import type { Objective } from '../strategy.model.js';
import type { zObjectiveCreate, zObjectivePatch } from './objectives.schemas.js';
import { ObjectivesRepository } from './objectives.repository.js';

/** Step 1 rules: a custom type needs its own label; periods run forwards. */
export const objectivesDefinition: ItemDefinition<
  Objective,
  z.infer<typeof zObjectiveCreate>,
  z.infer<typeof zObjectivePatch>
> = {
  key: 'objective',
  noun: 'objective',
  table: 'strategy_objectives',
  repository: (db) => new ObjectivesRepository(db),
  build: (input, id) => ({
    id,
    type: input.type,
    customType: input.customType ?? null,
    title: input.title,
    description: input.description ?? '',
    priority: input.priority ?? 'medium',
    periodStart: input.periodStart ?? null,
    periodEnd: input.periodEnd ?? null,
  }),
  normalise: (o) => ({ ...o, customType: o.type === 'custom' ? (o.customType ?? null) : null }),
  check: async (o) => {
    if (o.type === 'custom' && !o.customType?.trim()) {
      throw invalid('customType', 'Name the objective type when it is custom');
    }
    checkPeriod(o.periodStart, o.periodEnd, 'periodEnd');
  },
  label: (o) => o.title,
  /*
   * Deleting an objective that indicators, value-added statements or plan actions still name is
   * refused with a 409 listing them: those items only make sense under their objective, and silently
   * nulling the link would leave indicators measuring nothing. Links that are mere tags (audiences,
   * existing actions and network choices serving it) are removed with the objective.
   */
  beforeDelete: async (db, workspaceId, o) => {
    const deps = await new ObjectivesRepository(db).dependants(workspaceId, o.id);
    const references = [
      ...deps.indicators.map((d) => ({ kind: 'indicator', ...d })),
      ...deps.valueAdded.map((d) => ({ kind: 'valueAdded', ...d })),
      ...deps.actions.map((d) => ({ kind: 'action', ...d })),
    ];
    if (references.length) {
      throw new AppError(
        409,
        'objective_in_use',
        `“${o.title}” is still used by ${references.length} item(s); move or delete them first`,
        undefined,
        { references },
      );
    }
  },
};
