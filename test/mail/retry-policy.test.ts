import { describe, expect, it } from 'vitest';
import {
  FIRST_RETRY_DELAY_MS,
  MAX_MAIL_ATTEMPTS,
  MAX_RETRY_DELAY_MS,
  nextAttemptAt,
  retryDelayMs,
} from '../../src/modules/mail/retry-policy.js';

describe('mail retry policy', () => {
  it('doubles the delay from one minute, capped', () => {
    expect(retryDelayMs(1)).toBe(FIRST_RETRY_DELAY_MS);
    expect(retryDelayMs(2)).toBe(2 * FIRST_RETRY_DELAY_MS);
    expect(retryDelayMs(5)).toBe(16 * FIRST_RETRY_DELAY_MS);
    expect(retryDelayMs(100)).toBe(MAX_RETRY_DELAY_MS);
  });

  it('stops scheduling once the automatic attempts are used up', () => {
    const now = new Date('2026-01-15T09:00:00.000Z');
    expect(nextAttemptAt(now, 1)?.toISOString()).toBe('2026-01-15T09:01:00.000Z');
    expect(nextAttemptAt(now, MAX_MAIL_ATTEMPTS - 1)).not.toBeNull();
    expect(nextAttemptAt(now, MAX_MAIL_ATTEMPTS)).toBeNull();
  });
});
