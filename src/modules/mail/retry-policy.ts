/**
 * When the outbox tries a message again. Pure, so the schedule is unit-tested without a database:
 * 1 min, 2 min, 4 min … capped at 6 h, and at most MAX_MAIL_ATTEMPTS automatic attempts (about 4 h of
 * trying) before the message waits for an admin to retry it by hand. It is never dropped.
 */
export const MAX_MAIL_ATTEMPTS = 8;
export const FIRST_RETRY_DELAY_MS = 60_000;
export const MAX_RETRY_DELAY_MS = 6 * 3600_000;
/**
 * How long a delivery may take before the worker considers it interrupted (the process died between
 * recording the message and hearing back from the SMTP server) and tries again.
 */
export const DELIVERY_LEASE_MS = 5 * 60_000;

/** Delay before the next attempt after `attempts` failed ones (1-based). */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** Math.min(exponent, 30));
}

/** When to try again after `attempts` failed attempts, or null once automatic attempts are used up. */
export function nextAttemptAt(now: Date, attempts: number): Date | null {
  if (attempts >= MAX_MAIL_ATTEMPTS) return null;
  return new Date(now.getTime() + retryDelayMs(attempts));
}
