/**
 * @mentions in approval comments: find the handle being typed at the caret (for the autocomplete),
 * put the chosen member's handle in its place, and rank members against what was typed.
 */

/** The `@word` the caret stands in: its start (the `@`), end, and the text typed after `@`. */
export interface ActiveMention {
  start: number;
  end: number;
  query: string;
}

// Characters a handle may hold; anything else (space, punctuation) ends it.
const HANDLE_CHAR = /[\p{L}\p{N}._-]/u;

/**
 * The mention being typed at `caret`, or null. An `@` counts only at the start or after a space or an
 * opening bracket, so an e-mail address ("ana@example.com") never opens the list.
 */
export function activeMention(text: string, caret: number): ActiveMention | null {
  const pos = Math.max(0, Math.min(caret, text.length));
  let i = pos;
  while (i > 0 && HANDLE_CHAR.test(text[i - 1]!)) i -= 1;
  if (i === 0 || text[i - 1] !== '@') return null;
  const at = i - 1;
  if (at > 0 && !/[\s([{"']/.test(text[at - 1]!)) return null;
  let end = pos;
  while (end < text.length && HANDLE_CHAR.test(text[end]!)) end += 1;
  return { start: at, end, query: text.slice(i, pos) };
}

/**
 * A member's handle as the server reads it (APPROVALS-API.md): the display name without spaces when it
 * is plain ASCII ("MarcDupont"), otherwise the e-mail's local part ("eloise"), which always matches.
 */
export function mentionHandle(m: { name: string; email: string }): string {
  const compact = m.name.replace(/\s+/g, '');
  if (/^[A-Za-z0-9._-]+$/.test(compact)) return compact;
  return m.email.split('@')[0] || compact || 'member';
}

/** Replaces the mention being typed with `@handle ` and says where the caret goes next. */
export function insertMention(
  text: string,
  mention: ActiveMention,
  handle: string,
): { text: string; caret: number } {
  const before = text.slice(0, mention.start);
  const after = text.slice(mention.end);
  const inserted = `@${handle}${after.startsWith(' ') ? '' : ' '}`;
  return {
    text: before + inserted + after,
    caret: before.length + inserted.length + (after.startsWith(' ') ? 1 : 0),
  };
}

/** Folds case and accents so "eloise" finds "Éloïse". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface Mentionable {
  userId: string;
  name: string;
  email: string;
}

/**
 * Members matching `query`: names starting with it first, then names or e-mails containing it;
 * at most `limit`. An empty query lists the first members by name.
 */
export function matchMembers<T extends Mentionable>(members: T[], query: string, limit = 6): T[] {
  const q = fold(query).replace(/[\s._-]+/g, '');
  const scored: { m: T; score: number }[] = [];
  for (const m of members) {
    const name = fold(m.name);
    const compact = name.replace(/[\s._-]+/g, '');
    const email = fold(m.email);
    let score = -1;
    if (!q) score = 0;
    else if (compact.startsWith(q)) score = 3;
    else if (name.split(/[\s._-]+/).some((w) => w.startsWith(q))) score = 2;
    else if (compact.includes(q) || email.startsWith(q)) score = 1;
    if (score >= 0) scored.push({ m, score });
  }
  scored.sort((a, b) => b.score - a.score || a.m.name.localeCompare(b.m.name));
  return scored.slice(0, limit).map((s) => s.m);
}

/** The segments of a saved comment, with each `@handle` that names a mentioned member marked. */
export type CommentToken = { kind: 'text'; text: string } | { kind: 'mention'; text: string; userId: string };

/** Splits a comment so mentions of `members` can be shown highlighted; unknown handles stay text. */
export function commentTokens(text: string, members: Mentionable[]): CommentToken[] {
  // Both forms the server accepts, so a handle typed by hand is recognised too.
  const byHandle = new Map<string, string>();
  for (const m of members) {
    byHandle.set(fold(m.email.split('@')[0] ?? ''), m.userId);
    byHandle.set(fold(m.name.replace(/\s+/g, '')), m.userId);
  }
  const out: CommentToken[] = [];
  const re = /(^|[\s([{"'])@([\p{L}\p{N}._-]+)/gu;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const handle = m[2]!.replace(/[._-]+$/, '');
    const userId = byHandle.get(fold(handle));
    if (!userId) continue;
    const start = m.index + m[1]!.length;
    if (start > last) out.push({ kind: 'text', text: text.slice(last, start) });
    out.push({ kind: 'mention', text: `@${handle}`, userId });
    last = start + 1 + handle.length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}
