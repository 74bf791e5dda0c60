import { describe, expect, it } from 'vitest';
import { defaultDeliveryPolicy, retryDelayMs } from '../../../src/core/alerts/delivery-policy.js';
import { createPublisherRegistry } from '../../../src/core/alerts/publisher-registry.js';
import { createRecordingPublisher } from '../../fakes/recording-publisher.js';

describe('delivery policy', () => {
  const transient = { kind: 'transient' as const };
  it('doubles the delay per attempt up to the cap, with ±20% jitter', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, transient, defaultDeliveryPolicy, mid))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(20, transient, defaultDeliveryPolicy, mid)).toBe(defaultDeliveryPolicy.maxDelayMs);
    expect(retryDelayMs(1, transient, defaultDeliveryPolicy, () => 0)).toBe(4_000);
    expect(retryDelayMs(1, transient, defaultDeliveryPolicy, () => 1)).toBe(6_000);
  });

  it("waits out a rate limit for the platform's retry-after", () => {
    expect(retryDelayMs(1, { kind: 'rate_limited', retryAfterMs: 12_345 }, defaultDeliveryPolicy)).toBe(12_345);
    expect(retryDelayMs(1, { kind: 'rate_limited', retryAfterMs: 0 }, defaultDeliveryPolicy)).toBe(250);
    expect(retryDelayMs(1, { kind: 'rate_limited', retryAfterMs: 10 * 3600_000 }, defaultDeliveryPolicy)).toBe(defaultDeliveryPolicy.maxDelayMs);
  });
});

describe('publisher registry', () => {
  it('holds one publisher per platform and unregisters only its own', () => {
    const registry = createPublisherRegistry();
    const first = createRecordingPublisher('slack');
    const second = createRecordingPublisher('slack');
    const removeFirst = registry.register(first);
    registry.register(second);
    removeFirst();
    expect(registry.get('slack')).toBe(second);
    expect(registry.platforms()).toEqual(['slack']);
    expect(registry.get('discord')).toBeUndefined();
  });
});
