import { z } from 'zod';
import { NETWORK_IDS } from '../strategy/catalogue/networks.js';
import { CONTENT_FORMATS } from './workload.js';

/** Zod contracts of the organisation API (resources, absences, efforts, network plans, RACI, workload). */

export const RESOURCE_KINDS = ['member', 'provider'] as const;
export const PROVIDER_TYPES = ['agency', 'freelancer', 'studio', 'other'] as const;
export const SKILLS = ['writing', 'visuals', 'video', 'moderation', 'advertising', 'analysis'] as const;
export const COST_MODELS = ['none', 'hourly', 'monthly_fee'] as const;
export const PROCESSES = ['publishing', 'inbox', 'approvals'] as const;
/** Processes that run once per network; the others are workspace-wide. */
export const NETWORK_PROCESSES: readonly string[] = ['publishing', 'inbox'];

export const zDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use YYYY-MM-DD');
const hhmm = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use HH:MM (24-hour, 24:00 for midnight)');
const id = z.string().min(1).max(64);
export const zNetworkId = z.enum(NETWORK_IDS);

export const zCoverWindow = z
  .object({ day: z.number().int().min(0).max(6), start: hhmm, end: hhmm })
  .refine((w) => w.start < w.end, { message: 'A window must end after it starts', path: ['end'] });

const zCost = z.object({
  model: z.enum(COST_MODELS),
  /** Minor units: per hour for `hourly`, per month for `monthly_fee`. */
  amount: z.number().int().min(0).max(1e12),
});

export const zResourceCreate = z.object({
  kind: z.enum(RESOURCE_KINDS),
  membershipId: id.optional(),
  name: z.string().trim().min(1).max(120).optional(),
  providerType: z.enum(PROVIDER_TYPES).optional(),
  skills: z.array(z.enum(SKILLS)).max(SKILLS.length).default([]),
  capacityHoursPerWeek: z.number().min(0).max(168),
  cost: zCost.default({ model: 'none', amount: 0 }),
  coverage: z.array(zCoverWindow).max(50).default([]),
  notes: z.string().max(2000).default(''),
});

export const zResourcePatch = z
  .object({
    name: z.string().trim().min(1).max(120),
    providerType: z.enum(PROVIDER_TYPES).nullable(),
    skills: z.array(z.enum(SKILLS)).max(SKILLS.length),
    capacityHoursPerWeek: z.number().min(0).max(168),
    cost: zCost,
    coverage: z.array(zCoverWindow).max(50),
    notes: z.string().max(2000),
  })
  .partial()
  .strict();

export const zAbsence = z.object({
  id: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  reason: z.string(),
});

export const zAbsenceCreate = z
  .object({ startDate: zDate, endDate: zDate, reason: z.string().max(200).default('') })
  .refine((a) => a.startDate <= a.endDate, {
    message: 'The absence must end on or after its start',
    path: ['endDate'],
  });

export const zResource = z.object({
  id: z.string(),
  kind: z.enum(RESOURCE_KINDS),
  membershipId: z.string().nullable(),
  name: z.string(),
  providerType: z.enum(PROVIDER_TYPES).nullable(),
  skills: z.array(z.enum(SKILLS)),
  capacityHoursPerWeek: z.number(),
  cost: z.object({ model: z.enum(COST_MODELS), amount: z.number().int(), currency: z.string() }),
  coverage: z.array(z.object({ day: z.number(), start: z.string(), end: z.string() })),
  notes: z.string(),
  absences: z.array(zAbsence),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ResourceView = z.infer<typeof zResource>;

export const zEffortEstimates = z.object({
  data: z.array(
    z.object({
      format: z.enum(CONTENT_FORMATS),
      hours: z.number(),
      isDefault: z.boolean(),
      defaultHours: z.number(),
    }),
  ),
});
export const zEffortUpdate = z.object({
  estimates: z
    .array(z.object({ format: z.enum(CONTENT_FORMATS), hours: z.number().min(0).max(200).nullable() }))
    .min(1)
    .max(CONTENT_FORMATS.length),
});

const zMix = z.partialRecord(z.enum(CONTENT_FORMATS), z.number().min(0).max(1000));
export const zNetworkPlan = z.object({
  networkId: zNetworkId,
  formatMix: zMix,
  expectedMessagesPerWeek: z.number(),
  replyTargetMinutes: z.number().int(),
  replyTargetIsDefault: z.boolean(),
  postsPerWeek: z.number(),
});
export const zNetworkPlanPut = z.object({
  networkId: zNetworkId,
  formatMix: zMix.default({}),
  expectedMessagesPerWeek: z.number().min(0).max(1_000_000).default(0),
  /** null goes back to the catalogue's reply expectation for the network. */
  replyTargetMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 14)
    .nullable()
    .default(null),
});

export const zProcessRaci = z.object({
  process: z.enum(PROCESSES),
  networkId: zNetworkId.nullable(),
  responsible: z.array(id).max(50),
  accountable: id.nullable(),
  consulted: z.array(id).max(50),
  informed: z.array(id).max(50),
});
export const zProcessRaciPut = z.object({
  process: z.enum(PROCESSES),
  networkId: zNetworkId.nullable().default(null),
  responsible: z.array(id).max(50).default([]),
  accountable: id.nullable().default(null),
  consulted: z.array(id).max(50).default([]),
  informed: z.array(id).max(50).default([]),
});

export const zActionEffortPut = z.object({ actionId: id, hoursPerWeek: z.number().min(0).max(168) });

export const zWorkloadQuery = z
  .object({ from: zDate, to: zDate })
  .refine((q) => q.from <= q.to, { message: '`to` must not be before `from`', path: ['to'] });

export const zCoverageQuery = z.object({
  week: z.string().regex(/^\d{4}-W\d{2}$/, 'Use an ISO week such as 2026-W13'),
});
