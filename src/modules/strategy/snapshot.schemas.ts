import { z } from 'zod';
import { zPlanAction } from './actions/actions.schemas.js';
import { zAudience } from './audiences/audiences.schemas.js';
import { zText } from './common.schemas.js';
import { zEditorialLine } from './editorial-line/editorial-line.schemas.js';
import { zExistingAction } from './existing-actions/existing-actions.schemas.js';
import { zIndicator } from './indicators/indicators.schemas.js';
import { zNetworkChoice } from './network-choices/network-choices.schemas.js';
import { zObjective } from './objectives/objectives.schemas.js';
import { zObstacle } from './obstacles/obstacles.schemas.js';
import { zValueAdded } from './value-added/value-added.schemas.js';

/**
 * The whole strategy as the API returns it and as version snapshots and export files carry it.
 * Lists may be missing in a hand-written file; they default to empty.
 */
export const zSnapshot = z.object({
  title: zText(200).default(''),
  summary: zText(8000).default(''),
  objectives: z.array(zObjective).max(200).default([]),
  audiences: z.array(zAudience).max(200).default([]),
  existingActions: z.array(zExistingAction).max(500).default([]),
  valueAdded: z.array(zValueAdded).max(1000).default([]),
  networkChoices: z.array(zNetworkChoice).max(100).default([]),
  editorialLine: zEditorialLine.default(zEditorialLine.parse({})),
  indicators: z.array(zIndicator).max(1000).default([]),
  actions: z.array(zPlanAction).max(1000).default([]),
  obstacles: z.array(zObstacle).max(2000).default([]),
});

/** Overview fields of PATCH /strategy. */
export const zStrategyPatch = z.strictObject({ title: zText(200), summary: zText(8000) }).partial();

/** The draft's meta in GET /strategy. */
export const zStrategyMeta = z.object({
  title: z.string(),
  summary: z.string(),
  updatedAt: z.string().nullable(),
  latestVersion: z.object({ id: z.string(), number: z.number(), publishedAt: z.string() }).nullable(),
});
