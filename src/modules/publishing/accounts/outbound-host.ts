import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

// A person types the server URL (Mastodon instance, Bluesky PDS) and the API then calls it: without
// this check any member who may manage accounts could make the server probe the private network.

function privateV4(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224
  );
}

/** True for loopback, private, link-local, unique-local and reserved addresses. */
export function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) return privateV4(ip);
  const v6 = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
  if (mapped?.[1]) return privateV4(mapped[1]);
  return v6 === '::' || v6 === '::1' || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('fe80');
}

/**
 * Null when `url` may be called; otherwise the reason (English, shown beside the field). Private hosts
 * are allowed only when `allowPrivate` (tests against local emulators, self-hosted setups).
 */
export async function outboundUrlProblem(url: string, allowPrivate: boolean): Promise<string | null> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && !(allowPrivate && parsed.protocol === 'http:')) {
    return 'The server address must start with https://';
  }
  if (allowPrivate) return null;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return 'This server address does not resolve';
  }
  return addresses.some(isPrivateAddress) ? 'This server address is on a private network' : null;
}
