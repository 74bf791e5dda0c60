// When to try a delivery again, and when to give up: exponential backoff with jitter for
// transient failures, the platform's own retry-after for rate limits, a lease for rows being sent.
import type { DeliveryFailureKind } from './chat-publisher.js';

export interface DeliveryPolicy {
  /** Delay after the first failed attempt; doubles with each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Attempts (including the first) before a delivery is declared dead. */
  maxAttempts: number;
  /**
   * How long a row stays claimed ("sending") before another sender may take it. A process killed
   * mid-post leaves its row claimed; the retry job resends it once the lease has run out.
   */
  leaseMs: number;
  /** Older undelivered rows are dropped: a day-old "new exit" alert is not news any more. */
  maxAgeMs: number;
  /** Rows handled per run of the retry job. */
  batchSize: number;
}

export const defaultDeliveryPolicy: DeliveryPolicy = {
  baseDelayMs: 5_000,
  maxDelayMs: 30 * 60_000,
  maxAttempts: 8,
  leaseMs: 60_000,
  maxAgeMs: 24 * 60 * 60_000,
  batchSize: 50,
};

/**
 * Milliseconds to wait before attempt `attempts + 1`, after `attempts` failed ones. Jitter spreads
 * retries of many channels (factor 0.8..1.2 of the exponential delay); `random` is injectable.
 */
export function retryDelayMs(
  attempts: number,
  failure: { kind: DeliveryFailureKind; retryAfterMs?: number },
  policy: DeliveryPolicy,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  const jittered = Math.round(exponential * (0.8 + 0.4 * random()));
  if (failure.kind === 'rate_limited' && failure.retryAfterMs !== undefined && failure.retryAfterMs >= 0) {
    // The platform knows when the bucket refills: waiting longer is pointless, shorter is refused.
    return Math.min(policy.maxDelayMs, Math.max(failure.retryAfterMs, 250));
  }
  return jittered;
}
