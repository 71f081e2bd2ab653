import { z } from 'zod';
import { isValidCurrency } from '../../../core/time-zones.js';
import { MAX_ATTRIBUTION_DAYS } from './attribution.js';

/** Zod contracts of conversion reporting: the public report, site keys, and the workspace list. */

export const CONVERSION_TYPES = ['sale', 'sign_up', 'application', 'lead', 'other'] as const;
export const zConversionType = z.enum(CONVERSION_TYPES);
export type ConversionType = z.infer<typeof zConversionType>;

const zCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidCurrency, { message: 'Unknown ISO 4217 currency code' });
const zTag = z.string().trim().min(1).max(200);
const zUtm = z.object({
  source: zTag.optional(),
  medium: zTag.optional(),
  campaign: zTag.optional(),
  content: zTag.optional(),
});
export type ReportedUtm = z.infer<typeof zUtm>;

/** What a website sends to POST /c/v1/conversions. `value` is in major units (49.90 euros). */
export const zConversionReport = z
  .object({
    key: z.string().trim().min(1).max(64).describe('The site key (public)'),
    type: zConversionType,
    value: z.number().min(0).max(1e12).optional().describe('Amount in major units (49.90)'),
    currency: zCurrency.optional().describe('ISO 4217 code; required with value'),
    linkCode: z.string().trim().min(1).max(64).optional().describe('The tracked link code, when known'),
    utm: zUtm.optional(),
    externalId: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Order number…: reported twice, counted once'),
    occurredAt: z.iso.datetime({ offset: true }).optional().describe('Default: when it is received'),
  })
  .refine((r) => r.value === undefined || r.currency !== undefined, {
    path: ['currency'],
    message: 'currency is required with value',
  });
export type ConversionReport = z.infer<typeof zConversionReport>;

/** The pixel's query: the same report in flat query parameters. */
export const zPixelQuery = z.object({
  key: z.string().trim().min(1).max(64),
  type: zConversionType.default('other'),
  value: z.string().trim().max(32).optional().describe('Amount in major units (49.90)'),
  currency: z.string().trim().max(8).optional(),
  code: z.string().trim().min(1).max(64).optional().describe('The tracked link code'),
  externalId: z.string().trim().min(1).max(200).optional(),
  utm_source: zTag.optional(),
  utm_medium: zTag.optional(),
  utm_campaign: zTag.optional(),
  utm_content: zTag.optional(),
});
export type PixelQuery = z.infer<typeof zPixelQuery>;

export const zReportResult = z.object({
  data: z.object({
    id: z.string(),
    duplicate: z.boolean().describe('True when this externalId was already counted'),
    attribution: z.enum(['link_code', 'utm_campaign', 'none']),
  }),
});

const zOrigins = z.array(z.string().trim().min(1).max(300)).min(1).max(50);

export const zCreateSite = z.object({
  label: z.string().trim().min(1).max(120),
  allowedOrigins: zOrigins.describe('Origins whose pages may report (https://shop.example)'),
  attributionDays: z.number().int().min(1).max(MAX_ATTRIBUTION_DAYS).optional(),
});
export type CreateSite = z.infer<typeof zCreateSite>;

export const zUpdateSite = z.object({
  label: z.string().trim().min(1).max(120).optional(),
  allowedOrigins: zOrigins.optional(),
  attributionDays: z.number().int().min(1).max(MAX_ATTRIBUTION_DAYS).optional(),
});
export type UpdateSite = z.infer<typeof zUpdateSite>;

export const zSite = z.object({
  id: z.string(),
  key: z.string(),
  label: z.string(),
  allowedOrigins: z.array(z.string()),
  attributionDays: z.number().int(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type SiteView = z.infer<typeof zSite>;

export const zConversionsQuery = z.object({
  from: z.iso.date().optional().describe('First day (workspace time zone); default: 29 days before `to`'),
  to: z.iso.date().optional().describe('Last day, included (workspace time zone); default: today'),
  type: zConversionType.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type ConversionsQuery = z.infer<typeof zConversionsQuery>;

export const zConversion = z.object({
  id: z.string(),
  siteId: z.string(),
  type: zConversionType,
  valueMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  externalId: z.string().nullable(),
  attribution: z.enum(['link_code', 'utm_campaign', 'none']),
  linkId: z.string().nullable(),
  clickId: z.string().nullable(),
  variantId: z.string().nullable(),
  postId: z.string().nullable(),
  utm: zUtm.nullable(),
  occurredAt: z.string(),
  receivedAt: z.string(),
});
export type ConversionView = z.infer<typeof zConversion>;

export const zConversionList = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  conversions: z.array(zConversion),
  totals: z.object({
    count: z.number().int(),
    attributed: z.number().int(),
    unattributed: z.number().int(),
    byCurrency: z.array(
      z.object({ currency: z.string(), valueMinor: z.number().int(), count: z.number().int() }),
    ),
  }),
});
export type ConversionList = z.infer<typeof zConversionList>;
