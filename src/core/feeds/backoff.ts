// When a feed is fetched next: its interval after a success (jittered so feeds added together do
// not stay in lock-step), an exponentially growing delay after consecutive failures (capped),
// and never sooner than a server's Retry-After.

/** Longest wait after repeated failures. */
export const maxBackoffMs = 12 * 3600_000;
/** Fraction of the delay added or removed at random. */
const jitterFraction = 0.1;

export type Random = () => number;

/** `delayMs` moved by up to ±10 %, from a random number in [0, 1). */
export function jittered(delayMs: number, random: Random): number {
  return Math.round(delayMs * (1 + jitterFraction * (2 * random() - 1)));
}

export function nextFetchAfterSuccess(now: Date, intervalMinutes: number, random: Random): Date {
  return new Date(now.getTime() + jittered(intervalMinutes * 60_000, random));
}

/**
 * After the `failureCount`-th failure in a row: interval × 2^failureCount (20, 40, 80 min ... for a
 * 10-minute feed), capped at 12 h, jittered, and at least the server's Retry-After.
 */
export function nextFetchAfterFailure(now: Date, intervalMinutes: number, failureCount: number, random: Random, retryAfterMs: number | null = null): Date {
  const exponent = Math.min(Math.max(failureCount, 1), 16);
  const delay = Math.min(intervalMinutes * 60_000 * 2 ** exponent, maxBackoffMs);
  return new Date(now.getTime() + Math.max(jittered(delay, random), retryAfterMs ?? 0));
}
