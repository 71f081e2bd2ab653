import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { VersionsService } from '../versions/versions.service.js';
import { completenessReport, RULE_STEPS } from './completeness.js';
import { RULE_IDS } from './completeness.rules.js';

const zStep = z.number().int().min(1).max(9);
const zGap = z.object({
  rule: z.enum(RULE_IDS),
  severity: z.enum(['error', 'warning']),
  step: zStep,
  message: z.object({ en: z.string(), fr: z.string() }),
  target: z.object({ step: zStep, kind: z.string(), id: z.string().nullable() }),
});

export const zCompleteness = z.object({
  score: z.number(),
  errorCount: z.number(),
  warningCount: z.number(),
  rules: z.array(
    z.object({
      rule: z.enum(RULE_IDS),
      step: zStep,
      satisfied: z.boolean(),
      checked: z.number(),
      gapCount: z.number(),
    }),
  ),
  gaps: z.array(zGap),
});

/** GET /strategy/completeness: the gaps of the draft (or of version N) and a score. */
export function completenessRoutes(app: FastifyInstance): void {
  workspaceRoute(app, {
    method: 'GET',
    url: '/strategy/completeness',
    action: 'strategy.read',
    summary: `What the strategy still lacks, by step, each gap linking to the place that fixes it (${Object.keys(RULE_STEPS).length} rules)`,
    tags: ['strategy'],
    query: z.strictObject({ version: z.coerce.number().int().positive().optional() }),
    response: z.object({ data: zCompleteness }),
    handler: async ({ actor, query }) => {
      const resolved = await new VersionsService(app.ctx).resolve(actor, query.version);
      return { data: completenessReport(resolved.snapshot) };
    },
  });
}
