import { z } from 'zod';

// A date (`2026-01-31`) or a date-time with an explicit offset: a bare local time would be ambiguous
// between the browser, the workspace and the server.
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/** Whether `s` is a date or an offset date-time we can compare audit timestamps with. */
export function isInstant(s: string): boolean {
  return INSTANT.test(s) && !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s));
}

const zInstant = z
  .string()
  .trim()
  .refine(isInstant, { message: 'Use a date (YYYY-MM-DD) or an ISO 8601 date-time with an offset' });

/** Filters shared by the paged list and the CSV export. */
export const zAuditFilters = z.object({
  actorUserId: z.string().trim().min(1).max(64).optional(),
  action: z.string().trim().min(1).max(100).optional(),
  objectType: z.string().trim().min(1).max(100).optional(),
  objectId: z.string().trim().min(1).max(200).optional(),
  from: zInstant.optional().describe('Inclusive start (a date means 00:00 UTC that day)'),
  to: zInstant.optional().describe('Exclusive end (a date includes that whole UTC day)'),
});
export type AuditFilters = z.infer<typeof zAuditFilters>;

export const zAuditQuery = zAuditFilters.extend({
  before: z.string().trim().min(1).max(64).optional().describe('The nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const zAuditEntry = z.object({
  id: z.string(),
  actorUserId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  summary: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  createdAt: z.string(),
});
export type AuditEntryView = z.infer<typeof zAuditEntry>;

export const zAuditPage = z.object({ data: z.array(zAuditEntry), nextCursor: z.string().nullable() });
