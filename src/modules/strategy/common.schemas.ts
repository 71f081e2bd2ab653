import { z } from 'zod';
import { NETWORK_IDS } from './catalogue/networks.js';

// Building blocks shared by every step's schemas. Zod names the failing field in the problem
// document, so each piece carries a message a person can act on.

/** An id of our own (UUID v7) or of an imported file: short, printable. */
export const zId = z.string().trim().min(1).max(64);

/** A calendar date, YYYY-MM-DD, that exists (no 31 February). */
export const zDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'This date does not exist');

/** A short required label. */
export const zTitle = z.string().trim().min(1, 'Required').max(200);
/** Free text that may be empty. */
export const zText = (max = 4000) => z.string().trim().max(max);
/** A list of short free-text entries (places, interests, dos…). */
export const zStringList = z
  .array(z.string().trim().min(1, 'Empty entries are not allowed').max(300))
  .max(100);
/** A list of ids; duplicates are dropped by the services. */
export const zIdList = z.array(zId).max(200);
/** A network id of the catalogue. */
export const zNetworkId = z.enum(NETWORK_IDS, { message: 'Unknown network: pick one from the catalogue' });
/** A language tag such as fr or en-GB. */
export const zLanguage = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'Use a language code such as fr or en-GB');

/** `?locale=` of the documents; absent means the caller's or the workspace's language. */
export const zLocaleParam = z.enum(['en', 'fr']);

/** Query-string boolean: only the words true and false. */
export const zQueryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Removes repeated ids, keeping the first occurrence's order. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
