import { z } from 'zod';
import { NETWORK_IDS } from '../strategy/catalogue/networks.js';
import { BUDGET_CATEGORIES } from './budget-math.js';

/** Zod contracts of the budget API. Money is integer minor units of the workspace currency. */

const id = z.string().min(1).max(64);
export const zMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use YYYY-MM');
export const zDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use YYYY-MM-DD');
const money = z.number().int().min(-1e13).max(1e13);
const nonNegativeMoney = z.number().int().min(0).max(1e13);
const count = z.number().int().min(0).max(1e13);

export const zLineCreate = z.object({
  category: z.enum(BUDGET_CATEGORIES),
  label: z.string().trim().min(1).max(200),
  month: zMonth,
  objectiveId: id.nullable().default(null),
  actionId: id.nullable().default(null),
  /** Ignored for a staff-time line with a resource and hours: computed as hours × the resource's rate. */
  planned: nonNegativeMoney.default(0),
  committed: nonNegativeMoney.default(0),
  actual: nonNegativeMoney.default(0),
  staffResourceId: id.nullable().default(null),
  staffHours: z.number().min(0).max(10_000).nullable().default(null),
  notes: z.string().max(2000).default(''),
});

export const zLinePatch = z
  .object({
    category: z.enum(BUDGET_CATEGORIES),
    label: z.string().trim().min(1).max(200),
    month: zMonth,
    objectiveId: id.nullable(),
    actionId: id.nullable(),
    planned: nonNegativeMoney,
    committed: nonNegativeMoney,
    actual: nonNegativeMoney,
    staffResourceId: id.nullable(),
    staffHours: z.number().min(0).max(10_000).nullable(),
    notes: z.string().max(2000),
  })
  .partial()
  .strict();

export const zLinesQuery = z.object({
  from: zMonth.optional(),
  to: zMonth.optional(),
  objectiveId: id.optional(),
});

export const zStaffTimeQuery = z.object({ month: zMonth });

export const zExpenseCreate = z.object({
  lineId: id.nullable().default(null),
  supplier: z.string().trim().min(1).max(200),
  date: zDate,
  /** Negative for a credit note or refund. */
  amount: money,
  description: z.string().max(2000).default(''),
});

export const zExpensePatch = z
  .object({
    lineId: id.nullable(),
    supplier: z.string().trim().min(1).max(200),
    date: zDate,
    amount: money,
    description: z.string().max(2000),
  })
  .partial()
  .strict();

export const zExpensesQuery = z.object({
  from: zDate.optional(),
  to: zDate.optional(),
  lineId: id.optional(),
});

export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Base64 grows a file by 4/3; leave room for the JSON around it. */
export const ATTACHMENT_BODY_LIMIT = Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 64 * 1024;

export const zAttachmentUpload = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentType: z.enum(ATTACHMENT_TYPES),
  dataBase64: z
    .string()
    .min(1)
    .max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4),
});

export const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;
export const zBudgetImport = z.object({
  kind: z.enum(['lines', 'expenses']),
  csv: z.string().min(1).max(IMPORT_BODY_LIMIT),
  /** Check the file and answer what would change, without writing. */
  dryRun: z.boolean().default(false),
});

export const zExportQuery = z.object({ kind: z.enum(['lines', 'expenses']).default('lines') });

export const zCampaignCreate = z
  .object({
    name: z.string().trim().min(1).max(200),
    networkId: z.enum(NETWORK_IDS),
    objectiveId: id.nullable().default(null),
    actionId: id.nullable().default(null),
    startDate: zDate,
    endDate: zDate,
    budget: nonNegativeMoney.default(0),
    spend: nonNegativeMoney.default(0),
    impressions: count.default(0),
    clicks: count.default(0),
    conversions: count.default(0),
    conversionValue: nonNegativeMoney.default(0),
  })
  .refine((c) => c.startDate <= c.endDate, {
    message: 'The campaign must end on or after its start',
    path: ['endDate'],
  });

export const zCampaignPatch = z
  .object({
    name: z.string().trim().min(1).max(200),
    networkId: z.enum(NETWORK_IDS),
    objectiveId: id.nullable(),
    actionId: id.nullable(),
    startDate: zDate,
    endDate: zDate,
    budget: nonNegativeMoney,
    spend: nonNegativeMoney,
    impressions: count,
    clicks: count,
    conversions: count,
    conversionValue: nonNegativeMoney,
  })
  .partial()
  .strict();

export const zCampaignImport = z.object({
  networkId: z.enum(NETWORK_IDS),
  objectiveId: id.nullable().default(null),
  csv: z.string().min(1).max(IMPORT_BODY_LIMIT),
  dryRun: z.boolean().default(false),
});
