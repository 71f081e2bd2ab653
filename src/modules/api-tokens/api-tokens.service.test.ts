import { describe, expect, it } from 'vitest';
import { hashToken } from '../../core/secrets.js';
import { API_TOKEN_PREFIX, newApiTokenSecret } from './api-tokens.service.js';

describe('newApiTokenSecret', () => {
  it('makes a prs_ secret with 256 bits of randomness, its SHA-256 and a short display prefix', () => {
    const { secret, hash, prefix } = newApiTokenSecret();
    expect(secret.startsWith(API_TOKEN_PREFIX)).toBe(true);
    expect(secret).toMatch(/^prs_[A-Za-z0-9_-]{43}$/);
    expect(hash).toBe(hashToken(secret));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(prefix).toBe(secret.slice(0, 10));
  });

  it('never repeats itself', () => {
    const secrets = new Set(Array.from({ length: 200 }, () => newApiTokenSecret().secret));
    expect(secrets.size).toBe(200);
  });
});
