import { z } from 'zod';
import { zDate, zId, zNetworkId, zText, zTitle } from '../common.schemas.js';
import { INDICATOR_KINDS } from '../strategy.model.js';

const UNITS = ['percent', 'count', 'minutes', 'currency', 'ratio'] as const;

const fields = {
  objectiveId: zId,
  kind: z.enum(INDICATOR_KINDS),
  metric: z.string().trim().min(1).max(80),
  name: zTitle,
  baseline: z.number().finite().nullable(),
  target: z.number().finite().nullable(),
  unit: z.enum(UNITS),
  periodStart: zDate.nullable(),
  periodEnd: zDate.nullable(),
  targetSource: zText(300).nullable(),
  networkId: zNetworkId.nullable(),
};

/** Step 7 item: a typed indicator on a catalogue metric, with baseline and target. */
export const zIndicator = z.object({
  id: zId,
  objectiveId: fields.objectiveId,
  kind: fields.kind,
  metric: fields.metric,
  name: fields.name,
  baseline: fields.baseline.default(null),
  target: fields.target.default(null),
  unit: z.string().trim().min(1).max(40),
  periodStart: fields.periodStart.default(null),
  periodEnd: fields.periodEnd.default(null),
  targetSource: fields.targetSource.default(null),
  networkId: fields.networkId.default(null),
});

/**
 * POST /indicators: the objective and the metric are required. Kind, unit and name come from the
 * metric; when no target is sent, the metric's cited default (if it has one) is proposed with its
 * source.
 */
export const zIndicatorCreate = z
  .strictObject(fields)
  .partial()
  .required({ objectiveId: true, metric: true });
/** PATCH /indicators/:id (changing the target by hand clears its source unless one is sent). */
export const zIndicatorPatch = z.strictObject(fields).partial();
