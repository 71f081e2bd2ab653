import { z } from 'zod';
import { ACTIONS, ROLES } from '../../core/policy.js';
import { isValidCurrency, isValidTimeZone } from '../../core/time-zones.js';

export const zTimeZone = z.string().refine(isValidTimeZone, { message: 'Unknown IANA time zone' });
export const zCurrency = z.string().refine(isValidCurrency, { message: 'Unknown ISO 4217 currency code' });
export const zLocale = z.enum(['en', 'fr']);
export const zRole = z.enum(ROLES);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM (24-hour)');

/** Opening hours per weekday (0 = Sunday) and closed dates, in the workspace's time zone. */
export const zBusinessHours = z
  .object({
    weekdays: z
      .array(z.object({ day: z.number().int().min(0).max(6), start: hhmm, end: hhmm }))
      .max(21)
      .refine((ds) => ds.every((d) => d.start < d.end), { message: 'Each opening must end after it starts' }),
    holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')).max(366),
  })
  .strict();
export type BusinessHours = z.infer<typeof zBusinessHours>;

export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  weekdays: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })),
  holidays: [],
};

export const zWorkspace = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  currency: z.string(),
  locale: zLocale,
  businessHours: zBusinessHours,
  createdAt: z.string(),
});

export const zAbilities = z.record(z.enum(ACTIONS), z.boolean());

export const zWorkspaceCreate = z.object({
  name: z.string().trim().min(1).max(120),
  timeZone: zTimeZone.optional(),
  currency: zCurrency.optional(),
  locale: zLocale.optional(),
});

export const zWorkspaceUpdate = z
  .object({
    name: z.string().trim().min(1).max(120),
    timeZone: zTimeZone,
    currency: zCurrency,
    locale: zLocale,
    businessHours: zBusinessHours,
  })
  .partial()
  .strict();
