// What /alerts, /digest and the moderation buttons may do: read and change a channel's
// subscription (validated here, so every front end gets the same rules) and confirm or reject
// an event, re-rendering its posted alerts everywhere.
import { UserError } from '../commands/errors.js';
import type { NeutralMessage } from '../messages/neutral-message.js';
import { buildAlertMessage } from './alert-message.js';
import { canonicalTimeZone, normaliseClockTime } from './digest-schedule.js';
import type { DeliveryService } from './delivery-service.js';
import type { AlertEventRepository, AlertLog, ChannelRef, DeliveryRecord, DeliveryRepository, SubscriptionRecord, SubscriptionRepository } from './ports.js';

export interface SubscriptionStatus {
  subscription: SubscriptionRecord;
  /** Latest deliveries to the channel, newest first. */
  recent: DeliveryRecord[];
}

export interface AlertSettings {
  enabled: boolean;
  /** 0..1; unchanged when omitted. */
  minConfidence?: number;
}

export interface DigestSettings {
  enabled: boolean;
  /** HH:MM (24-hour), local to `timezone`. */
  time?: string;
  /** IANA zone. */
  timezone?: string;
  whenEmpty?: boolean;
}

export interface ModerationRequest {
  eventId: number;
  verb: 'confirm' | 'reject';
  /** How the platform should name the moderator (a mention on chat, a user name in the CLI). */
  moderatedBy: string;
  /** The channel whose message the platform replaces with the answer; others are edited here. */
  from?: { platform: string; channelId: string };
}

/** The alerts service as commands see it (Services.alerts). */
export interface AlertsAdmin {
  status(channel: ChannelRef): Promise<SubscriptionStatus | null>;
  list(filter?: { platform?: ChannelRef['platform']; workspaceId?: string }): Promise<SubscriptionRecord[]>;
  /** Null when turning off a channel that never subscribed. */
  configureAlerts(channel: ChannelRef, settings: AlertSettings): Promise<SubscriptionRecord | null>;
  configureDigest(channel: ChannelRef, settings: DigestSettings): Promise<SubscriptionRecord | null>;
  /** Sets the event's status and returns its alert as it now reads (buttons removed). */
  moderate(request: ModerationRequest): Promise<NeutralMessage>;
}

export interface AlertsAdminDeps {
  subscriptions: SubscriptionRepository;
  deliveries: DeliveryRepository;
  events: AlertEventRepository;
  delivery: DeliveryService;
  log: AlertLog;
  /** Zone of a new digest when none is given (config TZ_DEFAULT). */
  defaultTimezone: string;
}

export interface AlertsAdminRuntime extends AlertsAdmin {
  /** Resolves when background edits started by moderation have finished (shutdown, tests). */
  settled(): Promise<void>;
}

export function createAlertsAdmin(deps: AlertsAdminDeps): AlertsAdminRuntime {
  const { subscriptions, deliveries, events, delivery, log } = deps;
  const background = new Set<Promise<unknown>>();

  return {
    async status(channel) {
      const subscription = await subscriptions.find(channel);
      return subscription ? { subscription, recent: await deliveries.listRecent(subscription.id, 5) } : null;
    },

    list: (filter) => subscriptions.list(filter),

    async configureAlerts(channel, settings) {
      if (settings.minConfidence !== undefined && !(settings.minConfidence >= 0 && settings.minConfidence <= 1)) {
        throw new UserError('invalid_option', 'min-confidence must be between 0 and 1 (for example 0.7).');
      }
      if (!settings.enabled) {
        return (await subscriptions.find(channel)) ? subscriptions.upsert(channel, { alertsEnabled: false }) : null;
      }
      // Turning alerts on (again) also clears a broken state: the admin says the channel works now.
      const subscription = await subscriptions.upsert(channel, {
        alertsEnabled: true,
        state: 'active',
        lastError: null,
        ...(settings.minConfidence !== undefined ? { minConfidence: settings.minConfidence } : {}),
      });
      await delivery.markRecentSeen(subscription);
      return subscription;
    },

    async configureDigest(channel, settings) {
      const existing = await subscriptions.find(channel);
      if (!settings.enabled) return existing ? subscriptions.upsert(channel, { digestEnabled: false }) : null;
      const time = settings.time === undefined ? undefined : normaliseClockTime(settings.time);
      if (settings.time !== undefined && time === undefined) {
        throw new UserError('invalid_option', `time must be a 24-hour HH:MM such as 09:00 or 18:30, not "${settings.time.slice(0, 20)}".`);
      }
      const timezone = settings.timezone === undefined ? undefined : canonicalTimeZone(settings.timezone);
      if (settings.timezone !== undefined && timezone === undefined) {
        throw new UserError('invalid_option', `timezone must be an IANA zone such as Europe/Paris or America/New_York, not "${settings.timezone.slice(0, 40)}".`);
      }
      return subscriptions.upsert(channel, {
        digestEnabled: true,
        state: 'active',
        lastError: null,
        timezone: timezone ?? existing?.timezone ?? deps.defaultTimezone,
        ...(time !== undefined ? { digestTime: time } : {}),
        ...(settings.whenEmpty !== undefined ? { digestWhenEmpty: settings.whenEmpty } : {}),
      });
    },

    async moderate(request) {
      const status = request.verb === 'confirm' ? 'confirmed' : 'rejected';
      if (!(await events.setStatus(request.eventId, status))) {
        throw new UserError('not_found', `Event #${request.eventId} no longer exists.`);
      }
      const event = await events.get(request.eventId);
      if (!event) throw new UserError('not_found', `Event #${request.eventId} no longer exists.`);
      log.info({ eventId: event.id, status, by: request.moderatedBy }, 'event moderated');
      const edits = delivery
        .refreshEventMessages(event.id, { moderatedBy: request.moderatedBy, except: request.from })
        .catch((err: unknown) => log.error({ err, eventId: event.id }, 'could not update alerts after moderation'));
      background.add(edits);
      void edits.finally(() => background.delete(edits));
      return buildAlertMessage(event, { update: true, moderatedBy: request.moderatedBy });
    },

    async settled() {
      await Promise.all([...background]);
    },
  };
}
