import { z } from 'zod';

/** Request and response shapes of the report downloads and the report schedules (issue 8). */

export const REPORT_KINDS = ['monthly_report', 'executive_briefing'] as const;
export const REPORT_CADENCES = ['weekly', 'monthly'] as const;
export const REPORT_FORMATS = ['pdf', 'csv'] as const;
export const REPORT_LANGS = ['en', 'fr'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date YYYY-MM-DD');

/** `?month=YYYY-MM&lang=en|fr`; month defaults to the last whole month, lang to the workspace's language. */
export const zMonthlyQuery = z.strictObject({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month YYYY-MM')
    .optional(),
  lang: z.enum(REPORT_LANGS).optional(),
});
export type MonthlyQuery = z.infer<typeof zMonthlyQuery>;

/** `?from&to&lang`: the briefing's days (default: the last 30 days, as the analytics routes). */
export const zBriefingQuery = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  lang: z.enum(REPORT_LANGS).optional(),
});
export type BriefingQuery = z.infer<typeof zBriefingQuery>;

const recipients = z.array(z.string().min(1).max(64)).min(1).max(50);

export const zScheduleCreate = z.strictObject({
  kind: z.enum(REPORT_KINDS),
  cadence: z.enum(REPORT_CADENCES),
  /** csv is only offered for the monthly report. */
  format: z.enum(REPORT_FORMATS).default('pdf'),
  language: z.enum(REPORT_LANGS).optional(),
  /** Membership ids of the workspace. */
  recipients,
});
export type ScheduleCreate = z.infer<typeof zScheduleCreate>;

export const zSchedulePatch = z.strictObject({
  kind: z.enum(REPORT_KINDS).optional(),
  cadence: z.enum(REPORT_CADENCES).optional(),
  format: z.enum(REPORT_FORMATS).optional(),
  language: z.enum(REPORT_LANGS).optional(),
  recipients: recipients.optional(),
});
export type SchedulePatch = z.infer<typeof zSchedulePatch>;

export const zSchedule = z.object({
  id: z.string(),
  kind: z.enum(REPORT_KINDS),
  cadence: z.enum(REPORT_CADENCES),
  format: z.enum(REPORT_FORMATS),
  language: z.enum(REPORT_LANGS),
  recipients: z.array(z.string()),
  /** Next planned run (UTC): Monday 08:00 or the 1st 08:00 on the workspace's wall clock. */
  nextRunAt: z.string(),
  lastRunAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ScheduleView = z.infer<typeof zSchedule>;

export const zScheduleResponse = z.object({ data: zSchedule });
export const zScheduleListResponse = z.object({ data: z.array(zSchedule) });
