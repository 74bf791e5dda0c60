// The scheduled poll: every minute, one cycle over the feeds that are due. Each feed's own
// interval, jitter and backoff decide what is due, so the cron tick only needs to be frequent.
import type { Poller } from './poller.js';

/** Shaped like the scheduler's Job (src/scheduler.ts), which the core cannot import. */
export interface PollJob {
  name: string;
  schedule: string;
  run: () => Promise<void>;
}

export function createPollJob(poller: Poller, schedule = '* * * * *'): PollJob {
  return {
    name: 'poll-feeds',
    schedule,
    async run() {
      // runCycle never throws for a feed's sake; its own summary is logged by the poller.
      await poller.runCycle();
    },
  };
}
