import type { ResponseTarget } from '../inbox.types.js';

/** The networks a response target can name (X too: the brief's 30-minute case). */
export const TARGET_NETWORKS = ['x', 'bluesky', 'mastodon'] as const;

/** Indexes of rows that repeat an earlier row's network and priority (the server refuses those). */
export function duplicateTargets(targets: ResponseTarget[]): number[] {
  const seen = new Set<string>();
  const dup: number[] = [];
  targets.forEach((t, i) => {
    const key = `${t.network}\u0000${t.priority ?? ''}`;
    if (seen.has(key)) dup.push(i);
    seen.add(key);
  });
  return dup;
}

/** Targets sorted for reading: by network, the catch-all first, then by urgency. */
export function sortTargets(targets: ResponseTarget[]): ResponseTarget[] {
  const rank = (p: string | null) => (p === null ? 0 : ['urgent', 'high', 'normal', 'low'].indexOf(p) + 1);
  return [...targets].sort(
    (a, b) => a.network.localeCompare(b.network) || rank(a.priority) - rank(b.priority),
  );
}
