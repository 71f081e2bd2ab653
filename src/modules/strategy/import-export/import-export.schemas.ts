import { z } from 'zod';
import { zId, zLocaleParam, zQueryBoolean } from '../common.schemas.js';
import { zSnapshot } from '../snapshot.schemas.js';

export const STRATEGY_FILE_SCHEMA = 'presence.strategy';
export const STRATEGY_FILE_VERSION = 1;

/**
 * The export file (schemaVersion 1). `people` lists the members and departments the strategy names,
 * so an import into another workspace can match them by e-mail and by department name.
 */
export const zStrategyFile = z.object({
  schema: z.literal(STRATEGY_FILE_SCHEMA, {
    message: `Not a Presence strategy file: "schema" must be "${STRATEGY_FILE_SCHEMA}"`,
  }),
  schemaVersion: z.literal(STRATEGY_FILE_VERSION, {
    message: `Unsupported schemaVersion: this server reads version ${STRATEGY_FILE_VERSION}`,
  }),
  exportedAt: z.string().max(40).optional(),
  source: z
    .object({
      workspaceName: z.string().max(200).optional(),
      version: z.number().int().nullable().optional(),
    })
    .optional(),
  people: z
    .object({
      members: z
        .array(z.object({ id: zId, name: z.string().max(200), email: z.string().max(254) }))
        .max(2000),
      departments: z.array(z.object({ id: zId, name: z.string().max(200) })).max(500),
    })
    .default({ members: [], departments: [] }),
  strategy: zSnapshot,
});
export type StrategyFile = z.infer<typeof zStrategyFile>;

/** GET /strategy/export query. */
export const zExportQuery = z.strictObject({ version: z.coerce.number().int().positive().optional() });

/** POST /strategy/import query: `replace=true` overwrites a draft that is not empty. */
export const zImportQuery = z.strictObject({ replace: zQueryBoolean.optional() });

export const zImportResult = z.object({
  counts: z.record(z.string(), z.number()),
  /** People or departments of the file with no match here: their RACI entries and ownerships were left empty. */
  unmatchedPeople: z.array(z.object({ field: z.string(), id: z.string(), name: z.string().nullable() })),
});

/** POST /strategy/apply-template. */
export const zApplyTemplate = z.strictObject({
  templateId: z.string().trim().min(1).max(64),
  locale: zLocaleParam.optional(),
  replace: z.boolean().default(false),
});

export const zTemplateSummary = z.object({
  id: z.string(),
  name: z.object({ en: z.string(), fr: z.string() }),
  description: z.object({ en: z.string(), fr: z.string() }),
});
