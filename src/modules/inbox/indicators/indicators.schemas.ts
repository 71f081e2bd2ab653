import { z } from 'zod';
import { dateToMs, msToDate } from '../../../core/calendar.js';
import { GROUP_BYS } from './indicators.js';

/** A calendar date that exists (2026-02-30 does not). */
const zDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'Use YYYY-MM-DD')
  .refine((d) => msToDate(dateToMs(d)) === d, { message: 'Not a calendar date' });

/** The longest period read at once: a year and a day, enough for year-on-year, bounded for the database. */
export const MAX_PERIOD_DAYS = 366;

export const zIndicatorsQuery = z
  .object({
    from: zDate.optional().describe('First day, in the workspace time zone (default: 29 days before `to`)'),
    to: zDate.optional().describe('Last day, included, in the workspace time zone (default: today)'),
    groupBy: z.enum(GROUP_BYS).default('none'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: '`to` must not be before `from`',
    path: ['to'],
  })
  .refine((q) => !q.from || !q.to || (dateToMs(q.to) - dateToMs(q.from)) / 86_400_000 < MAX_PERIOD_DAYS, {
    message: `A period spans at most ${MAX_PERIOD_DAYS} days`,
    path: ['to'],
  });
export type IndicatorsQuery = z.infer<typeof zIndicatorsQuery>;

const indicators = {
  received: z.number().int(),
  answered: z.number().int(),
  responseRate: z.number().nullable(),
  medianFirstResponseMinutes: z.number().nullable(),
  p90FirstResponseMinutes: z.number().nullable(),
  withinTargetShare: z.number().nullable(),
  backlog: z.number().int(),
  breached: z.number().int(),
  questions: z.number().int(),
  unansweredQuestions: z.number().int(),
  lateQuestions: z.number().int(),
};

export const zIndicatorsResponse = z.object({
  data: z.array(z.object({ key: z.string().nullable(), label: z.string().nullable(), ...indicators })),
  total: z.object(indicators),
  /** The period read, as days and as the instants [from, to) they map to in the workspace time zone. */
  period: z.object({
    from: z.string(),
    to: z.string(),
    fromInstant: z.string(),
    toInstant: z.string(),
    timeZone: z.string(),
  }),
});
