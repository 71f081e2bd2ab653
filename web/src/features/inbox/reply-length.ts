import { graphemeCount } from '../posts/text-length.js';

// What each network accepts in a reply. Bluesky counts graphemes; Mastodon counts characters, each
// link as 23 and a remote mention without its domain.
const LIMITS: Record<string, { max: number; unit: 'graphemes' | 'characters' }> = {
  bluesky: { max: 300, unit: 'graphemes' },
  mastodon: { max: 500, unit: 'characters' },
};

const URL_RE = /\bhttps?:\/\/[^\s<>"]+/gi;
const REMOTE_MENTION_RE = /(^|[^\w@])(@[\w.]+)@[\w.-]+\.\w+/gu;

export interface ReplyLength {
  count: number;
  /** Null for a network whose limit the web does not know: the server still checks. */
  max: number | null;
  over: boolean;
}

/** The length of a reply as `network` counts it, against its limit. */
export function replyLength(text: string, network: string): ReplyLength {
  const limit = LIMITS[network];
  if (!limit) return { count: Array.from(text).length, max: null, over: false };
  let count: number;
  if (limit.unit === 'graphemes') count = graphemeCount(text);
  else {
    let links = 0;
    const rest = text
      .replace(URL_RE, () => {
        links += 1;
        return '';
      })
      .replace(REMOTE_MENTION_RE, '$1$2');
    count = Array.from(rest).length + links * 23;
  }
  return { count, max: limit.max, over: count > limit.max };
}
