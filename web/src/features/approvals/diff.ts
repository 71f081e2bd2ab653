/** One piece of a word-level difference as the server sends it (whitespace kept). */
export interface Segment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** What the diff view draws: changed runs, kept text, and an elision where long kept text is folded. */
export type DiffToken =
  { kind: 'equal' | 'insert' | 'delete'; text: string } | { kind: 'elided'; words: number };

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Render tokens for a diff: neighbouring segments of one kind merged, and unchanged text longer than
 * `context` words on each side of a change folded into an elision, so a one-word edit in a long post
 * is found at a glance. `context` = Infinity keeps everything.
 */
export function diffTokens(segments: Segment[], context = 8): DiffToken[] {
  const merged: { kind: Segment['op']; text: string }[] = [];
  for (const s of segments) {
    if (!s.text) continue;
    const last = merged[merged.length - 1];
    if (last && last.kind === s.op) last.text += s.text;
    else merged.push({ kind: s.op, text: s.text });
  }
  if (!Number.isFinite(context)) return merged;
  const out: DiffToken[] = [];
  merged.forEach((tok, i) => {
    if (tok.kind !== 'equal') return void out.push(tok);
    const hasBefore = i > 0;
    const hasAfter = i < merged.length - 1;
    // Words kept: the tail before the next change and the head after the previous one.
    const parts = tok.text.split(/(\s+)/);
    const wordIdx = parts.map((p, k) => (p.trim() ? k : -1)).filter((k) => k >= 0);
    const keepHead = hasBefore ? context : 0;
    const keepTail = hasAfter ? context : 0;
    if (wordIdx.length <= keepHead + keepTail || (!hasBefore && !hasAfter)) return void out.push(tok);
    const headEnd = keepHead > 0 ? wordIdx[keepHead - 1]! + 1 : 0;
    const tailStart = keepTail > 0 ? wordIdx[wordIdx.length - keepTail]! : parts.length;
    const head = parts.slice(0, headEnd).join('');
    const tail = parts.slice(tailStart).join('');
    if (head) out.push({ kind: 'equal', text: head });
    out.push({ kind: 'elided', words: wordIdx.length - keepHead - keepTail });
    if (tail) out.push({ kind: 'equal', text: tail.startsWith(' ') ? tail : ` ${tail}` });
  });
  return out;
}

/** How many words a diff adds and removes, for a one-line summary. */
export function diffStats(segments: Segment[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const s of segments) {
    if (s.op === 'insert') added += words(s.text);
    else if (s.op === 'delete') removed += words(s.text);
  }
  return { added, removed };
}

/** Whether a diff changes anything at all. */
export function hasChanges(segments: Segment[]): boolean {
  return segments.some((s) => s.op !== 'equal' && s.text.trim() !== '');
}
