/**
 * Pure rules of contact profiles: which contacts of other networks may be the same person, and the
 * sentiment trend of everything a person wrote. No I/O; the repository feeds them rows.
 */

/** Lower case, accents dropped, spaces collapsed: "  Zoé  Martin " and "zoe martin" compare equal. */
export function normaliseName(name: string | null): string | null {
  if (!name) return null;
  const n = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
  return n.length >= 2 ? n : null;
}

/**
 * The part of a handle a person usually keeps across networks: `@zoe@mastodon.social` → `zoe`,
 * `zoe.bsky.social` → `zoe` (a Bluesky handle is a domain name: its first label). Null when too short
 * to mean anything (one letter matches half the world).
 */
export function handleLocalPart(handle: string): string | null {
  const h = handle.trim().replace(/^@/u, '').toLowerCase();
  const local = h.includes('@') ? h.slice(0, h.indexOf('@')) : h.split('.')[0]!;
  return local.length >= 3 ? local : null;
}

export interface ContactLike {
  id: string;
  network: string;
  handle: string;
  displayName: string | null;
}

export type SuggestionReason = 'same_name' | 'same_handle';

/** Why `other` may be the same person as one of `person`'s contacts; empty when nothing matches. */
export function matchReasons(person: readonly ContactLike[], other: ContactLike): SuggestionReason[] {
  const reasons: SuggestionReason[] = [];
  const name = normaliseName(other.displayName);
  if (name && person.some((c) => normaliseName(c.displayName) === name)) reasons.push('same_name');
  const local = handleLocalPart(other.handle);
  if (local && person.some((c) => handleLocalPart(c.handle) === local)) reasons.push('same_handle');
  return reasons;
}

export interface SentimentPoint {
  /** YYYY-MM in the workspace's time zone. */
  month: string;
  positive: number;
  neutral: number;
  negative: number;
}

/**
 * Messages per month and sentiment, oldest month first, months without messages left out (a person
 * writes rarely; a run of zeros would hide the few points that matter).
 */
export function sentimentTrend(
  items: readonly { occurredAt: string; sentiment: string }[],
  monthOf: (iso: string) => string,
): SentimentPoint[] {
  const byMonth = new Map<string, SentimentPoint>();
  for (const i of items) {
    const month = monthOf(i.occurredAt);
    const p = byMonth.get(month) ?? { month, positive: 0, neutral: 0, negative: 0 };
    if (i.sentiment === 'positive') p.positive += 1;
    else if (i.sentiment === 'negative') p.negative += 1;
    else p.neutral += 1;
    byMonth.set(month, p);
  }
  return [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
}
