import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';
import type { RecordingPublisher } from '../../fakes/recording-publisher.js';
import type { AlertsRuntime } from '../../../src/infra/alerts/alerts-runtime.js';
import { createDeliveryRepository } from '../../../src/infra/db/delivery-repository.js';
import { addEvent, addSource, alertsRuntime, discordChannel, discordChannel2, recordedAlertsRuntime, fakeClock, slackChannel, type FakeClock } from './fixtures.js';

describe('alert delivery', () => {
  let temp: TempDatabase;
  let clock: FakeClock;
  let alerts: AlertsRuntime;
  let discord: RecordingPublisher;
  let slack: RecordingPublisher;

  beforeEach(async () => {
    temp = await createTempDatabase();
    clock = fakeClock('2024-05-17T12:00:00Z');
    ({ alerts, discord, slack } = recordedAlertsRuntime(temp.db, clock));
  });
  afterEach(async () => {
    await alerts.settled();
    await temp.dispose();
  });

  const created = (eventId: number, origin: 'feed' | 'seed' | 'backfill' = 'feed') => [{ kind: 'created' as const, eventId, origin }];
  const deliveries = () => temp.db.delivery.findMany({ orderBy: { id: 'asc' } });

  it('posts exactly one alert per event per channel, whatever repeats', async () => {
    await alerts.admin.configureAlerts(discordChannel, { enabled: true });
    await alerts.admin.configureAlerts(discordChannel2, { enabled: true });
    await alerts.admin.configureAlerts(slackChannel, { enabled: true });
    const eventId = await addEvent(temp.db, { name: 'Jan Leike', destination: 'Anthropic', outlets: ['The Verge'] });

    const report = await alerts.delivery.handleChanges(created(eventId));
    expect(report).toMatchObject({ queued: 3, sent: 3, retrying: 0, dead: 0 });
    expect(discord.posts.map((p) => p.channelId).sort()).toEqual([discordChannel.channelId, discordChannel2.channelId]);
    expect(slack.posts.map((p) => p.channelId)).toEqual([slackChannel.channelId]);

    // The same change again, a retry sweep, a repeated created change in one batch: nothing new.
    await alerts.delivery.handleChanges([...created(eventId), ...created(eventId)]);
    await alerts.delivery.sweep();
    expect(discord.posts).toHaveLength(2);
    expect(slack.posts).toHaveLength(1);

    const message = slack.posts[0]!.message;
    expect(message.title).toBe('New exit: Jan Leike resigned from OpenAI');
    expect(message.text).toContain('**Jan Leike** resigned from OpenAI for Anthropic.');
    expect(message.fields).toEqual(
      expect.arrayContaining([
        { name: 'Role', value: 'Head of alignment · Superalignment', inline: true },
        { name: 'Went to', value: 'Anthropic', inline: true },
        { name: 'Date', value: '17 May 2024', inline: true },
      ]),
    );
    expect(message.url).toMatch(/^https:\/\/theverge/);
    expect(message.footer).toContain('Reported by 1 outlet');
    expect(message.buttons?.map((b) => b.action)).toEqual([`event:confirm:${eventId}`, `event:reject:${eventId}`]);
    expect(slack.posts[0]!.options?.idempotencyKey).toMatch(/^exodus-delivery-\d+$/);
    expect(slack.posts[0]!.options!.idempotencyKey!.length).toBeLessThanOrEqual(25);
    // A first attempt cannot have been posted before: the adapter has nothing to look for.
    expect(slack.posts[0]!.options?.mayHaveBeenPosted).toBeUndefined();

    const rows = await deliveries();
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.status === 'sent' && r.platformMessageId && r.dedupKey === `event:${eventId}` && r.attempts === 1)).toBe(true);
  });

  it('edits the posted alerts when more outlets report the event, never posting again', async () => {
    await alerts.admin.configureAlerts(discordChannel, { enabled: true });
    await alerts.admin.configureAlerts(slackChannel, { enabled: true });
    const eventId = await addEvent(temp.db, { outlets: ['The Verge'] });
    await alerts.delivery.handleChanges(created(eventId));

    await addSource(temp.db, eventId, 'Vox');
    const report = await alerts.delivery.handleChanges([{ kind: 'source_added', eventId, origin: 'feed' }]);
    expect(report).toMatchObject({ queued: 0, sent: 0, updated: 2 });
    expect(discord.posts).toHaveLength(1);
    expect(slack.posts).toHaveLength(1);
    expect(discord.updates).toHaveLength(1);
    expect(discord.updates[0]!.messageId).toBe(discord.posts[0]!.messageId);
    expect(discord.updates[0]!.message.footer).toContain('Now reported by 2 outlets');

    // A second article from an outlet already counted changes nothing on screen: no edit.
    await addSource(temp.db, eventId, 'www.vox');
    await addSource(temp.db, eventId, 'Vox');
    await alerts.delivery.handleChanges([{ kind: 'source_added', eventId, origin: 'feed' }]);
    expect(discord.updates).toHaveLength(1);
    expect((await deliveries()).map((d) => d.postedSourceCount)).toEqual([2, 2]);
  });

  it('never alerts for seeded or back-filled history', async () => {
    await alerts.admin.configureAlerts(discordChannel, { enabled: true });
    const seeded = await addEvent(temp.db, { origin: 'seed', name: 'Ilya Sutskever' });
    const backfilled = await addEvent(temp.db, { origin: 'backfill', name: 'Daniel Kokotajlo' });
    await alerts.delivery.handleChanges([...created(seeded, 'seed'), ...created(backfilled, 'backfill')]);
    await alerts.delivery.sweep();
    expect(discord.posts).toEqual([]);
    expect(await deliveries()).toEqual([]);
  });

  it("respects each channel's minimum confidence", async () => {
    await alerts.admin.configureAlerts(discordChannel, { enabled: true, minConfidence: 0.5 });
    await alerts.admin.configureAlerts(discordChannel2, { enabled: true, minConfidence: 0.95 });
    const eventId = await addEvent(temp.db, { confidence: 0.9 });
    await alerts.delivery.handleChanges(created(eventId));
    await alerts.delivery.sweep();
    expect(discord.posts.map((p) => p.channelId)).toEqual([discordChannel.channelId]);
  });

  it('retries transient failures with exponential backoff and rate limits after their retry-after', async () => {
    await alerts.admin.configureAlerts(discordChannel, { enabled: true });
    const eventId = await addEvent(temp.db);
    discord.failNext('transient', 2);
    expect(await alerts.delivery.handleChanges(created(eventId))).toMatchObject({ queued: 1, sent: 0, retrying: 1 });
    let [row] = await deliveries();
    expect(row).toMatchObject({ status: 'failed', attempts: 1, lastError: 'transient: simulated transient' });
    expect(row!.nextAttemptAt.toISOString()).toBe('2024-05-17T12:00:05.000Z'); // base 5 s

    expect(await alerts.delivery.sweep()).toMatchObject({ sent: 0, retrying: 0 }); // not due yet
    clock.advance(5_000);
    expect(await alerts.delivery.sweep()).toMatchObject({ retrying: 1 });
    [row] = await deliveries();
    expect(row!.nextAttemptAt.toISOString()).toBe('2024-05-17T12:00:15.000Z'); // doubled: 10 s

    clock.advance(10_000);
    discord.failNext('rate_limited', 1, 30_000);
    await alerts.delivery.sweep();
    [row] = await deliveries();
    expect(row!.nextAttemptAt.toISOString()).toBe('2024-05-17T12:00:45.000Z'); // the platform's 30 s

    clock.advance(30_000);
    expect(await alerts.delivery.sweep()).toMatchObject({ sent: 1 });
    expect(discord.posts).toHaveLength(1);
    [row] = await deliveries();
    expect(row).toMatchObject({ status: 'sent', attempts: 4, lastError: null });
    // The transient failures may still have reached the platform (the last attempt's rate limit
    // does not change that): the resend says so, and since when.
    expect(row!.refusedAttempts).toBe(1);
    expect(discord.posts[0]!.options).toEqual({ idempotencyKey: `exodus-delivery-${row!.id}`, mayHaveBeenPosted: { since: row!.createdAt } });
  });

  it('looks for an earlier post only when an earlier attempt may have landed, not after rate limits alone', async () => {
    await alerts.admin.configureAlerts(slackChannel, { enabled: true });
    const first = await addEvent(temp.db);
    slack.failNext('rate_limited', 2, 10_000);
    await alerts.delivery.handleChanges(created(first));
    clock.advance(10_000);
    await alerts.delivery.sweep();
    clock.advance(10_000);
    expect(await alerts.delivery.sweep()).toMatchObject({ sent: 1 });
    let [row] = await deliveries();
    expect(row).toMatchObject({ status: 'sent', attempts: 3, refusedAttempts: 2 });
    // Slack refused both earlier attempts: nothing can be in the channel, so no history read.
    expect(slack.posts[0]!.options).toEqual({ idempotencyKey: `exodus-delivery-${row!.id}` });

    // Refused once, then claimed by a process that died mid-post: that attempt may have posted.
    const second = await addEvent(temp.db, { name: 'Ilya Sutskever' });
    slack.failNext('rate_limited', 1, 10_000);
    await alerts.delivery.handleChanges(created(second));
    clock.advance(10_000);
    [, row] = await deliveries();
    expect(await createDeliveryRepository(temp.db).claim(row!.id, clock.now(), new Date(clock.now().getTime() + 60_000))).not.toBeNull();
    clock.advance(60_000);
    expect(await alerts.delivery.sweep()).toMatchObject({ sent: 1 });
    [, row] = await deliveries();
    expect(row).toMatchObject({ status: 'sent', attempts: 3, refusedAttempts: 1 });
    expect(slack.posts[1]!.options).toEqual({ idempotencyKey: `exodus-delivery-${row!.id}`, mayHaveBeenPosted: { since: row!.createdAt } });
  });

  it('gives up after the last attempt without crashing', async () => {
    alerts = alertsRuntime(temp.db, clock, { maxAttempts: 2 });
    alerts.publishers.register(discord);
    await alerts.admin.configureAlerts(discordChannel, { enabled: true });
    const eventId = await addEvent(temp.db);
    discord.failNext('error', 5); // not a DeliveryFailure: counted as transient
    await alerts.delivery.handleChanges(created(eventId));
    clock.advance(60_000);
    expect(await alerts.delivery.sweep()).toMatchObject({ dead: 1 });
    const [row] = await deliveries();
    expect(row).toMatchObject({ status: 'dead', attempts: 2 });
    expect(row!.lastError).toContain('gave up after 2 attempts');
  });

  it('marks the subscription broken on a permanent failure and keeps serving other channels', async () => {
    await alerts.admin.configureAlerts(discordChannel, { enabled: true });
    await alerts.admin.configureAlerts(slackChannel, { enabled: true });
    const first = await addEvent(temp.db);
    discord.failNext('channel_gone');
    expect(await alerts.delivery.handleChanges(created(first))).toMatchObject({ sent: 1, dead: 1 });
    const broken = await temp.db.subscription.findFirstOrThrow({ where: { platform: 'discord' } });
    expect(broken).toMatchObject({ state: 'broken', lastError: 'channel_gone: simulated channel_gone' });

    const second = await addEvent(temp.db, { name: 'Ilya Sutskever' });
    await alerts.delivery.handleChanges(created(second));
    expect(discord.posts).toHaveLength(0);
    expect(slack.posts).toHaveLength(2);

    // An admin fixes the permission and turns alerts on again: the channel is active once more.
    await alerts.admin.configureAlerts(discordChannel, { enabled: true });
    const third = await addEvent(temp.db, { name: 'Daniel Kokotajlo' });
    await alerts.delivery.handleChanges(created(third));
    expect(discord.posts).toHaveLength(1);
  });

  it('keeps rows pending while no publisher for the platform runs, then sends them', async () => {
    await alerts.admin.configureAlerts(slackChannel, { enabled: true });
    alerts = alertsRuntime(temp.db, clock); // a process without Slack (e.g. the CLI)
    const eventId = await addEvent(temp.db);
    expect(await alerts.delivery.handleChanges(created(eventId))).toMatchObject({ queued: 1, sent: 0 });
    expect((await deliveries())[0]).toMatchObject({ status: 'pending', attempts: 0 });

    const bot = alertsRuntime(temp.db, clock); // the long-running bot, with Slack
    bot.publishers.register(slack);
    expect(await bot.delivery.sweep()).toMatchObject({ sent: 1 });
    expect(slack.posts).toHaveLength(1);
  });

  it('reconciles an event whose changes never reached the alerts (crash right after recording)', async () => {
    await alerts.admin.configureAlerts(discordChannel, { enabled: true });
    await addEvent(temp.db);
    // Not while the change may still be on its way (grace period), then once.
    expect(await alerts.delivery.sweep()).toMatchObject({ queued: 0, sent: 0 });
    clock.advance(30_000);
    expect(await alerts.delivery.sweep()).toMatchObject({ queued: 1, sent: 1 });
    expect(await alerts.delivery.sweep()).toMatchObject({ queued: 0, sent: 0 });
    expect(discord.posts).toHaveLength(1);
  });

  it('does not replay moves detected before alerts were turned on', async () => {
    await addEvent(temp.db, { createdAt: new Date('2024-05-17T11:00:00Z') });
    await alerts.admin.configureAlerts(discordChannel, { enabled: true });
    await alerts.delivery.sweep();
    expect(discord.posts).toEqual([]);
    expect((await deliveries())[0]).toMatchObject({ status: 'skipped', lastError: 'detected before alerts were turned on for this channel' });
  });

  it('drops a queued alert when the event is rejected or the alert grows stale before it could be sent', async () => {
    await alerts.admin.configureAlerts(slackChannel, { enabled: true });
    const cli = alertsRuntime(temp.db, clock);
    const rejected = await addEvent(temp.db);
    const stale = await addEvent(temp.db, { name: 'Ilya Sutskever' });
    await cli.delivery.handleChanges([...created(rejected), ...created(stale)]);
    await cli.admin.moderate({ eventId: rejected, verb: 'reject', moderatedBy: 'alice' });
    clock.advance(25 * 3600_000);
    await alerts.delivery.sweep();
    expect(slack.posts).toEqual([]);
    expect((await deliveries()).map((d) => [d.eventId, d.status])).toEqual([
      [rejected, 'skipped'],
      [stale, 'dead'],
    ]);
  });

  it('moderation returns the alert without buttons and edits the copies in other channels', async () => {
    await alerts.admin.configureAlerts(discordChannel, { enabled: true });
    await alerts.admin.configureAlerts(slackChannel, { enabled: true });
    const eventId = await addEvent(temp.db);
    await alerts.delivery.handleChanges(created(eventId));

    const message = await alerts.admin.moderate({ eventId, verb: 'confirm', moderatedBy: '<@U42>', from: { platform: 'slack', channelId: slackChannel.channelId } });
    expect(message.buttons).toBeUndefined();
    expect(message.text).toContain('Confirmed by <@U42>');
    await alerts.settled();
    expect(slack.updates).toEqual([]); // the platform replaces the pressed message itself
    expect(discord.updates).toHaveLength(1);
    expect(discord.updates[0]!.message.text).toContain('Confirmed by <@U42>');
    expect((await temp.db.event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe('confirmed');
  });

  it('posts within the 2-second budget of the poll that found the article', async () => {
    for (const channel of [discordChannel, discordChannel2, slackChannel]) await alerts.admin.configureAlerts(channel, { enabled: true });
    const eventId = await addEvent(temp.db);
    const started = performance.now();
    const report = await alerts.delivery.handleChanges(created(eventId));
    const lastPost = Math.max(...[...discord.posts, ...slack.posts].map((p) => p.at));
    expect(report.sent).toBe(3);
    expect(lastPost - started).toBeLessThan(2_000);
    expect(report.elapsedMs).toBeLessThan(2_000);
  });
});
