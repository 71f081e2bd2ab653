import { describe, expect, it } from 'vitest';
import { isPrivateAddress, outboundUrlProblem } from './outbound-host.js';

describe('outbound host check', () => {
  it('recognises private, loopback and link-local addresses', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['1.1.1.1', '172.32.0.1', '2606:4700::1111'])
      expect(isPrivateAddress(ip), ip).toBe(false);
    expect(isPrivateAddress('::ffff:127.0.0.1')).toBe(true);
  });

  it('refuses plain http and private hosts unless allowed', async () => {
    expect(await outboundUrlProblem('http://mastodon.example', false)).toMatch(/https/);
    expect(await outboundUrlProblem('https://127.0.0.1:8443', false)).toMatch(/private/);
    expect(await outboundUrlProblem('https://[::1]/', false)).toMatch(/private/);
    expect(await outboundUrlProblem('http://127.0.0.1:8443', true)).toBeNull();
  });
});
