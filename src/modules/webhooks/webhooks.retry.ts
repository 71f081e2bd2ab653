/**
 * When to try a delivery again (decision 0012): 1 min, 5 min, 30 min, 2 h, 6 h after the failed
 * attempts 1 to 5, then give up. Jitter spreads the retries of many deliveries that failed together
 * (a receiver that was down) so they do not all land on it in the same second when it comes back.
 */
export const RETRY_DELAYS_MS = [60_000, 300_000, 1_800_000, 7_200_000, 21_600_000] as const;

/** Attempts a delivery gets in all: the first and one per retry delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

// A receiver may ask for a longer wait (Retry-After) but not park a delivery for days.
const MAX_RETRY_AFTER_MS = 24 * 3600_000;

/**
 * Delay before the next attempt after attempt `attempts` (1-based) failed, or null when it was the
 * last. `random` in [0, 1) adds up to +20 %; a longer Retry-After wins over the schedule.
 */
export function nextRetryDelay(
  attempts: number,
  retryAfterMs: number | null,
  random: number = Math.random(),
): number | null {
  const base = RETRY_DELAYS_MS[attempts - 1];
  if (base === undefined) return null;
  const jittered = Math.round(base * (1 + 0.2 * random));
  if (retryAfterMs === null) return jittered;
  return Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}
