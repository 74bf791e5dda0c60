import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';
import { createDeliveryRepository } from '../../../src/infra/db/delivery-repository.js';
import { createSubscriptionRepository } from '../../../src/infra/db/subscription-repository.js';
import type { DeliveryRepository, SubscriptionRepository } from '../../../src/core/alerts/ports.js';
import { addEvent, discordChannel, slackChannel } from '../../core/alerts/fixtures.js';

const t0 = new Date('2024-05-17T12:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('delivery repository', () => {
  let temp: TempDatabase;
  let deliveries: DeliveryRepository;
  let subscriptions: SubscriptionRepository;
  beforeEach(async () => {
    temp = await createTempDatabase();
    deliveries = createDeliveryRepository(temp.db);
    subscriptions = createSubscriptionRepository(temp.db);
  });
  afterEach(async () => temp.dispose());

  it('keeps one row per subscription and key, whoever writes it', async () => {
    const sub = await subscriptions.upsert(discordChannel, { alertsEnabled: true });
    const eventId = await addEvent(temp.db);
    const row = { subscriptionId: sub.id, kind: 'alert' as const, eventId, dedupKey: `event:${eventId}`, createdAt: t0 };
    const results = await Promise.all([deliveries.createIfAbsent(row), deliveries.createIfAbsent(row), deliveries.createIfAbsent(row)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(results.find(Boolean)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: t0, eventId });
    expect(await deliveries.existingKeys([sub.id], [`event:${eventId}`, 'event:999'])).toEqual(new Set([`${sub.id} event:${eventId}`]));
    expect(await deliveries.existingKeys([], ['x'])).toEqual(new Set());
  });

  it('lets exactly one sender claim a due row, and offers it again only when its lease has run out', async () => {
    const sub = await subscriptions.upsert(discordChannel, {});
    const row = (await deliveries.createIfAbsent({ subscriptionId: sub.id, kind: 'digest', digestDate: '2024-05-17', dedupKey: 'digest:2024-05-17', createdAt: t0 }))!;
    expect(await deliveries.claim(row.id, at(-1), at(60))).toBeNull(); // not due before its time
    const claims = await Promise.all([deliveries.claim(row.id, t0, at(60)), deliveries.claim(row.id, t0, at(60))]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(claims.find(Boolean)).toMatchObject({ status: 'sending', attempts: 1, nextAttemptAt: at(60) });
    expect(await deliveries.listDue(at(59), ['discord'], 10)).toEqual([]);
    expect((await deliveries.listDue(at(60), ['discord'], 10)).map((d) => d.id)).toEqual([row.id]);

    await deliveries.markSent(row.id, { platformMessageId: 'm1', sentAt: at(1), postedSourceCount: 0 });
    expect(await deliveries.listDue(at(3600), ['discord'], 10)).toEqual([]);
    expect(await deliveries.claim(row.id, at(3600), at(3660))).toBeNull(); // sent is final
  });

  it('lists due rows only for platforms this process can post to, oldest first', async () => {
    const discord = await subscriptions.upsert(discordChannel, {});
    const slack = await subscriptions.upsert(slackChannel, {});
    const a = (await deliveries.createIfAbsent({ subscriptionId: slack.id, kind: 'digest', dedupKey: 'digest:a', createdAt: at(2) }))!;
    const b = (await deliveries.createIfAbsent({ subscriptionId: discord.id, kind: 'digest', dedupKey: 'digest:b', createdAt: at(1) }))!;
    await deliveries.createIfAbsent({ subscriptionId: discord.id, kind: 'digest', dedupKey: 'digest:c', createdAt: at(3), status: 'skipped', lastError: 'quiet' });
    expect((await deliveries.listDue(at(10), ['discord'], 10)).map((d) => d.id)).toEqual([b.id]);
    expect((await deliveries.listDue(at(10), ['discord', 'slack'], 10)).map((d) => d.id)).toEqual([b.id, a.id]);
    expect((await deliveries.listDue(at(10), ['discord', 'slack'], 1)).map((d) => d.id)).toEqual([b.id]);

    await deliveries.markRetry(a.id, { error: 'transient: x', nextAttemptAt: at(100), refused: false });
    expect((await deliveries.listDue(at(99), ['slack'], 10))).toEqual([]);
    expect((await deliveries.findById(a.id))).toMatchObject({ status: 'failed', lastError: 'transient: x', refusedAttempts: 0 });
    // Refused attempts add up across retries; others leave the count alone.
    await deliveries.markRetry(a.id, { error: 'rate_limited: y', nextAttemptAt: at(200), refused: true });
    await deliveries.markRetry(a.id, { error: 'rate_limited: z', nextAttemptAt: at(300), refused: true });
    await deliveries.markRetry(a.id, { error: 'transient: w', nextAttemptAt: at(400), refused: false });
    expect((await deliveries.findById(a.id))).toMatchObject({ lastError: 'transient: w', refusedAttempts: 2 });
    await deliveries.markDead(a.id, 'gone');
    expect((await deliveries.listDue(at(1000), ['slack'], 10))).toEqual([]);
    expect((await deliveries.listRecent(discord.id, 5)).map((d) => d.dedupKey)).toEqual(['digest:c', 'digest:b']);
  });

  it('finds the posted alerts of an event with their channels', async () => {
    const discord = await subscriptions.upsert(discordChannel, {});
    const slack = await subscriptions.upsert(slackChannel, {});
    const eventId = await addEvent(temp.db);
    const posted = (await deliveries.createIfAbsent({ subscriptionId: discord.id, kind: 'alert', eventId, dedupKey: `event:${eventId}`, createdAt: t0 }))!;
    await deliveries.createIfAbsent({ subscriptionId: slack.id, kind: 'alert', eventId, dedupKey: `event:${eventId}`, createdAt: t0 });
    await deliveries.markSent(posted.id, { platformMessageId: 'msg-1', sentAt: t0, postedSourceCount: 1 });
    await deliveries.setPostedSourceCount(posted.id, 3);
    expect(await deliveries.listPostedAlerts(eventId)).toEqual([
      { delivery: expect.objectContaining({ id: posted.id, platformMessageId: 'msg-1', postedSourceCount: 3 }), channel: discordChannel },
    ]);
  });
});
