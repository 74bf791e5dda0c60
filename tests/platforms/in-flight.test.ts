// stop() on either chat adapter waits for interactions being answered, but not forever.
import { describe, expect, it } from 'vitest';
import { createInFlight } from '../../src/platforms/in-flight.js';

describe('in-flight interactions', () => {
  it('drains once the tracked work settles, failures included', async () => {
    const inFlight = createInFlight();
    const done: string[] = [];
    const ok = new Promise<string>((resolve) => setTimeout(() => resolve('ok'), 30)).then((v) => (done.push(v), v));
    const failed = new Promise((_, reject) => setTimeout(() => reject(new Error('boom')), 10)).catch(() => void done.push('failed'));
    expect(inFlight.track(ok)).toBe(ok);
    inFlight.track(failed);
    await inFlight.drain(5_000);
    expect(done.sort()).toEqual(['failed', 'ok']);
  });

  it('stops waiting for stuck work after the timeout', async () => {
    const inFlight = createInFlight();
    inFlight.track(new Promise(() => {}));
    const started = Date.now();
    await inFlight.drain(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('returns at once when the tracked work has already settled', async () => {
    const inFlight = createInFlight();
    await inFlight.track(Promise.resolve());
    const started = Date.now();
    await inFlight.drain(5_000);
    expect(Date.now() - started).toBeLessThan(100);
  });
});
