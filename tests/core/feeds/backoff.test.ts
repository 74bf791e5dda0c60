// Scheduling arithmetic: jittered intervals, exponential backoff with a cap and Retry-After, and
// the per-host politeness gap.
import { describe, expect, it } from 'vitest';
import { jittered, maxBackoffMs, nextFetchAfterFailure, nextFetchAfterSuccess } from '../../../src/core/feeds/backoff.js';
import { createHostGate } from '../../../src/core/feeds/host-gate.js';

const now = new Date('2024-05-18T12:00:00Z');
const mid = () => 0.5;

describe('backoff', () => {
  it('jitters by at most ten percent either way', () => {
    expect(jittered(600_000, () => 0)).toBe(540_000);
    expect(jittered(600_000, mid)).toBe(600_000);
    expect(jittered(600_000, () => 0.999999)).toBeLessThanOrEqual(660_000);
    expect(nextFetchAfterSuccess(now, 10, mid).getTime() - now.getTime()).toBe(600_000);
  });

  it('doubles the wait with each failure in a row, up to 12 hours', () => {
    const delays = [1, 2, 3, 4, 10, 30].map((n) => nextFetchAfterFailure(now, 10, n, mid).getTime() - now.getTime());
    expect(delays.slice(0, 4)).toEqual([20, 40, 80, 160].map((m) => m * 60_000));
    expect(delays[4]).toBe(maxBackoffMs);
    expect(delays[5]).toBe(maxBackoffMs);
  });

  it('waits at least as long as Retry-After asks', () => {
    expect(nextFetchAfterFailure(now, 10, 1, mid, 3 * 3600_000).getTime() - now.getTime()).toBe(3 * 3600_000);
    expect(nextFetchAfterFailure(now, 10, 1, mid, 1000).getTime() - now.getTime()).toBe(20 * 60_000);
  });
});

describe('host gate', () => {
  it('spaces requests to one host by the gap, leaves other hosts alone', async () => {
    let clock = 0;
    const slept: number[] = [];
    const gate = createHostGate(1000, () => clock, async (ms) => {
      slept.push(ms);
      clock += ms;
    });
    await gate.wait('news.google.com');
    await gate.wait('www.bing.com');
    await gate.wait('NEWS.google.com');
    clock += 5000;
    await gate.wait('news.google.com');
    expect(slept).toEqual([1000]);
  });

  it('queues concurrent callers for the same host one gap apart', async () => {
    const start = Date.now();
    const gate = createHostGate(60, () => Date.now(), (ms) => new Promise((r) => setTimeout(r, ms)));
    const times: number[] = [];
    await Promise.all([0, 1, 2].map(async () => {
      await gate.wait('a.example');
      times.push(Date.now() - start);
    }));
    times.sort((a, b) => a - b);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(50);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(50);
  });
});
