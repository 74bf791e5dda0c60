// Sends one claimed delivery row: checks it is still wanted, builds its message from the current
// state of the event (or the digest window), posts it through the platform's publisher and records
// the outcome. Failures never escape: transient ones are rescheduled with backoff, permanent ones
// (channel gone, permission missing) kill the row and mark the subscription broken.
import type { NeutralMessage } from '../messages/neutral-message.js';
import { DeliveryFailure, type PostOptions } from './chat-publisher.js';
import { buildAlertMessage, countOutlets } from './alert-message.js';
import { buildDigestMessage } from './digest-message.js';
import { retryDelayMs, type DeliveryPolicy } from './delivery-policy.js';
import type { PublisherRegistry } from './publisher-registry.js';
import type { AlertClock, AlertEventRepository, AlertLog, DeliveryRecord, DeliveryRepository, SubscriptionRecord, SubscriptionRepository } from './ports.js';

export type SendOutcome = 'sent' | 'retry' | 'dead' | 'skipped';

export interface DeliverySenderDeps {
  subscriptions: SubscriptionRepository;
  deliveries: DeliveryRepository;
  events: AlertEventRepository;
  publishers: PublisherRegistry;
  clock: AlertClock;
  log: AlertLog;
  policy: DeliveryPolicy;
  random?: () => number;
}

export interface DeliverySender {
  /** Sends a row already claimed (status sending, attempts counted) and records what happened. */
  send(row: DeliveryRecord): Promise<SendOutcome>;
}

type Composed = { message: NeutralMessage; outlets: number } | { skip: string } | { dead: string };

const digestWindowMs = 24 * 60 * 60_000;

export function createDeliverySender(deps: DeliverySenderDeps): DeliverySender {
  const { subscriptions, deliveries, events, publishers, clock, log, policy } = deps;

  async function compose(row: DeliveryRecord, subscription: SubscriptionRecord): Promise<Composed> {
    if (row.kind === 'alert') {
      if (!subscription.alertsEnabled) return { skip: 'alerts were turned off before it was sent' };
      const event = row.eventId === null ? null : await events.get(row.eventId);
      if (!event) return { dead: 'event no longer exists' };
      if (event.status === 'rejected') return { skip: 'event rejected by a moderator before it was sent' };
      return { message: buildAlertMessage(event), outlets: countOutlets(event.sources) };
    }
    if (!subscription.digestEnabled) return { skip: 'digest was turned off before it was sent' };
    // The window ends when the digest fell due, so a retried digest says the same thing.
    const to = row.createdAt;
    const from = new Date(to.getTime() - digestWindowMs);
    const [moves, articles] = await Promise.all([events.listMoves(from, to), events.listNotableArticles(from, to, 20)]);
    const message = buildDigestMessage({
      date: row.digestDate ?? row.dedupKey.replace(/^digest:/, ''),
      moves: moves.filter((m) => m.confidence >= subscription.minConfidence),
      articles,
      whenEmpty: subscription.digestWhenEmpty,
    });
    return message ? { message, outlets: 0 } : { skip: 'nothing to report and the channel did not ask for empty digests' };
  }

  async function fail(row: DeliveryRecord, subscription: SubscriptionRecord, err: unknown): Promise<SendOutcome> {
    const failure = err instanceof DeliveryFailure ? err : new DeliveryFailure('transient', err instanceof Error ? err.message : String(err));
    const context = { deliveryId: row.id, subscriptionId: subscription.id, platform: subscription.platform, channelId: subscription.channelId, kind: failure.kind, attempts: row.attempts };
    const error = clip(`${failure.kind}: ${failure.message}`);
    if (failure.permanent) {
      await deliveries.markDead(row.id, error);
      await subscriptions.markBroken(subscription.id, error);
      log.warn({ ...context, error: failure.message }, 'channel refused the delivery; subscription marked broken');
      return 'dead';
    }
    if (!(err instanceof DeliveryFailure)) log.error({ ...context, err }, 'publisher failed unexpectedly');
    if (row.attempts >= policy.maxAttempts) {
      await deliveries.markDead(row.id, `gave up after ${row.attempts} attempts: ${error}`);
      log.error({ ...context, error: failure.message }, 'delivery abandoned after repeated failures');
      return 'dead';
    }
    const delay = retryDelayMs(row.attempts, failure, policy, deps.random);
    // A rate limit refused the post outright: the resend need not look for it (see postOptions).
    await deliveries.markRetry(row.id, { error, nextAttemptAt: new Date(clock.now().getTime() + delay), refused: failure.kind === 'rate_limited' });
    log.warn({ ...context, error: failure.message, retryInMs: delay }, 'delivery failed; will retry');
    return 'retry';
  }

  return {
    async send(row) {
      try {
        const subscription = await subscriptions.findById(row.subscriptionId);
        if (!subscription) {
          await deliveries.markDead(row.id, 'subscription removed');
          return 'dead';
        }
        if (subscription.state === 'broken') {
          await deliveries.markDead(row.id, `channel unavailable: ${subscription.lastError ?? 'broken'}`);
          return 'dead';
        }
        const publisher = publishers.get(subscription.platform);
        if (!publisher) {
          await deliveries.markRetry(row.id, { error: `no ${subscription.platform} publisher in this process`, nextAttemptAt: new Date(clock.now().getTime() + policy.baseDelayMs), refused: true });
          return 'retry';
        }
        const composed = await compose(row, subscription);
        if ('skip' in composed) {
          await deliveries.markSkipped(row.id, composed.skip);
          return 'skipped';
        }
        if ('dead' in composed) {
          await deliveries.markDead(row.id, composed.dead);
          return 'dead';
        }
        if (clock.now().getTime() - row.createdAt.getTime() > policy.maxAgeMs) {
          await deliveries.markDead(row.id, 'expired: not delivered within its useful life');
          log.warn({ deliveryId: row.id, subscriptionId: subscription.id }, 'delivery expired unsent');
          return 'dead';
        }
        let messageId: string;
        try {
          ({ messageId } = await publisher.post(subscription.channelId, composed.message, postOptions(row)));
        } catch (err) {
          return await fail(row, subscription, err);
        }
        await deliveries.markSent(row.id, { platformMessageId: messageId, sentAt: clock.now(), postedSourceCount: composed.outlets });
        log.info({ deliveryId: row.id, kind: row.kind, eventId: row.eventId, platform: subscription.platform, channelId: subscription.channelId, attempts: row.attempts }, 'delivered');
        return 'sent';
      } catch (err) {
        // A storage fault: the row stays claimed and is picked up again when its lease runs out.
        log.error({ err, deliveryId: row.id }, 'delivery bookkeeping failed');
        return 'retry';
      }
    },
  };
}

/**
 * An earlier attempt (attempts counts this claim too) may have been posted: a process killed after
 * the platform took the post, or a call that timed out after sending. Attempts the platform refused
 * (rate limited) or that had no publisher posted nothing, so when every earlier attempt was one of
 * those there is nothing to look for. Any other one, however long ago, keeps the look-up: it is
 * the whole history that counts, not the last failure. The row was written before any attempt,
 * so its creation bounds when such a post can have happened.
 */
function postOptions(row: DeliveryRecord): PostOptions {
  const idempotencyKey = `exodus-delivery-${row.id}`;
  const earlierAttempts = row.attempts - 1;
  return earlierAttempts > row.refusedAttempts ? { idempotencyKey, mayHaveBeenPosted: { since: row.createdAt } } : { idempotencyKey };
}

function clip(text: string): string {
  return text.length > 500 ? `${text.slice(0, 499)}…` : text;
}
