// Discord and Slack answering 500 and 429, through the real publishers (discord.js REST, Slack's
// WebClient) against the local fakes, with the app's delivery outbox: a short rate limit is waited
// out, a 500 storm or a long Retry-After leaves the alert pending for the retry job (never lost),
// and it is then posted exactly once — also when Discord took a post whose answer never came.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import { REST } from 'discord.js';
import { createDiscordPublisher } from '../../src/platforms/discord/publisher.js';
import { botRestOptions } from '../../src/platforms/discord/rest-api.js';
import { createSlackWebPublisher } from '../../src/platforms/slack/publisher.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/fake-discord.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.js';
import { addEvent, fakeClock, type FakeClock } from '../core/alerts/fixtures.js';
import { createBotApp, type BotApp } from './bot-app.js';

const log = pino({ level: 'silent' });
const messagesPath = /^\/channels\/\d+\/messages$/;

let bot: BotApp;
let clock: FakeClock;

/** A new event the event recorder just created: what the delivery outbox must post once per channel. */
async function newEvent(name: string): Promise<number> {
  const eventId = await addEvent(bot.app.db, { name, createdAt: clock.now(), outlets: ['The Verge'] });
  await bot.app.onEventChanges([{ kind: 'created', eventId, origin: 'feed' }]);
  return eventId;
}

async function deliveryOf(eventId: number) {
  return bot.app.db.delivery.findFirstOrThrow({ where: { eventId } });
}

beforeEach(async () => {
  clock = fakeClock(new Date());
  bot = await createBotApp({}, clock);
});
afterEach(async () => {
  await bot.dispose();
});

describe('Discord answering 500 and 429', () => {
  let discord: FakeDiscord;
  beforeEach(async () => {
    discord = await startFakeDiscord();
    // The production REST options (API base, long channel waits handed back), a shorter timeout.
    const rest = new REST({ ...botRestOptions(discord.apiUrl), timeout: 1500 }).setToken(discord.token);
    bot.app.publishers.register(createDiscordPublisher({ rest, log }));
    await bot.app.services.alerts.configureAlerts({ platform: 'discord', workspaceId: discord.guildId, channelId: discord.channelId }, { enabled: true });
  });
  afterEach(async () => {
    await discord.close();
  });

  it('keeps the alert pending through a 500 storm, then posts it once', async () => {
    // More 500s than discord.js retries in one attempt (1 + 3).
    discord.failNext('POST', messagesPath, 500, 4);
    const eventId = await newEvent('Jan Leike');
    expect(discord.channelMessages(discord.channelId)).toHaveLength(0);
    expect(await deliveryOf(eventId)).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await deliveryOf(eventId)).lastError).toMatch(/^transient/);

    expect(await bot.app.alerts.delivery.sweep()).toMatchObject({ sent: 0 }); // backoff not over
    clock.advance(7_000);
    expect(await bot.app.alerts.delivery.sweep()).toMatchObject({ sent: 1 });
    await bot.app.alerts.delivery.sweep();
    await bot.app.onEventChanges([{ kind: 'created', eventId, origin: 'feed' }]);
    expect(discord.channelMessages(discord.channelId)).toHaveLength(1);
    expect(await deliveryOf(eventId)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('waits out a short 429 in the same attempt', async () => {
    discord.rateLimitOnce('POST', messagesPath, 1);
    const eventId = await newEvent('Jan Leike');
    expect(await deliveryOf(eventId)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(discord.channelMessages(discord.channelId)).toHaveLength(1);
  });

  it('hands a 429 longer than it waits in-process to the retry job, which posts once it is over', async () => {
    // Production hands back waits over 10 s; 1 s here keeps the test short (discord.js itself
    // remembers the bucket on the real clock, so the test has to wait it out for real).
    const rest = new REST({ ...botRestOptions(discord.apiUrl, 1000), timeout: 1500 }).setToken(discord.token);
    bot.app.publishers.register(createDiscordPublisher({ rest, log }));
    discord.rateLimitOnce('POST', messagesPath, 2);
    const eventId = await newEvent('Ilya Sutskever');
    const pending = await deliveryOf(eventId);
    expect(pending).toMatchObject({ status: 'failed', attempts: 1 });
    expect(pending.lastError).toMatch(/^rate_limited/);
    expect(pending.nextAttemptAt.getTime() - clock.now().getTime()).toBeGreaterThanOrEqual(2000);
    clock.advance(1000);
    expect(await bot.app.alerts.delivery.sweep()).toMatchObject({ sent: 0 }); // Retry-After not over
    await new Promise((resolve) => setTimeout(resolve, 2200));
    clock.advance(1200);
    expect(await bot.app.alerts.delivery.sweep()).toMatchObject({ sent: 1 });
    expect(discord.channelMessages(discord.channelId)).toHaveLength(1);
  });

  it('does not double a post Discord accepted but never answered (nonce)', async () => {
    const held = discord.holdNext('POST', messagesPath, { accept: true });
    const eventId = await newEvent('Jan Leike');
    await held;
    // The request timed out and was resent with the same nonce, or the row waits for the retry
    // job; either way the channel shows the alert once.
    clock.advance(7_000);
    await bot.app.alerts.delivery.sweep();
    expect(await deliveryOf(eventId)).toMatchObject({ status: 'sent' });
    // Sent at least twice, shown once.
    expect(discord.requests({ method: 'POST', path: messagesPath }).length).toBeGreaterThanOrEqual(2);
    expect(discord.channelMessages(discord.channelId)).toHaveLength(1);
  });
});

describe('Slack answering 500 and 429', () => {
  let slack: FakeSlack;
  const channelId = 'C0RELIAB1';
  const posted = () => slack.calls('chat.postMessage').filter((c) => c.status === 200);
  beforeEach(async () => {
    slack = await startFakeSlack();
    // The publisher `poll --once` runs with: its clients as shipped.
    bot.app.publishers.register(createSlackWebPublisher({ SLACK_BOT_TOKEN: 'xoxb-reliability', SLACK_API_URL: slack.apiUrl }, log));
    await bot.app.services.alerts.configureAlerts({ platform: 'slack', workspaceId: 'T0RELIAB1', channelId }, { enabled: true });
  });
  afterEach(async () => {
    await slack.close();
  });

  it('keeps the alert pending through a 500, then posts it once', async () => {
    // A keyed post is not retried inside the call (a 500 may follow a post Slack took): the
    // attempt fails, and the resend first looks for the earlier post.
    slack.failNext('chat.postMessage', 500, 2);
    const eventId = await newEvent('Jan Leike');
    expect(posted()).toHaveLength(0);
    expect(slack.calls('chat.postMessage')).toHaveLength(1);
    expect(await deliveryOf(eventId)).toMatchObject({ status: 'failed', attempts: 1 });

    clock.advance(7_000);
    await bot.app.alerts.delivery.sweep();
    expect(await deliveryOf(eventId)).toMatchObject({ status: 'failed', attempts: 2 });
    expect(slack.calls('conversations.history')).toHaveLength(1);

    clock.advance(15_000);
    expect(await bot.app.alerts.delivery.sweep()).toMatchObject({ sent: 1 });
    await bot.app.alerts.delivery.sweep();
    await bot.app.onEventChanges([{ kind: 'created', eventId, origin: 'feed' }]);
    expect(posted()).toHaveLength(1);
    expect(await deliveryOf(eventId)).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('waits out a short 429 in the same attempt, and hands a long one to the retry job', async () => {
    slack.rateLimitOnce('chat.postMessage', 1);
    const first = await newEvent('Jan Leike');
    expect(await deliveryOf(first)).toMatchObject({ status: 'sent', attempts: 1 });

    slack.rateLimitOnce('chat.postMessage', 120);
    const second = await newEvent('Ilya Sutskever');
    const pending = await deliveryOf(second);
    expect(pending).toMatchObject({ status: 'failed', attempts: 1 });
    expect(pending.lastError).toMatch(/^rate_limited/);
    clock.advance(60_000);
    expect(await bot.app.alerts.delivery.sweep()).toMatchObject({ sent: 0 });
    clock.advance(61_000);
    expect(await bot.app.alerts.delivery.sweep()).toMatchObject({ sent: 1 });
    expect(posted()).toHaveLength(2);
    // Slack refused the earlier attempt outright: the resend had no history to read.
    expect(slack.calls('conversations.history')).toHaveLength(0);
  });
});
