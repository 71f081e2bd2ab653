import { z } from 'zod';
import { zText } from '../common.schemas.js';
import { zSnapshot } from '../snapshot.schemas.js';
import { DIFF_SECTIONS } from './diff.js';

/** POST /strategy/versions. */
export const zPublish = z.strictObject({ note: zText(2000).default('') });

export const zVersionSummary = z.object({
  id: z.string(),
  number: z.number(),
  note: z.string(),
  publishedBy: z.object({ userId: z.string().nullable(), name: z.string() }),
  publishedAt: z.string(),
  completenessScore: z.number(),
});

export const zDirectory = z.object({
  members: z.array(z.object({ id: z.string(), name: z.string(), email: z.string(), role: z.string() })),
  departments: z.array(z.object({ id: z.string(), name: z.string() })),
  currency: z.string(),
  locale: z.enum(['en', 'fr']),
  workspaceName: z.string(),
});

export const zVersion = zVersionSummary.extend({ snapshot: zSnapshot, directory: zDirectory });

/** A side of a diff: `draft`, a version number (`3`) or a version id. */
const zSide = z.string().trim().min(1).max(64);

/** GET /strategy/versions/diff query. */
export const zDiffQuery = z.strictObject({ from: zSide, to: zSide.default('draft') });

const zItem = z.object({ id: z.string(), label: z.string() });
export const zDiff = z.object({
  from: z.object({
    kind: z.enum(['draft', 'version']),
    number: z.number().nullable(),
    id: z.string().nullable(),
  }),
  to: z.object({
    kind: z.enum(['draft', 'version']),
    number: z.number().nullable(),
    id: z.string().nullable(),
  }),
  changeCount: z.number(),
  sections: z.array(
    z.object({
      section: z.enum(DIFF_SECTIONS),
      step: z.number(),
      added: z.array(zItem),
      removed: z.array(zItem),
      changed: z.array(
        zItem.extend({
          fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
        }),
      ),
    }),
  ),
});
