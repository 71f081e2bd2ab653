import crypto from 'node:crypto';

/**
 * The signature scheme (docs/webhooks.md, decision 0012): `t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>">`. Signing the timestamp with the body lets a receiver refuse replays older than its
 * tolerance; the `v1=` label leaves room for a later scheme next to this one during a migration.
 */

/** The `Presence-Signature` header value for `body` sent at `timestamp` (unix seconds). */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, body)}`;
}

function hmacHex(secret: string, timestamp: number, body: string): string {
  return crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/**
 * Checks a `Presence-Signature` header the way a receiver should: the timestamp within `toleranceSec`
 * of `nowSec`, and one `v1` value equal (constant time) to the HMAC of the raw body.
 */
export function verifySignature(
  secret: string,
  header: string,
  body: string,
  nowSec: number,
  toleranceSec = 300,
): boolean {
  const parts = header.split(',').map((p) => p.trim().split('=', 2) as [string, string | undefined]);
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowSec - t) > toleranceSec) return false;
  const expected = Buffer.from(hmacHex(secret, t, body), 'hex');
  return parts
    .filter(([k, v]) => k === 'v1' && v !== undefined && /^[0-9a-f]{64}$/.test(v))
    .some(([, v]) => crypto.timingSafeEqual(Buffer.from(v!, 'hex'), expected));
}

/** A new webhook secret: `whsec_` and 32 random bytes, so it is recognisable in a receiver's config. */
export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString('base64url')}`;
}
