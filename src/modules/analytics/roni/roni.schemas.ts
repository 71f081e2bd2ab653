import { z } from 'zod';
import { NETWORK_IDS } from '../../strategy/catalogue/networks.js';

/**
 * Zod contracts of the RONI inputs API. Probabilities are 0..1 (0.25 = one chance in four); money is
 * integer minor units of the workspace currency; null clears a figure ("not entered yet").
 */

const id = z.string().min(1).max(64);
const probability = z.number().min(0).max(1).nullable();
const money = z.number().int().min(0).max(1e13).nullable();
const people = z.number().int().min(0).max(1e10).nullable();
const networkId = z.enum(NETWORK_IDS);

/** A field left out keeps its stored value; null clears it. */
export const zAssumptionsPut = z
  .object({
    unansweredLossProbability: probability,
    lateLossProbability: probability,
    valuePerContact: money,
  })
  .partial()
  .strict();

export const zCompetitorCreate = z.object({
  name: z.string().trim().min(1).max(200),
  networkId,
  probability: probability.default(null),
  customersExposed: people.default(null),
  averageValue: money.default(null),
  source: z.string().trim().max(500).default(''),
});

export const zCompetitorPatch = z
  .object({
    name: z.string().trim().min(1).max(200),
    networkId,
    probability,
    customersExposed: people,
    averageValue: money,
    source: z.string().trim().max(500),
  })
  .partial()
  .strict();

export const zGapCreate = z.object({
  audienceId: id,
  networkId,
  peopleExposed: people.default(null),
  probability: probability.default(null),
  valuePerPerson: money.default(null),
  note: z.string().trim().max(2000).default(''),
});

/** The (persona, network) pair is what a gap is: to estimate another pair, add another gap. */
export const zGapPatch = z
  .object({
    peopleExposed: people,
    probability,
    valuePerPerson: money,
    note: z.string().trim().max(2000),
  })
  .partial()
  .strict();
