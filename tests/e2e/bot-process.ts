// The bot as its own process, for the restart test: composed like src/main.ts (config from the
// environment -> createApp -> createChatPlatforms: the real Discord and Slack platforms, each
// registered as the alert publisher), but instead of waiting for cron ticks it runs the two jobs
// that matter here once per step: a poll of every feed (what `poll --once` does) and the delivery
// job's sweep. Each step can move the bot's clock forward (E2E_CLOCK_STEPS_MS, comma-separated
// offsets), so a restart "61 s later" takes no real minute. One JSON line per step on stdout;
// logs go to stderr.
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/infra/logger.js';
import { createApp } from '../../src/app.js';
import { createChatPlatforms } from '../../src/platforms/chat-platforms.js';

const config = loadConfig(process.env);
const steps = (process.env.E2E_CLOCK_STEPS_MS ?? '0').split(',').map(Number);
let offsetMs = 0;
const clock = { now: () => new Date(Date.now() + offsetMs) };
const log = createLogger(config, pino.destination(2));
const app = await createApp(config, log, { clock });

const platforms = createChatPlatforms({ config, log, services: app.services, publishers: app.publishers }).all;
for (const platform of platforms) await platform.start();
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);

for (const step of steps) {
  offsetMs = step;
  const poll = await app.poller.runCycle({ all: true });
  const sweep = await app.alerts.delivery.sweep();
  process.stdout.write(`${JSON.stringify({ step, newArticles: poll.newArticles, failed: poll.failed, sweep })}\n`);
}

for (const platform of platforms) await platform.stop();
await app.close();
process.exit(0);
