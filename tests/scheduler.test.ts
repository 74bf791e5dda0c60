import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createScheduler } from '../src/scheduler.js';
import { createLogger } from '../src/infra/logger.js';

function capture() {
  const lines: string[] = [];
  const log = createLogger({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json' }, new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }));
  return { log, lines };
}

const waitUntil = async (probe: () => boolean) => {
  for (let i = 0; i < 100 && !probe(); i++) await new Promise((r) => setTimeout(r, 30));
};

describe('scheduler', () => {
  it('logs a failing job and keeps ticking', async () => {
    const { log, lines } = capture();
    const scheduler = createScheduler(log);
    let runs = 0;
    scheduler.start([{ name: 'flaky', schedule: '* * * * * *', run: async () => { runs++; throw new Error('boom'); } }]);
    await waitUntil(() => runs >= 2);
    await scheduler.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(lines.join('')).toContain('"msg":"job failed"');
  }, 10_000);

  it('waits for a running job on stop, but not past the drain deadline', async () => {
    const { log, lines } = capture();
    const scheduler = createScheduler(log, { drainMs: 200 });
    let started = false;
    scheduler.start([{ name: 'stuck', schedule: '* * * * * *', run: () => ((started = true), new Promise<void>(() => {})) }]);
    await waitUntil(() => started);
    const begun = Date.now();
    await scheduler.stop();
    expect(Date.now() - begun).toBeLessThan(1_000);
    expect(lines.join('')).toContain('jobs still running at shutdown');
  }, 10_000);
});
