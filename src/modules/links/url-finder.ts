/**
 * Finds the links in a post's text. Only explicit http(s) URLs count: a bare domain ("example.com",
 * but also "Node.js" or "README.md") is ambiguous, the author may not mean it as a link, and the
 * networks do not all turn one into a link — rewriting it to a short URL would make a clickable link
 * the author never wrote. So bare domains are left exactly as typed.
 */

export interface FoundUrl {
  url: string;
  /** Index of the first character in the text (UTF-16 units, like String.slice). */
  start: number;
  /** Index just after the last character. */
  end: number;
}

// A scheme at a word start, then anything up to white space or a character URLs never contain raw.
const CANDIDATE = /\bhttps?:\/\/[^\s<>"`{}|\\^]+/gi;

// Sentence punctuation that ends a URL typed in prose rather than belonging to it.
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', "'", '"', '»', '…']);
const OPENER: Record<string, string> = { ')': '(', ']': '[' };

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n += 1;
  return n;
}

/** Drops trailing punctuation, keeping a closing bracket that closes one opened inside the URL. */
function trimTrailing(url: string): string {
  let u = url;
  while (u.length > 0) {
    const last = u[u.length - 1]!;
    if (!TRAILING.has(last)) break;
    const opener = OPENER[last];
    // "https://en.wikipedia.org/wiki/Mercury_(planet)" keeps its ")"; "(see https://x.test/a)" loses it.
    if (opener && count(u, opener) >= count(u, last)) break;
    u = u.slice(0, -1);
  }
  return u;
}

/** Whether `s` parses as an absolute http(s) URL with a host. */
function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The http(s) URLs in a text with their positions (trailing punctuation excluded), in order. */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const url = trimTrailing(m[0]);
    if (!isHttpUrl(url)) continue;
    found.push({ url, start: m.index, end: m.index + url.length });
  }
  return found;
}

/** `text` with each found URL replaced by `replacement(url)` (positions from `findUrls`). */
export function replaceUrls(
  text: string,
  urls: readonly FoundUrl[],
  replacement: (url: string) => string,
): string {
  let out = '';
  let at = 0;
  for (const u of urls) {
    out += text.slice(at, u.start) + replacement(u.url);
    at = u.end;
  }
  return out + text.slice(at);
}
