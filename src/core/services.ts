// The services commands and jobs call, as one object handed to every CommandContext.
// Each field is an interface owned by its domain module; infra implements them and
// src/app.ts wires them.
import type { FeedAdmin } from './feeds/feed-admin.js';
import type { AlertsAdmin } from './alerts/alerts-admin.js';
import type { SagaService } from './saga/saga-service.js';

/** The current time, injected so schedules and "since" spans can be tested. */
export interface Clock {
  now(): Date;
}

export interface Services {
  clock: Clock;
  /** The feed list: add, remove, list, health, OPML (core/feeds/feed-admin.ts). */
  feeds: FeedAdmin;
  /** Channel subscriptions (alerts, digest) and event moderation (core/alerts/alerts-admin.ts). */
  alerts: AlertsAdmin;
  /** The saga's read side: overview, moves, people, timeline, sources, stats (core/saga/saga-service.ts). */
  saga: SagaService;
}
