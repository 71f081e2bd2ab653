import { z } from 'zod';
import { OBJECTIVE_TYPES, SEGMENTS } from '../strategy.model.js';
import raw from './networks.json' with { type: 'json' };

/**
 * The network catalogue: public audience facts (each with its publisher, year and "as of" date), what
 * each network fits, its formats, text limit and the reply time its users expect. The data lives in
 * networks.json so it can be reviewed and updated without touching code; it is validated at load so a
 * bad edit fails at start-up rather than showing a wrong figure.
 */

export const NETWORK_IDS = [
  'linkedin',
  'instagram',
  'facebook',
  'x',
  'tiktok',
  'youtube',
  'pinterest',
  'threads',
  'bluesky',
  'mastodon',
  'telegram',
  'discord',
] as const;
export type NetworkId = (typeof NETWORK_IDS)[number];

/** Age bands used by the fit weights (they follow the bands public surveys report). */
export const AGE_BANDS = ['13-17', '18-29', '30-49', '50-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** Inclusive bounds of each band; the last one is open-ended, capped at 90 for overlap maths. */
export const AGE_BAND_BOUNDS: Record<AgeBand, readonly [number, number]> = {
  '13-17': [13, 17],
  '18-29': [18, 29],
  '30-49': [30, 49],
  '50-64': [50, 64],
  '65+': [65, 90],
};

export const SCALE_TIERS = ['very_large', 'large', 'medium', 'small'] as const;
export type ScaleTier = (typeof SCALE_TIERS)[number];

export const FORMATS = [
  'text',
  'image',
  'carousel',
  'video',
  'short_video',
  'story',
  'live',
  'document',
  'article',
  'poll',
  'link',
  'event',
  'pin',
  'message',
  'voice',
  'community_post',
] as const;
export type NetworkFormat = (typeof FORMATS)[number];

const localized = z.object({ en: z.string().min(1), fr: z.string().min(1) });
const source = z.object({ publisher: z.string().min(1), title: z.string().min(1), year: z.number().int() });
const monthDate = z.string().regex(/^\d{4}-\d{2}$/);
const weight = z.number().min(0).max(1);

const factSchema = z.object({
  key: z.enum([
    'members',
    'monthly_active_users',
    'daily_active_users',
    'registered_users',
    'regional_users',
    'us_adult_usage',
    'us_teen_usage',
    'audience_profile',
    'age_minimum',
  ]),
  value: z.number().optional(),
  unit: z.enum(['users', 'members', 'percent', 'years']).optional(),
  text: localized,
  source,
  asOf: monthDate,
});

const networkSchema = z.object({
  id: z.enum(NETWORK_IDS),
  name: z.string().min(1),
  owner: z.string().min(1),
  audienceFacts: z.array(factSchema).min(1),
  scale: z.object({ tier: z.enum(SCALE_TIERS), basisFact: factSchema.shape.key }),
  fit: z.object({
    objectives: z.record(z.enum(OBJECTIVE_TYPES), weight),
    segments: z.record(z.enum(SEGMENTS), weight),
    ageBands: z.record(z.enum(AGE_BANDS), weight),
  }),
  formats: z.array(z.enum(FORMATS)).min(1),
  textLimit: z.object({
    max: z.number().int().positive(),
    countedAs: z.enum(['characters', 'graphemes', 'utf16_code_units', 'weighted_characters']),
    note: localized,
  }),
  replyExpectation: z.object({
    minutes: z.number().int().positive(),
    /** `cited`: a study measured this network; `default`: the general social-media figure is applied. */
    basis: z.enum(['cited', 'default']),
    source,
    note: localized,
  }),
  /** Posts carry a language tag readers can filter on. */
  postLanguageTags: z.boolean(),
  /** ISO 3166 country codes where the network is blocked, each with its source. */
  unavailableIn: z.array(z.object({ country: z.string().regex(/^[A-Z]{2}$/), source, asOf: monthDate })),
});

const catalogueSchema = z.object({
  schemaVersion: z.literal(1),
  fitBasis: localized,
  networks: z.array(networkSchema),
});

export type SourceRef = z.infer<typeof source>;
export type AudienceFact = z.infer<typeof factSchema>;
export type NetworkProfile = z.infer<typeof networkSchema>;
export type Localized = z.infer<typeof localized>;

const catalogue = catalogueSchema.parse(raw);
const ids = catalogue.networks.map((n) => n.id);
if (ids.length !== NETWORK_IDS.length || NETWORK_IDS.some((id) => !ids.includes(id))) {
  throw new Error('networks.json must describe every network id exactly once');
}

/** Every network of the catalogue, in the catalogue's order. */
export const NETWORKS: readonly NetworkProfile[] = catalogue.networks;

/** How the fit weights were set (editorial judgement, not published figures), in both languages. */
export const FIT_BASIS: Localized = catalogue.fitBasis;

/** The network with this id, or undefined for an id the catalogue does not know. */
export function findNetwork(id: string): NetworkProfile | undefined {
  return NETWORKS.find((n) => n.id === id);
}

/** True when `id` is a network id of the catalogue. */
export function isNetworkId(id: string): id is NetworkId {
  return (NETWORK_IDS as readonly string[]).includes(id);
}

/** The display name of a network id; unknown ids are shown as they are. */
export function networkName(id: string): string {
  return findNetwork(id)?.name ?? id;
}

/** A source written out for people: "Pew Research Center, Americans' Social Media Use (2024)". */
export function formatSource(s: SourceRef): string {
  return `${s.publisher}, ${s.title} (${s.year})`;
}
