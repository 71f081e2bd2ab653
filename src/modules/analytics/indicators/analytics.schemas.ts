import { z } from 'zod';
import { dateToMs, msToDate } from '../../../core/calendar.js';
import { COMPUTABLE_METRICS } from './compute.js';
import { MAX_PERIOD_DAYS, daysIn } from './period.js';

/** A calendar date that exists (2026-02-30 does not). */
const zDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'Use YYYY-MM-DD')
  .refine((d) => msToDate(dateToMs(d)) === d, { message: 'Not a calendar date' });

const periodFields = {
  from: zDay.optional().describe('First day, in the workspace time zone (default: 29 days before `to`)'),
  to: zDay.optional().describe('Last day, included, in the workspace time zone (default: today)'),
};

/** Order and length of a period when both ends are given (a defaulted end is checked by the engine). */
function periodChecks<T extends z.ZodType<{ from?: string; to?: string }>>(schema: T) {
  return schema
    .refine((q) => !q.from || !q.to || q.from <= q.to, {
      message: '`to` must not be before `from`',
      path: ['to'],
    })
    .refine((q) => !q.from || !q.to || daysIn(q.from, q.to) <= MAX_PERIOD_DAYS, {
      message: `A period spans at most ${MAX_PERIOD_DAYS} days`,
      path: ['to'],
    });
}

export const SCOPE_KINDS = ['workspace', 'objective', 'action', 'network', 'pillar'] as const;

const scopeFields = {
  scope: z.enum(SCOPE_KINDS).default('workspace'),
  scopeId: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .optional()
    .describe('Objective, action or pillar id, or a network id'),
};

/** `a,b,c` → ['a','b','c'], each a metric the engine computes. */
const zMetricList = z
  .string()
  .max(2000)
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .refine((list) => list.every((m) => COMPUTABLE_METRICS.includes(m)), {
    message: `Known metrics: ${COMPUTABLE_METRICS.join(', ')}`,
  });

/** A query with the period (checked) and the route's own fields: the dashboards' routes share it. */
export function withPeriod<T extends z.ZodRawShape>(shape: T) {
  const days = (q: unknown) => q as { from?: string | undefined; to?: string | undefined };
  return z
    .object({ ...periodFields, ...shape })
    .refine((q) => !days(q).from || !days(q).to || days(q).from! <= days(q).to!, {
      message: '`to` must not be before `from`',
      path: ['to'],
    })
    .refine((q) => !days(q).from || !days(q).to || daysIn(days(q).from!, days(q).to!) <= MAX_PERIOD_DAYS, {
      message: `A period spans at most ${MAX_PERIOD_DAYS} days`,
      path: ['to'],
    });
}

export const zMetricsQuery = periodChecks(
  z.object({ ...periodFields, ...scopeFields, metrics: zMetricList.optional() }),
);
export const zIndicatorsQuery = periodChecks(
  z.object({ ...periodFields, objectiveId: z.string().trim().min(1).max(64).optional() }),
);
export const zRoniQuery = periodChecks(z.object(periodFields));
export const zTraceQuery = periodChecks(
  z.object({
    ...periodFields,
    ...scopeFields,
    metric: z.string().trim().min(1).max(64),
    input: z.string().trim().min(1).max(64),
  }),
);

const zLocalized = z.object({ en: z.string(), fr: z.string() });
const zPeriod = z.object({
  from: z.string(),
  to: z.string(),
  fromInstant: z.string(),
  toInstant: z.string(),
  timeZone: z.string(),
});
const zInput = z.object({
  key: z.string(),
  label: zLocalized,
  value: z.number().nullable(),
  unit: z.string(),
  source: z.string().optional(),
  rows: z.number().int().optional(),
});
export const zIndicatorValue = z.object({
  metric: z.string(),
  unit: z.string(),
  currency: z.string().nullable(),
  value: z.number().nullable(),
  unavailable: z.string().optional(),
  formula: zLocalized,
  inputs: z.array(zInput),
  coverage: z.object({ reported: z.number().int(), of: z.number().int() }).optional(),
  notes: z.array(z.string()),
});

export const zMetricsResponse = z.object({
  period: zPeriod,
  previousPeriod: zPeriod,
  scope: z.object({ kind: z.enum(SCOPE_KINDS), id: z.string().optional() }),
  currency: z.string(),
  values: z.array(zIndicatorValue),
});

export const zIndicatorsResponse = z.object({
  period: zPeriod,
  previousPeriod: zPeriod,
  cards: z.array(
    z.object({
      indicatorId: z.string(),
      objectiveId: z.string(),
      name: z.string(),
      kind: z.string(),
      networkId: z.string().nullable(),
      current: zIndicatorValue,
      previous: zIndicatorValue,
      target: z.number().nullable(),
      baseline: z.number().nullable(),
      benchmark: z.object({ value: z.number(), source: z.string() }).nullable(),
      higherIsBetter: z.boolean(),
      status: z.enum(['on_track', 'behind', 'no_target', 'no_value']),
      trend: z.array(z.object({ from: z.string(), to: z.string(), value: z.number().nullable() })),
    }),
  ),
});

export const zRoniResponse = z.object({
  period: zPeriod,
  estimate: z.object({
    currency: z.string(),
    total: z.number().int(),
    risks: z.array(
      z.object({
        kind: z.string(),
        label: z.string(),
        probability: z.number().nullable(),
        impact: z.number().nullable(),
        expectedLoss: z.number().nullable(),
        unavailable: z.literal('needs_assumption').optional(),
        inputs: z.array(zInput),
      }),
    ),
  }),
  counts: z.object({
    unansweredQuestions: z.number().int(),
    lateAnswers: z.number().int(),
    audiencesNotReached: z.number().int(),
  }),
});

export const zTraceResponse = z.object({
  source: z.string(),
  rows: z.array(z.record(z.string(), z.unknown())),
  truncated: z.boolean(),
});
