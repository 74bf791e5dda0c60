// Assembles the alerts module from its Prisma repositories: the delivery service (the event
// change handler and the retry job), the digest job, the admin service commands use, and the
// registry where platform adapters put their ChatPublisher. Also the two scheduler jobs.
import type { Database } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { Job } from '../../scheduler.js';
import type { Clock } from '../../core/services.js';
import type { EventChangeHandler } from '../../core/pipeline.js';
import { createSubscriptionRepository } from '../db/subscription-repository.js';
import { createDeliveryRepository } from '../db/delivery-repository.js';
import { createAlertEventRepository } from '../db/alert-event-repository.js';
import { createPublisherRegistry, type PublisherRegistry } from '../../core/alerts/publisher-registry.js';
import { createDeliveryService, type DeliveryService } from '../../core/alerts/delivery-service.js';
import { createDigestService, type DigestService } from '../../core/alerts/digest-service.js';
import { createAlertsAdmin, type AlertsAdminRuntime } from '../../core/alerts/alerts-admin.js';
import { defaultDeliveryPolicy, type DeliveryPolicy } from '../../core/alerts/delivery-policy.js';

export interface AlertsRuntime {
  publishers: PublisherRegistry;
  delivery: DeliveryService;
  digests: DigestService;
  admin: AlertsAdminRuntime;
  /** Chain after the event recorder: alerts new events, edits posted ones on new sources. */
  onEventChanges: EventChangeHandler;
  /** Waits for background work (moderation edits) before the database closes. */
  settled(): Promise<void>;
}

export interface AlertsRuntimeOptions {
  db: Database;
  clock: Clock;
  log: Logger;
  /** Zone of a digest configured without one (config TZ_DEFAULT). */
  defaultTimezone: string;
  policy?: Partial<DeliveryPolicy>;
  /** Jitter source for retry delays (tests pin it). */
  random?: () => number;
}

export function createAlertsRuntime({ db, clock, log, defaultTimezone, policy, random }: AlertsRuntimeOptions): AlertsRuntime {
  const subscriptions = createSubscriptionRepository(db);
  const deliveries = createDeliveryRepository(db);
  const events = createAlertEventRepository(db);
  const publishers = createPublisherRegistry();
  const delivery = createDeliveryService({ subscriptions, deliveries, events, publishers, clock, log, policy: { ...defaultDeliveryPolicy, ...policy }, random });
  const digests = createDigestService({ subscriptions, deliveries, delivery, clock, log });
  const admin = createAlertsAdmin({ subscriptions, deliveries, events, delivery, log, defaultTimezone });
  return {
    publishers,
    delivery,
    digests,
    admin,
    async onEventChanges(changes) {
      await delivery.handleChanges(changes);
    },
    settled: () => admin.settled(),
  };
}

/** Every 10 s: resend due rows and reconcile. Every minute: digests whose local time has come. */
export function createAlertJobs(alerts: Pick<AlertsRuntime, 'delivery' | 'digests'>): Job[] {
  return [
    { name: 'alert-deliveries', schedule: '*/10 * * * * *', run: async () => void (await alerts.delivery.sweep()) },
    { name: 'daily-digests', schedule: '* * * * *', run: async () => void (await alerts.digests.runDue()) },
  ];
}
