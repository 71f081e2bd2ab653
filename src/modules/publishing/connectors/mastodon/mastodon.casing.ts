// The Mastodon API speaks snake_case JSON; masto's entity types (which we read it as) are camelCase,
// as masto's own client converts them. This is that conversion, for every key of every nested object.

/** `in_reply_to_id` → `inReplyToId`. */
export function camelKey(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** A deep copy of `value` with every object key camelCased. */
export function camelizeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelizeKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [camelKey(k), camelizeKeys(v)]));
  }
  return value;
}
