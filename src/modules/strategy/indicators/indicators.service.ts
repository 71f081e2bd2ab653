import type { z } from 'zod';
import { invalid } from '../../../app/errors.js';
import { defaultTargetFor, findMetric } from '../metrics.catalogue.js';
import type { ItemDefinition } from '../item.service.js';
import { checkPeriod } from '../references.js';
import type { Indicator } from '../strategy.model.js';
import { IndicatorsRepository } from './indicators.repository.js';
import type { zIndicatorCreate, zIndicatorPatch } from './indicators.schemas.js';

/**
 * Step 7 rules: the metric comes from the catalogue and the indicator's kind is the metric's (an
 * engagement count is ROA whatever objective it serves; the completeness report then explains a
 * mismatch with the objective instead of forbidding it). The objective belongs to this workspace.
 */
export const indicatorsDefinition: ItemDefinition<
  Indicator,
  z.infer<typeof zIndicatorCreate>,
  z.infer<typeof zIndicatorPatch>
> = {
  key: 'indicator',
  noun: 'indicator',
  table: 'strategy_indicators',
  repository: (db) => new IndicatorsRepository(db),
  build: (input, id, actor) => {
    const metric = findMetric(input.metric);
    if (!metric) throw invalid('metric', 'Unknown metric: pick one from the catalogue');
    const networkId = input.networkId ?? null;
    const proposed = input.target === undefined ? defaultTargetFor(metric.id, networkId) : undefined;
    const locale = actor.principal.locale === 'fr' ? 'fr' : 'en';
    return {
      id,
      objectiveId: input.objectiveId,
      kind: input.kind ?? metric.kind,
      metric: metric.id,
      name: input.name ?? metric.name[locale],
      baseline: input.baseline ?? null,
      target: input.target !== undefined ? input.target : (proposed?.value ?? null),
      unit: input.unit ?? metric.unit,
      periodStart: input.periodStart ?? null,
      periodEnd: input.periodEnd ?? null,
      targetSource: input.targetSource !== undefined ? input.targetSource : (proposed?.source ?? null),
      networkId,
    };
  },
  merge: (before, patch) => {
    const after = { ...before, ...patch };
    // Another metric brings its own family and unit unless the patch says otherwise.
    const metric = patch.metric !== undefined ? findMetric(patch.metric) : undefined;
    if (metric && patch.metric !== before.metric) {
      if (patch.kind === undefined) after.kind = metric.kind;
      if (patch.unit === undefined) after.unit = metric.unit;
    }
    // A target typed by hand no longer comes from the cited study.
    if (patch.target !== undefined && patch.target !== before.target && patch.targetSource === undefined) {
      after.targetSource = null;
    }
    return after;
  },
  check: async (i, guard) => {
    const metric = findMetric(i.metric);
    if (!metric) throw invalid('metric', 'Unknown metric: pick one from the catalogue');
    if (metric.kind !== i.kind) {
      throw invalid(
        'kind',
        `This metric is a ${metric.kind.toUpperCase()} metric; pick a ${i.kind.toUpperCase()} metric`,
      );
    }
    checkPeriod(i.periodStart, i.periodEnd, 'periodEnd');
    await guard.id('objective', 'objectiveId', i.objectiveId);
  },
  label: (i) => i.name,
};
