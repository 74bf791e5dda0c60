// Fans new staffing events out to subscribed channels, durably. For each event and channel there
// is at most one Delivery row (unique `event:<id>` per subscription), written BEFORE the post and
// marked sent after it, so:
// - a new poll, a repeated change or a second article never alerts a channel twice;
// - a crash after the row is written loses nothing: the retry job sends pending rows, failed rows
//   when their backoff is over, and rows left "sending" by a dead process once their lease ends;
// - a crash after the platform accepted the post but before the row was marked sent resends it
//   once (at-least-once), with the row's idempotency key and a hint that it may already be posted:
//   the platform drops the copy (Discord's nonce) or the adapter finds its message (Slack);
// - a crash after the event was recorded but before its rows were written is caught by
//   reconciliation: the retry job writes the rows every eligible event of the last day lacks.
// Later articles on an event edit the posted messages ("now reported by N outlets"), never repost.
import type { EventChange } from '../pipeline.js';
import type { ChatPlatform } from './chat-publisher.js';
import { DeliveryFailure } from './chat-publisher.js';
import { buildAlertMessage, countOutlets } from './alert-message.js';
import { createDeliverySender, type DeliverySenderDeps, type SendOutcome } from './delivery-sender.js';
import type { AlertEvent, DeliveryRecord, SubscriptionRecord } from './ports.js';

/** The same as the sender's: the service hands all of them on to its sender. */
type DeliveryServiceDeps = DeliverySenderDeps;

/** What one call did, for logs, tests and the latency benchmark. */
export interface DeliveryReport {
  /** Rows written (one per channel an event must reach). */
  queued: number;
  sent: number;
  retrying: number;
  dead: number;
  skipped: number;
  /** Posted messages edited in place. */
  updated: number;
  elapsedMs: number;
}

export interface DeliveryService {
  /** The EventChangeHandler: alerts for new events, edits for new sources. Resolves once posted. */
  handleChanges(changes: readonly EventChange[]): Promise<DeliveryReport>;
  /** The retry job: writes missing rows (reconciliation), then sends every due row. */
  sweep(): Promise<DeliveryReport>;
  /** Sends rows already claimed elsewhere (the digest job shares the sender). */
  sendRows(rows: readonly DeliveryRecord[], report: DeliveryReport): Promise<void>;
  /**
   * Re-renders every posted alert of an event (new outlet count, moderation). `except` skips the
   * channel whose message the platform is replacing itself (the one whose button was pressed).
   */
  refreshEventMessages(eventId: number, options?: { moderatedBy?: string; except?: { platform: string; channelId: string } }): Promise<number>;
  /**
   * Records the last day's events as already seen by a channel (status skipped), so turning
   * alerts on does not flood it with moves detected before; only later ones alert.
   */
  markRecentSeen(subscription: SubscriptionRecord): Promise<void>;
}

export function emptyReport(): DeliveryReport {
  return { queued: 0, sent: 0, retrying: 0, dead: 0, skipped: 0, updated: 0, elapsedMs: 0 };
}

const outcomeField: Record<SendOutcome, 'sent' | 'retrying' | 'dead' | 'skipped'> = { sent: 'sent', retry: 'retrying', dead: 'dead', skipped: 'skipped' };

export function createDeliveryService(deps: DeliveryServiceDeps): DeliveryService {
  const { subscriptions, deliveries, events, publishers, clock, log, policy } = deps;
  const sender = createDeliverySender(deps);

  function eligible(event: Pick<AlertEvent, 'origin' | 'status' | 'confidence' | 'createdAt'>, subscription: SubscriptionRecord, now: Date): boolean {
    return (
      event.origin === 'detected' &&
      event.status !== 'rejected' &&
      event.confidence >= subscription.minConfidence &&
      now.getTime() - event.createdAt.getTime() <= policy.maxAgeMs
    );
  }

  /** Writes the rows an event lacks; returns the new ones (others already exist). */
  async function queueEvent(event: AlertEvent, alerting: readonly SubscriptionRecord[], report: DeliveryReport): Promise<DeliveryRecord[]> {
    const now = clock.now();
    const targets = alerting.filter((s) => eligible(event, s, now));
    const rows: DeliveryRecord[] = [];
    for (const subscription of targets) {
      const row = await deliveries.createIfAbsent({ subscriptionId: subscription.id, kind: 'alert', eventId: event.id, dedupKey: eventKey(event.id), createdAt: now });
      if (row) rows.push(row);
    }
    report.queued += rows.length;
    return rows;
  }

  async function sendRows(rows: readonly DeliveryRecord[], report: DeliveryReport): Promise<void> {
    const available = new Set<ChatPlatform>(publishers.platforms());
    const bySubscription = new Map<number, ChatPlatform>();
    await Promise.all(
      rows.map(async (row) => {
        let platform = bySubscription.get(row.subscriptionId);
        if (!platform) {
          platform = (await subscriptions.findById(row.subscriptionId))?.platform;
          if (platform) bySubscription.set(row.subscriptionId, platform);
        }
        // Without a publisher the row stays pending for a process that has one.
        if (!platform || !available.has(platform)) return;
        const now = clock.now();
        const claimed = await deliveries.claim(row.id, now, new Date(now.getTime() + policy.leaseMs));
        if (!claimed) return;
        report[outcomeField[await sender.send(claimed)]] += 1;
      }),
    );
  }

  async function refreshEventMessages(eventId: number, options: { moderatedBy?: string; except?: { platform: string; channelId: string }; onlyStale?: boolean } = {}): Promise<number> {
    // Most events were never posted anywhere: one indexed read settles that before the event
    // (person, sources, articles) is loaded.
    const postedAlerts = await deliveries.listPostedAlerts(eventId);
    if (postedAlerts.length === 0) return 0;
    const event = await events.get(eventId);
    if (!event) return 0;
    const outlets = countOutlets(event.sources);
    const posted = postedAlerts.filter(
      ({ delivery, channel }) =>
        !(options.onlyStale && delivery.postedSourceCount >= outlets) && !(options.except && options.except.platform === channel.platform && options.except.channelId === channel.channelId),
    );
    if (posted.length === 0) return 0;
    const message = buildAlertMessage(event, { update: true, moderatedBy: options.moderatedBy });
    let updated = 0;
    await Promise.all(
      posted.map(async ({ delivery, channel }) => {
        const publisher = publishers.get(channel.platform);
        if (!publisher || !delivery.platformMessageId) return;
        try {
          await publisher.update(channel.channelId, delivery.platformMessageId, message);
          await deliveries.setPostedSourceCount(delivery.id, outlets);
          updated += 1;
        } catch (err) {
          // An edit is a courtesy: the next change retries it. A vanished channel is recorded.
          if (err instanceof DeliveryFailure && err.permanent) await subscriptions.markBroken(delivery.subscriptionId, `${err.kind}: ${err.message}`.slice(0, 500));
          log.warn({ err, deliveryId: delivery.id, eventId, platform: channel.platform, channelId: channel.channelId }, 'could not update a posted alert');
        }
      }),
    );
    return updated;
  }

  return {
    sendRows,
    refreshEventMessages: (eventId, options) => refreshEventMessages(eventId, options),

    async handleChanges(changes) {
      const started = performance.now();
      const report = emptyReport();
      // One pass per event, whatever the number of changes to it in this batch.
      const created = new Set<number>();
      const touched = new Set<number>();
      for (const change of changes) {
        if (change.kind === 'created' && change.origin === 'feed') created.add(change.eventId);
        else if (change.kind === 'source_added') touched.add(change.eventId);
      }
      // Read once per call: with no channel alerting (the common case between /alerts on), a new
      // event costs this one query and nothing is loaded for it.
      let alerting: SubscriptionRecord[] = [];
      try {
        if (created.size > 0) alerting = await subscriptions.listAlerting();
      } catch (err) {
        // The retry job's reconciliation writes the rows this failure left out.
        log.error({ err, eventIds: [...created] }, 'could not queue alerts for a new event');
      }
      for (const eventId of alerting.length > 0 ? created : []) {
        try {
          const event = await events.get(eventId);
          if (!event || event.origin !== 'detected') continue;
          await sendRows(await queueEvent(event, alerting, report), report);
        } catch (err) {
          // The retry job's reconciliation writes the rows this failure left out.
          log.error({ err, eventId }, 'could not queue alerts for a new event');
        }
      }
      for (const eventId of touched) {
        if (created.has(eventId)) continue;
        try {
          report.updated += await refreshEventMessages(eventId, { onlyStale: true });
        } catch (err) {
          log.error({ err, eventId }, 'could not update alerts for a new source');
        }
      }
      report.elapsedMs = performance.now() - started;
      if (report.queued + report.updated > 0) log.debug({ ...report }, 'event changes delivered');
      return report;
    },

    async sweep() {
      const started = performance.now();
      const report = emptyReport();
      const now = clock.now();
      const [detected, alerting] = await Promise.all([events.listDetectedSince(new Date(now.getTime() - policy.maxAgeMs)), subscriptions.listAlerting()]);
      // Events younger than the grace period may still be on their way through handleChanges.
      const recent = detected.filter((e) => now.getTime() - e.createdAt.getTime() >= reconcileGraceMs);
      if (recent.length > 0 && alerting.length > 0) {
        const existing = await deliveries.existingKeys(
          alerting.map((s) => s.id),
          recent.map((e) => eventKey(e.id)),
        );
        for (const event of recent) {
          for (const subscription of alerting) {
            if (existing.has(`${subscription.id} ${eventKey(event.id)}`)) continue;
            if (!eligible({ ...event, origin: 'detected', status: 'detected' }, subscription, now)) continue;
            const row = await deliveries.createIfAbsent({ subscriptionId: subscription.id, kind: 'alert', eventId: event.id, dedupKey: eventKey(event.id), createdAt: now });
            if (row) {
              report.queued += 1;
              log.warn({ eventId: event.id, subscriptionId: subscription.id }, 'reconciled an alert the event recorder did not hand over');
            }
          }
        }
      }
      const platforms = publishers.platforms();
      if (platforms.length > 0) await sendRows(await deliveries.listDue(now, platforms, policy.batchSize), report);
      report.elapsedMs = performance.now() - started;
      return report;
    },

    async markRecentSeen(subscription) {
      const now = clock.now();
      for (const event of await events.listDetectedSince(new Date(now.getTime() - policy.maxAgeMs))) {
        await deliveries.createIfAbsent({
          subscriptionId: subscription.id,
          kind: 'alert',
          eventId: event.id,
          dedupKey: eventKey(event.id),
          createdAt: now,
          status: 'skipped',
          lastError: 'detected before alerts were turned on for this channel',
        });
      }
    },
  };
}

/** How old an event must be before reconciliation writes its rows (it is normally handed over within milliseconds). */
const reconcileGraceMs = 30_000;

function eventKey(eventId: number): string {
  return `event:${eventId}`;
}
