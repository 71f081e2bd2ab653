/**
 * UTM tags added to a tracked link's destination, so the site owner's own analytics attribute the
 * visit: source = network, medium = social, campaign = the action or objective, content = the post.
 */

export interface UtmTags {
  utm_source: string;
  utm_medium: string;
  utm_campaign: string;
  utm_content: string;
  /**
   * The tracked link's own code: the conversion script on the landing page reads it as the link the
   * visitor came through, so a sale is attributed to that exact post (last click), not only to a campaign.
   */
  utm_id?: string;
}

// In the order they are appended.
const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_id'] as const;

/** The campaign tag when a post belongs to no action or objective. */
export const DEFAULT_CAMPAIGN = 'presence';

// Letters NFKD does not decompose into an ASCII base plus accents.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', þ: 'th' };

/**
 * 'Salon de l’Été 2027' → 'salon-de-l-ete-2027': lowercase ASCII, accents stripped, '-' between words,
 * at most 60 characters; DEFAULT_CAMPAIGN when nothing is left (null, blank, only symbols).
 */
export function campaignSlug(title: string | null): string {
  if (!title) return DEFAULT_CAMPAIGN;
  const ascii = title
    .toLowerCase()
    .replace(/[œæßøđłþ]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  const slug = ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || DEFAULT_CAMPAIGN;
}

/** The tags for one variant's links. */
export function utmTags(input: { network: string; campaign: string | null; postId: string }): UtmTags {
  return {
    utm_source: input.network,
    utm_medium: 'social',
    utm_campaign: campaignSlug(input.campaign),
    // The end of the id: ids are time-ordered UUIDv7, so their first characters repeat for posts
    // created within the same minute; the last ones are random.
    utm_content: input.postId.replace(/-/gu, '').slice(-8),
  };
}

/** The query parameter names already in a raw query string (decoded, lowercased). */
function queryKeys(query: string): Set<string> {
  const keys = new Set<string>();
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const raw = pair.split('=')[0]!;
    try {
      keys.add(decodeURIComponent(raw.replace(/\+/g, ' ')).toLowerCase());
    } catch {
      keys.add(raw.toLowerCase());
    }
  }
  return keys;
}

/**
 * `url` with the tags appended to its query. The author's URL is kept byte for byte: a tag the author
 * already set (any case) is never overwritten — they chose it on purpose — and the other parameters
 * and the fragment stay as written (re-serialising through URLSearchParams would re-encode them).
 */
export function addUtmTags(url: string, tags: UtmTags): string {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);
  const present = queryKeys(query);
  const added = UTM_KEYS.filter((key) => tags[key] !== undefined && !present.has(key)).map(
    (key) => `${key}=${encodeURIComponent(tags[key]!)}`,
  );
  if (added.length === 0) return url;
  const joined =
    query === '' || query.endsWith('&') ? query + added.join('&') : `${query}&${added.join('&')}`;
  return `${base}?${joined}${fragment}`;
}
