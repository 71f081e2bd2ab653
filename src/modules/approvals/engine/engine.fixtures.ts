// Shared fixtures for the engine's unit tests: a small workspace directory and a Paris office calendar.
import type { BusinessCalendar } from '../../../core/business-clock.js';
import { apply } from './reducer.js';
import {
  type ApplyResult,
  type ApprovalEffect,
  type ApprovalState,
  type EngineEnv,
  initialApprovalState,
} from './approval.state.js';
import { type CircuitDefinition, type CircuitStep, defineCircuit, type Directory } from './circuit.types.js';

/** ana writes; bob and cara approve; dan heads communication, eve heads legal. */
export const directory: Directory = {
  members: [
    { userId: 'ana', role: 'editor' },
    { userId: 'bob', role: 'approver' },
    { userId: 'cara', role: 'approver' },
    { userId: 'dan', role: 'admin' },
    { userId: 'eve', role: 'strategist' },
  ],
  departments: [
    { id: 'comms', memberUserIds: ['ana', 'bob', 'dan'], headUserId: 'dan' },
    { id: 'legal', memberUserIds: ['cara', 'eve'], headUserId: 'eve' },
  ],
};

export const parisOffice: BusinessCalendar = {
  kind: 'business',
  timeZone: 'Europe/Paris',
  hours: { weekdays: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })), holidays: [] },
};

export const env: EngineEnv = { directory, calendar: parisOffice };

export function step(partial: Partial<CircuitStep> & Pick<CircuitStep, 'approvers'>): CircuitStep {
  return {
    name: 'Review',
    rule: 'any',
    targetMinutes: 240,
    clock: 'business',
    reminderBeforeMinutes: 60,
    escalateTo: null,
    ...partial,
  };
}

export function circuit(steps: CircuitStep[], extra: Partial<CircuitDefinition> = {}): CircuitDefinition {
  return defineCircuit({ id: 'c1', name: 'Standard', steps, ...extra });
}

/** A post by ana under `c`, optionally scheduled for `publicationAt`. */
export function draft(
  c: CircuitDefinition,
  publicationAt: string | null = null,
  contentType: 'post' | 'reply' = 'post',
) {
  return initialApprovalState({ contentId: 'p1', authorId: 'ana', contentType, circuit: c, publicationAt })
    .state;
}

/** Applies an event and fails loudly when it is refused (tests that expect a refusal call `apply`). */
export function must(
  state: ApprovalState,
  event: Parameters<typeof apply>[1],
  e: EngineEnv = env,
): ApplyResult {
  const r = apply(state, event, e);
  if (r.refused) throw new Error(`refused: ${r.refused.code} ${r.refused.detail}`);
  return r;
}

export const member = (id: string) => ({ kind: 'member' as const, id });

export const MON = '2026-01-12T08:00:00.000Z'; // Monday 09:00 Paris
export const later = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();
export const ofType = <T extends ApprovalEffect['type']>(effects: ApprovalEffect[], type: T) =>
  effects.filter((e): e is Extract<ApprovalEffect, { type: T }> => e.type === type);
/** The ids notified for `reason`, sorted. */
export const notified = (effects: ApprovalEffect[], reason: string) =>
  ofType(effects, 'notify')
    .filter((e) => e.reason === reason)
    .flatMap((e) => e.to.map((t) => t.id))
    .sort();

/** Step 1: any approver by role; step 2: all of the legal department. */
export const twoSteps = circuit([
  step({ name: 'Team', approvers: [{ kind: 'role', id: 'approver' }], rule: 'any' }),
  step({ name: 'Legal', approvers: [{ kind: 'department', id: 'legal' }], rule: 'all' }),
]);
