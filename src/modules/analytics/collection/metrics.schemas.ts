import { z } from 'zod';

/** The longest period of account snapshots read at once. */
export const MAX_ACCOUNT_PERIOD_DAYS = 366;

const zInstant = z
  .string()
  .trim()
  .datetime({ offset: true, message: 'Use an ISO 8601 date-time, e.g. 2026-05-04T08:00:00Z' });

export const zAccountMetricsQuery = z
  .object({
    from: zInstant.optional().describe('First instant, included (default: 90 days before `to`)'),
    to: zInstant.optional().describe('Last instant, included (default: now)'),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), {
    message: '`to` must not be before `from`',
    path: ['to'],
  })
  .refine(
    (q) =>
      !q.from || !q.to || (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= MAX_ACCOUNT_PERIOD_DAYS,
    { message: `A period spans at most ${MAX_ACCOUNT_PERIOD_DAYS} days`, path: ['to'] },
  );
export type AccountMetricsQuery = z.infer<typeof zAccountMetricsQuery>;

const zMetrics = z.record(z.string(), z.number());

export const zVariantMetricsResponse = z.object({
  data: z.object({
    variantId: z.string(),
    accountId: z.string(),
    network: z.string(),
    publishedAt: z.string().nullable(),
    /** True once the network no longer has the post: the series ends there. */
    gone: z.boolean(),
    /** Metrics this network does not report for posts (never shown as zero). */
    unavailable: z.array(z.string()),
    snapshots: z.array(
      z.object({
        observedAt: z.string(),
        /** The schedule point answered (1 h, 6 h, 24 h, 7 d, then daily after publication). */
        dueAt: z.string(),
        metrics: zMetrics,
        unavailable: z.array(z.string()),
        gone: z.boolean(),
      }),
    ),
  }),
});

export const zAccountMetricsResponse = z.object({
  data: z.object({
    accountId: z.string(),
    network: z.string(),
    from: z.string(),
    to: z.string(),
    unavailable: z.array(z.string()),
    snapshots: z.array(
      z.object({ observedAt: z.string(), metrics: zMetrics, unavailable: z.array(z.string()) }),
    ),
  }),
});
