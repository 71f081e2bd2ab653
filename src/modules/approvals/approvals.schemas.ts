import { z } from 'zod';
import { CONTENT_TYPES } from './engine/index.js';

// The approvals API contract (/work/notes/APPROVALS-API.md): what the web and outside reviewers send.

const zId = z.string().trim().min(1).max(64);
const zInstantOrDate = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: 'Use an ISO-8601 date or instant',
  });

export const zApproverRef = z.object({
  kind: z.enum(['member', 'role', 'department', 'external']),
  id: zId,
});

export const zCircuitStep = z.object({
  name: z.string().trim().min(1).max(100),
  approvers: z.array(zApproverRef).min(1).max(20),
  rule: z.enum(['any', 'all']),
  targetMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .nullable()
    .default(null),
  clock: z.enum(['business', 'around_the_clock']).default('business'),
  reminderBeforeMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .nullable()
    .default(null),
  escalateTo: z.union([zApproverRef, z.literal('department_head'), z.null()]).default(null),
});

/** A circuit as the configuration screen sends it; the engine's CircuitDefinition without its id. */
export const zCircuitInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    required: z.boolean().default(true),
    priority: z.number().int().min(-1000).max(1000).default(0),
    match: z
      .object({
        contentTypes: z.array(z.enum(CONTENT_TYPES)).max(CONTENT_TYPES.length).default([]),
        objectiveIds: z.array(zId).max(100).default([]),
        networks: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
        sensitivePillarOnly: z.boolean().default(false),
      })
      .default({ contentTypes: [], objectiveIds: [], networks: [], sensitivePillarOnly: false }),
    steps: z.array(zCircuitStep).min(1).max(10),
    allowSelfApproval: z.boolean().default(false),
    resubmitOnEditAfterApproval: z.boolean().default(true),
  })
  .strict();
export type CircuitInput = z.infer<typeof zCircuitInput>;

export const zSubmitBody = z.object({ skip: z.boolean().optional() }).strict();
export const zApproveBody = z.object({ comment: z.string().trim().max(5000).optional() }).strict();
export const zDecisionBody = z.object({ comment: z.string().trim().min(1).max(5000) }).strict();
export const zCommentBody = z.object({ text: z.string().trim().min(1).max(5000) }).strict();

export const zReviewLinkCreate = z
  .object({
    reviewerName: z.string().trim().min(1).max(120),
    reviewerEmail: z.email().max(254).nullable().optional(),
    externalId: z.string().trim().min(1).max(64).nullable().optional(),
    expiresInDays: z.number().int().min(1).max(30).default(7),
  })
  .strict();
export type ReviewLinkCreate = z.infer<typeof zReviewLinkCreate>;

export const zReviewDecision = z
  .object({
    decision: z.enum(['approve', 'reject', 'comment']),
    comment: z.string().trim().max(5000).optional(),
    name: z.string().trim().min(1).max(120).optional(),
  })
  .strict();
export type ReviewDecision = z.infer<typeof zReviewDecision>;

export const zDiffQuery = z.object({ against: zId.optional() }).strict();

export const zIndicatorsQuery = z
  .object({
    from: zInstantOrDate.optional(),
    to: zInstantOrDate.optional(),
    groupBy: z.enum(['step', 'department', 'contentType']).default('step'),
  })
  .strict();
export type IndicatorsQuery = z.infer<typeof zIndicatorsQuery>;
