import { isIP } from 'node:net';
import { outboundUrlProblem } from '../publishing/accounts/outbound-host.js';

/** Whether private receivers are allowed: read per call so tests and self-hosted setups can switch it. */
export function privateNetworksAllowed(): boolean {
  return process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS === '1';
}

function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/**
 * Null when the webhook URL may be called, else the reason. Every workspace admin chooses where the
 * server posts, so this is the SSRF guard of the accounts module, and stricter on the scheme: https
 * always, plain http only to this machine (a local receiver) and only when private networks are allowed.
 */
export async function webhookUrlProblem(url: string): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Enter a full address starting with https://';
  }
  if (parsed.username || parsed.password) return 'The address must not contain a user name or password';
  const allow = privateNetworksAllowed();
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (parsed.protocol === 'http:' && !(allow && isLoopback(host))) {
    return 'The address must start with https://';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return 'The address must start with https://';
  return outboundUrlProblem(url, allow);
}
