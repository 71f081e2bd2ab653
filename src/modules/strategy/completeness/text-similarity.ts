import { NETWORKS } from '../catalogue/networks.js';

// Network names are removed before comparing: "On LinkedIn we…" and "On Instagram we…" with the
// rest unchanged is exactly the copy-paste the method warns about.
const NETWORK_WORDS = new Set(NETWORKS.flatMap((n) => [n.id, ...normaliseText(n.name).split(' ')]));

/**
 * Text reduced to what carries meaning for a copy-paste check: no accents, no case, no punctuation,
 * single spaces, and no network names.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `normaliseText` without the catalogue's network names. */
export function comparableText(text: string): string {
  const words = normaliseText(text)
    .split(' ')
    .filter((w) => w && !NETWORK_WORDS.has(w));
  return words.join(' ');
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i += 1) {
    const g = s.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/**
 * Sørensen–Dice coefficient on character bigrams (0 = nothing shared, 1 = same text). Bigrams make
 * it tolerant of a changed word or a typo while staying low for texts written separately.
 */
export function diceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/**
 * At or above this, two statements count as the same text. Measured on our fixtures (see the tests):
 * one word swapped or added in a 12–14-word statement scores 0.89–0.96; statements written
 * separately, even about the same objective and audience, score 0.29–0.52. 0.85 keeps a margin on
 * both sides; shorter statements move further per changed word, so a one-word change in a 5-word
 * statement is (rightly) not a copy.
 */
export const NEAR_IDENTICAL_THRESHOLD = 0.85;

/** Whether two texts are the same once normalised, or near enough to be a pasted copy. */
export function isNearDuplicate(a: string, b: string): boolean {
  const ca = comparableText(a);
  const cb = comparableText(b);
  if (!ca || !cb) return false;
  return ca === cb || diceSimilarity(ca, cb) >= NEAR_IDENTICAL_THRESHOLD;
}
