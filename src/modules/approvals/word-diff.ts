/** One run of a word-level difference: unchanged, added in the newer text, or removed from the older. */
export interface DiffSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Words and the whitespace after each, so joining the tokens gives the text back exactly. */
export function tokenize(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

// Above this many token pairs the table would be too large; fall back to "all removed, all added".
const MAX_CELLS = 4_000_000;

/**
 * The word-level difference from `before` to `after` (longest common subsequence over words, with the
 * common head and tail trimmed first). Adjacent segments of the same kind are merged; concatenating the
 * equal and delete segments gives `before`, the equal and insert segments give `after`.
 */
export function wordDiff(before: string, after: string): DiffSegment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail += 1;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const out: DiffSegment[] = [];
  const push = (op: DiffSegment['op'], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  push('equal', a.slice(0, head).join(''));
  for (const s of middle(midA, midB)) push(s.op, s.text);
  push('equal', a.slice(a.length - tail).join(''));
  return out;
}

function middle(a: string[], b: string[]): DiffSegment[] {
  if (a.length === 0) return b.map((text) => ({ op: 'insert', text }));
  if (b.length === 0) return a.map((text) => ({ op: 'delete', text }));
  if (a.length * b.length > MAX_CELLS)
    return [
      { op: 'delete', text: a.join('') },
      { op: 'insert', text: b.join('') },
    ];
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      lcs[i * w + j] =
        a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
  const out: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: 'equal', text: a[i]! });
      i += 1;
      j += 1;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) {
      out.push({ op: 'delete', text: a[i]! });
      i += 1;
    } else {
      out.push({ op: 'insert', text: b[j]! });
      j += 1;
    }
  }
  for (; i < a.length; i += 1) out.push({ op: 'delete', text: a[i]! });
  for (; j < b.length; j += 1) out.push({ op: 'insert', text: b[j]! });
  return out;
}
