/** Origins a site key accepts reports from: normalised, compared exactly (scheme, host and port). */

/** `https://Shop.example/path` → `https://shop.example`; null for anything that is not an http(s) origin. */
export function normaliseOrigin(text: string): string | null {
  try {
    const u = new URL(text.trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    if (u.username || u.password) return null;
    return u.origin;
  } catch {
    return null;
  }
}

/** Whether a request's Origin (or the origin of its Referer) is one of the site's. */
export function originAllowed(requestOrigin: string, allowed: readonly string[]): boolean {
  const origin = normaliseOrigin(requestOrigin);
  return origin !== null && allowed.includes(origin);
}
