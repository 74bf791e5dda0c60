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
import { createAlertsRuntime, type AlertsRuntime } from './infra/alerts/alerts-runtime.js';
import type { PublisherRegistry } from './core/alerts/publisher-registry.js';
import type { EventChangeHandler } from './core/pipeline.js';
import { createSagaService } from './core/saga/saga-service.js';
import { seedSagaHistory } from './core/saga/seed-saga.js';
import { roster } from './core/detection/roster.js';
import { createSagaRepository } from './infra/db/saga-repository.js';
import { createSeedRepository } from './infra/db/seed-repository.js';
import { createEventRecorder } from './core/events/event-recorder.js';
import { createEventRepository } from './infra/db/event-repository.js';
import { createPersonRepository } from './infra/db/person-repository.js';
import { createResvgTimelineRenderer } from './infra/charts/resvg-timeline-renderer.js';

export interface App {
  config: Config;
  log: Logger;
  db: Database;
  services: Services;
  /** Feed polling: `runCycle()` for due feeds (scheduler), `runCycle({ all: true })` for `poll --once`. */
  poller: Poller;
  /** Called once per newly stored article: detection, then alerts. */
  handleArticle: ArticleHandler;
  /** Alerts and digests: delivery service, digest job, admin (main.ts schedules their jobs). */
  alerts: AlertsRuntime;
  /** Where the Discord and Slack adapters register their ChatPublisher: `app.publishers.register(p)`. */
  publishers: PublisherRegistry;
  /** Hands the event recorder's changes to alerts (new event -> alerts, new source -> edits). */
  onEventChanges: EventChangeHandler;
  close(): Promise<void>;
}

export async function createApp(config: Config, log: Logger, overrides: Partial<Pick<Services, 'clock'>> = {}): Promise<App> {
  const { db, applied, created } = await openDatabase(config.DATABASE_URL);
  if (applied.length > 0) log.info({ migrations: applied }, 'database migrated');
  const clock = overrides.clock ?? systemClock;
  if (config.SEED_ON_START) {
    // Seed events are origin "seed": recorded as history, never handed to alerts.
    const seeded = await seedSagaHistory(createSeedRepository(db), roster);
    if (seeded.seeded) log.info({ articles: seeded.articles, people: seeded.people, events: seeded.events }, 'seed history loaded');
  }
  const saga = createSagaService({ repository: createSagaRepository(db), renderer: createResvgTimelineRenderer() });
  const alerts = createAlertsRuntime({ db, clock, log: log.child({ module: 'alerts' }), defaultTimezone: config.TZ_DEFAULT });
  // Each new article from the feeds comes here once; detection and alerts chain onto it.
  const recorder = createEventRecorder({ events: createEventRepository(db), people: createPersonRepository(db), roster, log: log.child({ module: 'events' }) });
  const handleArticle: ArticleHandler = async (article) => {
    const changes = await recorder.record(article);
    if (changes.length > 0) await alerts.onEventChanges(changes);
  };
  const feedPipeline = await createFeedPipeline({ config, db, clock, loadDefaultFeeds: created, log: log.child({ module: 'feeds' }), onArticle: (article) => handleArticle(article) });
  const services: Services = { clock, feeds: feedPipeline.admin, alerts: alerts.admin, saga };
  return {
    config,
    log,
    db,
    services,
    poller: feedPipeline.poller,
    handleArticle,
    alerts,
    publishers: alerts.publishers,
    onEventChanges: alerts.onEventChanges,
    async close() {
      await feedPipeline.close();
      await alerts.settled();
      await db.$disconnect();
    },
  };
}
