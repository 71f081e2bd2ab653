import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { ActionsRepository } from '../actions/actions.repository.js';
import { AudiencesRepository } from '../audiences/audiences.repository.js';
import { EditorialLineRepository } from '../editorial-line/editorial-line.repository.js';
import { ExistingActionsRepository } from '../existing-actions/existing-actions.repository.js';
import { IndicatorsRepository } from '../indicators/indicators.repository.js';
import { NetworkChoicesRepository } from '../network-choices/network-choices.repository.js';
import { ObjectivesRepository } from '../objectives/objectives.repository.js';
import { ObstaclesRepository } from '../obstacles/obstacles.repository.js';
import { SnapshotRepository } from '../snapshot.repository.js';
import type { StrategySnapshot } from '../strategy.model.js';
import { StrategyRepository } from '../strategy.repository.js';
import { ValueAddedRepository } from '../value-added/value-added.repository.js';

/**
 * Replaces a workspace's whole draft with a snapshot whose ids are already fresh and whose
 * references are already checked (see snapshot-file.ts). Call it inside a transaction: a failure half
 * way must leave the old draft untouched.
 */
export async function replaceDraft(
  trx: Kysely<DB>,
  workspaceId: string,
  s: StrategySnapshot,
  now: string,
): Promise<void> {
  await new SnapshotRepository(trx).clear(workspaceId);
  await new StrategyRepository(trx).setOverview(workspaceId, { title: s.title, summary: s.summary }, now);
  // Parents before children, in the order the foreign keys need.
  const objectives = new ObjectivesRepository(trx);
  for (const [i, o] of s.objectives.entries()) await objectives.insert(workspaceId, o, i, now);
  const audiences = new AudiencesRepository(trx);
  for (const [i, a] of s.audiences.entries()) await audiences.insert(workspaceId, a, i, now);
  const existing = new ExistingActionsRepository(trx);
  for (const [i, e] of s.existingActions.entries()) await existing.insert(workspaceId, e, i, now);
  const valueAdded = new ValueAddedRepository(trx);
  for (const [i, v] of s.valueAdded.entries()) await valueAdded.insert(workspaceId, v, i, now);
  const choices = new NetworkChoicesRepository(trx);
  for (const [i, c] of s.networkChoices.entries()) await choices.insert(workspaceId, c, i, now);
  await new EditorialLineRepository(trx).put(workspaceId, s.editorialLine, now);
  const indicators = new IndicatorsRepository(trx);
  for (const [i, ind] of s.indicators.entries()) await indicators.insert(workspaceId, ind, i, now);
  const actions = new ActionsRepository(trx);
  for (const [i, a] of s.actions.entries()) await actions.insert(workspaceId, a, i, now);
  const obstacles = new ObstaclesRepository(trx);
  for (const [i, o] of s.obstacles.entries()) await obstacles.insert(workspaceId, o, i, now);
}

/** How many items of each step a snapshot holds, for import answers and audit entries. */
export function snapshotCounts(s: StrategySnapshot): Record<string, number> {
  return {
    objectives: s.objectives.length,
    audiences: s.audiences.length,
    existingActions: s.existingActions.length,
    valueAdded: s.valueAdded.length,
    networkChoices: s.networkChoices.length,
    pillars: s.editorialLine.pillars.length,
    indicators: s.indicators.length,
    actions: s.actions.length,
    obstacles: s.obstacles.length,
  };
}
