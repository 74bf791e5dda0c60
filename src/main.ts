// Composition root of the long-running bot: config -> logger -> database -> services ->
// platforms -> scheduler, and an orderly shutdown on SIGINT/SIGTERM.
import 'dotenv/config';
import { ConfigError, enabledPlatforms, loadConfig } from './config.js';
import { createLogger } from './infra/logger.js';
import { createApp } from './app.js';
import { createScheduler, type Job } from './scheduler.js';
import { createPollJob } from './core/feeds/poll-job.js';
import { createAlertJobs } from './infra/alerts/alerts-runtime.js';
import { createChatPlatforms } from './platforms/chat-platforms.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config);
  const app = await createApp(config, log);
  const enabled = enabledPlatforms(config);
  log.info(
    { database: config.DATABASE_URL, discord: enabled.discord ? 'on' : 'off (no DISCORD_TOKEN)', slack: enabled.slack ? 'on' : 'off (no SLACK_BOT_TOKEN)' },
    'exodus watch starting',
  );

  const platforms = createChatPlatforms({ config, log, services: app.services, publishers: app.publishers }).all;
  const jobs: Job[] = [];
  jobs.push(createPollJob(app.poller));
  jobs.push(...createAlertJobs(app.alerts));
  for (const platform of platforms) await platform.start();
  const scheduler = createScheduler(log.child({ module: 'scheduler' }));
  scheduler.start(jobs);
  if (platforms.length === 0) log.info('no chat platform configured: try `npm run cli -- help` to run commands locally');
  log.info('exodus watch running; Ctrl-C to stop');

  // Keeps the process alive even when no job or platform holds the event loop.
  const keepAlive = setInterval(() => {}, 1 << 30);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await scheduler.stop();
    await Promise.all(platforms.map((p) => p.stop()));
    await app.close();
    clearInterval(keepAlive);
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`exodus-watch: ${err.message}\n`);
  } else {
    process.stderr.write(`exodus-watch: failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
