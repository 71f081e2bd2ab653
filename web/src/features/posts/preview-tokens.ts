/**
 * Splits a post's text into the pieces a network preview highlights: links, hashtags and mentions;
 * everything else (line breaks included) stays plain text.
 */

export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'hashtag'; text: string; tag: string }
  | { kind: 'mention'; text: string; handle: string };

// One pass over the three kinds; the groups say which one matched. A hashtag or mention must start
// the text or follow a character that is not part of a word (so `a@b.c` or `x#1` stay plain).
const PATTERN =
  /(https?:\/\/[^\s<>"]+)|(^|[^\p{L}\p{N}_&/])(#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)|(^|[^\p{L}\p{N}_/])(@[\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?)/gu;

// Sentence punctuation right after a link belongs to the sentence, not the URL.
const TRAILING = /[.,;:!?)\]'"»]+$/;

/** The tokens of `text`; `linkAs` rewrites a link's shown text (tracked short links). */
export function tokenize(text: string, linkAs?: (url: string) => string): Token[] {
  const out: Token[] = [];
  let plain = '';
  let last = 0;
  const flush = () => {
    if (plain) out.push({ kind: 'text', text: plain });
    plain = '';
  };
  for (const m of text.matchAll(PATTERN)) {
    const start = m.index;
    plain += text.slice(last, start);
    if (m[1]) {
      const raw = m[1];
      const url = raw.replace(TRAILING, '');
      flush();
      out.push({ kind: 'link', text: linkAs ? linkAs(url) : url, href: url });
      plain += raw.slice(url.length);
    } else if (m[3]) {
      plain += m[2] ?? '';
      flush();
      out.push({ kind: 'hashtag', text: m[3], tag: m[3].slice(1) });
    } else if (m[5]) {
      plain += m[4] ?? '';
      // A mention ending with a dot ends a sentence.
      const handle = m[5].replace(/[.-]+$/, '');
      flush();
      out.push({ kind: 'mention', text: handle, handle: handle.slice(1) });
      plain += m[5].slice(handle.length);
    }
    last = start + m[0].length;
  }
  plain += text.slice(last);
  flush();
  return out;
}
