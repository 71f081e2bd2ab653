import crypto from 'node:crypto';

// Bluesky post record keys must be TIDs: 13 characters of base32-sortable encoding a 64-bit integer
// whose top bit is 0, then 53 bits of microseconds since the Unix epoch and 10 bits of clock id.
// Deriving the key from the idempotency key makes a retried create hit the same record, so the PDS
// refuses a duplicate instead of storing a second post, and an unknown outcome is settled by reading
// that one key. The timestamp bits come from the hash too (in a fixed ~100-day window of 2024): the
// key must not depend on when the attempt runs. Record keys only order a repository's listing; feeds
// and notifications order by `createdAt`/indexing time, so the synthetic time shows nowhere.

const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
const WINDOW_START_US = BigInt(Date.UTC(2024, 0, 1)) * 1000n;
const WINDOW_BITS = 43n;
const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

/** Encodes a non-negative integer below 2^63 as a 13-character TID. */
export function encodeTid(value: bigint): string {
  if (value < 0n || value >= 1n << 63n) throw new RangeError('A TID holds 63 bits');
  let out = '';
  let v = value;
  for (let i = 0; i < 13; i++) {
    out = ALPHABET[Number(v & 31n)]! + out;
    v >>= 5n;
  }
  return out;
}

/** True when `rkey` is a syntactically valid TID. */
export function isTid(rkey: string): boolean {
  return TID_PATTERN.test(rkey);
}

/**
 * The record key of one slot of a publish: `part:0`, `part:1`… for a thread's parts, `first-comment`,
 * `reply`. Same idempotency key and slot → same record key, on every machine, forever.
 */
export function recordKeyFor(idempotencyKey: string, slot: string): string {
  const digest = crypto
    .createHash('sha256')
    .update(`presence/bluesky/rkey/v1\0${idempotencyKey}\0${slot}`)
    .digest();
  const timeBits = digest.readBigUInt64BE(0) & ((1n << WINDOW_BITS) - 1n);
  const clockId = BigInt(digest.readUInt16BE(8) & 0x3ff);
  return encodeTid(((WINDOW_START_US + timeBits) << 10n) | clockId);
}
