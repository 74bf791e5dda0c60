// Builds the bot's core from its configuration: database (migrated), repositories and services.
// main.ts (the long-running process) and the CLI share it, so both see the same wiring.
import type { Config } from './config.js';
import type { Logger } from './infra/logger.js';
import { openDatabase, type Database } from './infra/db/client.js';
import type { Services } from './core/services.js';
import { systemClock } from './infra/system-clock.js';
import type { ArticleHandler } from './core/pipeline.js';
import type { Poller } from './core/feeds/poller.js';
import { createFeedPipeline } from './infra/feeds/feed-pipeline.js';

export interface App {
  config: Config;
  log: Logger;
  db: Database;
  services: Services;
  /** Feed polling: `runCycle()` for due feeds (scheduler), `runCycle({ all: true })` for `poll --once`. */
  poller: Poller;
  /** Called once per newly stored article: detection, then alerts. */
  handleArticle: ArticleHandler;
  close(): Promise<void>;
}

export async function createApp(config: Config, log: Logger, overrides: Partial<Pick<Services, 'clock'>> = {}): Promise<App> {
  const { db, applied } = await openDatabase(config.DATABASE_URL);
  if (applied.length > 0) log.info({ migrations: applied }, 'database migrated');
  const clock = overrides.clock ?? systemClock;
  // Each new article from the feeds comes here once; detection and alerts chain onto it.
  const handleArticle: ArticleHandler = async (article) => {
    log.debug({ articleId: article.id, origin: article.origin, title: article.title }, 'article stored');
  };
  const feedPipeline = await createFeedPipeline({ config, db, clock, log: log.child({ module: 'feeds' }), onArticle: (article) => handleArticle(article) });
  const services: Services = { clock, feeds: feedPipeline.admin };
  return {
    config,
    log,
    db,
    services,
    poller: feedPipeline.poller,
    handleArticle,
    async close() {
      await feedPipeline.close();
      await db.$disconnect();
    },
  };
}
