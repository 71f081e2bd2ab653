import type { NetworkCapabilities } from './posts.types.js';

/**
 * The instant, local estimate of a text's length shown while the server's count (POST /posts/check)
 * is on its way. It follows the network's declared rules, so it is usually already right.
 */

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

/** User-perceived characters in `text` (a flag or a family emoji is one). */
export function graphemeCount(text: string): number {
  if (!segmenter) return Array.from(text).length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

// A URL as networks detect it: a scheme, then anything up to whitespace.
const URL_RE = /\bhttps?:\/\/[^\s<>"]+/gi;
// `@user@instance.tld`: Mastodon counts only `@user`.
const REMOTE_MENTION_RE = /(^|[^\w@])(@[\w.]+)@[\w.-]+\.\w+/gu;

export interface LengthOptions {
  /** When links are tracked, each URL is published as a short link of this many characters. */
  shortLinkLength: number | null;
}

/** The length of `text` as published on a network with `rules`. */
export function estimateLength(
  text: string,
  rules: NetworkCapabilities['text'],
  options: LengthOptions = { shortLinkLength: null },
): number {
  let extra = 0;
  let rest = text.replace(URL_RE, (url) => {
    const published = options.shortLinkLength ?? url.length;
    // The network's own URL rule applies to the link as published.
    extra += rules.urlLength ?? published;
    return '';
  });
  if (rules.mentionDomainsFree) rest = rest.replace(REMOTE_MENTION_RE, '$1$2');
  const base = rules.unit === 'graphemes' ? graphemeCount(rest) : Array.from(rest).length;
  return base + extra;
}

/** The short link every URL becomes when links are tracked, for previews and length. */
export function placeholderShortLink(origin: string): string {
  return `${origin.replace(/\/$/, '')}/l/xxxxxxxx`;
}
