// Assembles the feed side of the bot from its configuration: address guard, HTTP fetcher, parser,
// repositories, the default feed list (loaded into a brand-new database), the poller and the admin
// service. src/app.ts calls it once and owns the result.
import type { Config } from '../../config.js';
import type { Database } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../../core/services.js';
import type { ArticleHandler } from '../../core/pipeline.js';
import { createPoller, type Poller } from '../../core/feeds/poller.js';
import { createFeedAdmin, type FeedAdmin } from '../../core/feeds/feed-admin.js';
import { seedDefaultFeeds } from '../../core/feeds/default-feeds.js';
import { readFile } from 'node:fs/promises';
import { createFeedRepository } from '../db/feed-repository.js';
import { createArticleRepository } from '../db/article-repository.js';
import { createAddressGuard } from './address-policy.js';
import { createHttpFeedFetcher } from './http-feed-fetcher.js';
import { createWorkerFeedReader } from './worker-feed-reader.js';
import { buildUserAgent } from './user-agent.js';
import { readFeedsFile } from './feeds-file.js';

export interface FeedPipeline {
  poller: Poller;
  admin: FeedAdmin;
  close(): Promise<void>;
}

export interface FeedPipelineDeps {
  config: Config;
  db: Database;
  log: Logger;
  clock: Clock;
  onArticle: ArticleHandler;
  /** Load FEEDS_FILE: only into a brand-new database, so an admin's removals survive restarts. */
  loadDefaultFeeds?: boolean;
}

export async function createFeedPipeline({ config, db, log, clock, onArticle, loadDefaultFeeds }: FeedPipelineDeps): Promise<FeedPipeline> {
  const feeds = createFeedRepository(db);
  const guard = createAddressGuard({ allowPrivate: config.ALLOW_PRIVATE_FEED_URLS });
  const fetcher = createHttpFeedFetcher({
    userAgent: buildUserAgent(config.USER_AGENT_CONTACT),
    timeoutMs: config.FETCH_TIMEOUT_MS,
    connectTimeoutMs: config.FETCH_CONNECT_TIMEOUT_MS,
    maxBytes: config.FETCH_MAX_BYTES,
    maxRedirects: config.FETCH_MAX_REDIRECTS,
    guard,
  });

  if (loadDefaultFeeds) {
    const defaults = await readFeedsFile(config.FEEDS_FILE);
    if (defaults === null) {
      log.warn({ file: config.FEEDS_FILE }, 'default feed list not found; add feeds with /feeds add');
    } else {
      const added = await seedDefaultFeeds(feeds, defaults);
      if (added > 0) log.info({ file: config.FEEDS_FILE, feeds: added }, 'default feeds loaded');
    }
  }

  const reader = createWorkerFeedReader();
  const poller = createPoller({
    feeds,
    articles: createArticleRepository(db),
    fetcher,
    reader,
    onArticle,
    clock,
    log,
    settings: {
      defaultIntervalMinutes: config.POLL_INTERVAL_MINUTES,
      concurrency: config.POLL_CONCURRENCY,
      hostGapMs: config.POLL_HOST_GAP_MS,
    },
  });
  const admin = createFeedAdmin({
    feeds,
    guard,
    fetcher,
    readLocalFile: (path) => readFile(path, 'utf8'),
    defaultIntervalMinutes: config.POLL_INTERVAL_MINUTES,
    now: () => clock.now(),
  });
  return {
    poller,
    admin,
    async close() {
      await Promise.all([fetcher.close(), reader.close()]);
    },
  };
}
