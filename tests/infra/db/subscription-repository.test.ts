import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';
import { createSubscriptionRepository } from '../../../src/infra/db/subscription-repository.js';
import type { SubscriptionRepository } from '../../../src/core/alerts/ports.js';
import { discordChannel, discordChannel2, slackChannel } from '../../core/alerts/fixtures.js';

describe('subscription repository', () => {
  let temp: TempDatabase;
  let subscriptions: SubscriptionRepository;
  beforeEach(async () => {
    temp = await createTempDatabase();
    subscriptions = createSubscriptionRepository(temp.db);
  });
  afterEach(async () => temp.dispose());

  it('creates a channel once with the schema defaults, then updates it in place', async () => {
    const created = await subscriptions.upsert(discordChannel, { alertsEnabled: true });
    expect(created).toMatchObject({ ...discordChannel, alertsEnabled: true, minConfidence: 0.7, digestEnabled: false, digestTime: '09:00', timezone: 'UTC', digestWhenEmpty: false, state: 'active', lastError: null });
    const updated = await subscriptions.upsert(discordChannel, { digestEnabled: true, timezone: 'Europe/Paris' });
    expect(updated).toMatchObject({ id: created.id, alertsEnabled: true, digestEnabled: true, timezone: 'Europe/Paris' });
    expect(await subscriptions.find(discordChannel)).toEqual(updated);
    expect(await subscriptions.findById(created.id)).toEqual(updated);
    expect(await subscriptions.find({ ...discordChannel, workspaceId: 'other' })).toBeNull();
  });

  it('lists active alert and digest subscriptions, leaving broken channels out', async () => {
    const a = await subscriptions.upsert(discordChannel, { alertsEnabled: true });
    const b = await subscriptions.upsert(discordChannel2, { alertsEnabled: true, digestEnabled: true });
    const c = await subscriptions.upsert(slackChannel, { digestEnabled: true });
    await subscriptions.markBroken(b.id, 'channel_gone: Unknown Channel');
    expect((await subscriptions.listAlerting()).map((s) => s.id)).toEqual([a.id]);
    expect((await subscriptions.listDigest()).map((s) => s.id)).toEqual([c.id]);
    expect(await subscriptions.findById(b.id)).toMatchObject({ state: 'broken', lastError: 'channel_gone: Unknown Channel' });
    expect((await subscriptions.list({ platform: 'discord' })).map((s) => s.id)).toEqual([a.id, b.id]);
    expect(await subscriptions.list()).toHaveLength(3);
  });
});
