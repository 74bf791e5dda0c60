// SIGTERM in the middle of work, on a real process: `poll --once` (the CLI, as an operator or a
// cron job runs it) is killed mid-poll and mid-delivery, then the bot starts again on the same
// database. Nothing is lost (every article stored and detected, every alert posted) and nothing
// is doubled (one article per story, one event per move, one post per channel).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/app.js';
import { runCli } from '../../src/platforms/cli/main.js';
import { createSlackWebPublisher } from '../../src/platforms/slack/publisher.js';
import { createDiscordRestPublisher } from '../../src/platforms/discord/client.js';
import { tempDatabaseUrl } from '../helpers/temp-database.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/fake-discord.js';
import { addEvent, fakeClock } from '../core/alerts/fixtures.js';
import { botEnv } from './bot-app.js';

const cli = fileURLToPath(new URL('../../src/platforms/cli/main.ts', import.meta.url));
const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));
const silent = pino({ level: 'silent' });

/** `poll --once` in its own process; `killWhen` resolves at the moment to send SIGTERM. */
function pollAndKill(env: Record<string, string>, killWhen: Promise<unknown>): Promise<{ signal: NodeJS.Signals | null; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'poll', '--once'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), 25_000);
    void killWhen.then(() => child.kill('SIGTERM'));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      resolve({ signal, code, stderr });
    });
  });
}

async function openApp(env: Record<string, string>, clock?: { now(): Date }): Promise<App> {
  return createApp(loadConfig(env), silent, clock ? { clock } : {});
}

/** What a database holds, in a form two runs can be compared by. */
async function contents(app: App) {
  const articles = await app.db.article.findMany({ select: { canonicalUrl: true }, orderBy: { canonicalUrl: 'asc' } });
  const events = await app.db.event.findMany({ select: { type: true, person: { select: { name: true } }, _count: { select: { sources: true } } } });
  return {
    articles: articles.map((a) => a.canonicalUrl),
    events: events.map((e) => `${e.person.name} ${e.type} ×${e._count.sources}`).sort(),
  };
}

describe('SIGTERM mid-poll', () => {
  let server: FeedServer;
  const dirs: string[] = [];
  beforeEach(async () => {
    server = await startFeedServer();
  });
  afterEach(async () => {
    await server.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function database(): Record<string, string> {
    const { url, dir } = tempDatabaseUrl();
    dirs.push(dir);
    return botEnv(url, dir, { LOG_LEVEL: 'silent', FETCH_TIMEOUT_MS: '10000' });
  }

  it('loses and doubles nothing: a restart stores and detects exactly what one clean poll would', { timeout: 60_000 }, async () => {
    const paths = ['/google', '/slow', '/bing', '/verge'];
    const routeAll = () => {
      server.route('/google', { body: fixture('google-news.rss') });
      server.route('/slow', { body: fixture('slashdot.rdf'), contentType: 'application/rdf+xml' });
      server.route('/bing', { body: fixture('bing-news.rss') });
      server.route('/verge', { body: fixture('verge-ai.atom'), contentType: 'application/atom+xml' });
    };
    routeAll();
    const addFeeds = async (app: App) => {
      for (const path of paths) await app.services.feeds.add(server.url(path));
    };

    // Reference: one uninterrupted poll on its own database.
    const reference = database();
    const refApp = await openApp(reference);
    await addFeeds(refApp);
    await refApp.close();
    expect(await runCli(['poll', '--once'], { out: () => undefined, err: () => undefined }, reference)).toBe(0);
    const refCheck = await openApp(reference);
    const expected = await contents(refCheck);
    await refCheck.close();
    expect(expected.articles.length).toBeGreaterThan(4);
    expect(expected.events.length).toBeGreaterThan(0);

    // The same poll killed while the second feed is being fetched: the first is already stored.
    const env = database();
    const app = await openApp(env);
    await addFeeds(app);
    await app.close();
    let slowArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (slowArrived = resolve));
    server.route('/slow', { handler: () => slowArrived() }); // never answers
    const killed = await pollAndKill(env, arrived);
    expect(killed.signal).toBe('SIGTERM');
    const interrupted = await openApp(env);
    const partial = await contents(interrupted);
    await interrupted.close();
    expect(partial.articles.length).toBeGreaterThan(0);
    expect(partial.articles.length).toBeLessThan(expected.articles.length);

    // Restarted: the bot polls again and ends up exactly where the clean run did.
    routeAll();
    expect(await runCli(['poll', '--once'], { out: () => undefined, err: () => undefined }, env)).toBe(0);
    const after = await openApp(env);
    expect(await contents(after)).toEqual(expected);
    await after.close();
  });
});

describe('SIGTERM mid-delivery', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(() => {
    const temp = tempDatabaseUrl();
    dir = temp.dir;
    env = botEnv(temp.url, dir, { LOG_LEVEL: 'silent' });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** An alert waiting in the outbox for `channel`, as a poll without a publisher leaves it. */
  async function pendingAlert(channel: { platform: 'discord' | 'slack'; workspaceId: string; channelId: string }): Promise<number> {
    const app = await openApp(env);
    await app.services.alerts.configureAlerts(channel, { enabled: true });
    const eventId = await addEvent(app.db, { name: 'Jan Leike', createdAt: new Date() });
    await app.onEventChanges([{ kind: 'created', eventId, origin: 'feed' }]);
    expect(await app.db.delivery.findFirstOrThrow({ where: { eventId } })).toMatchObject({ status: 'pending' });
    await app.close();
    return eventId;
  }

  it('Slack: the post cut short is sent once after the restart', { timeout: 60_000 }, async () => {
    const slack: FakeSlack = await startFakeSlack();
    try {
      const eventId = await pendingAlert({ platform: 'slack', workspaceId: 'T0SIGTERM1', channelId: 'C0SIGTERM1' });
      const slackEnv = { ...env, SLACK_BOT_TOKEN: 'xoxb-sigterm', SLACK_SIGNING_SECRET: 'sigterm-secret', SLACK_API_URL: slack.apiUrl };
      const killed = await pollAndKill(slackEnv, slack.holdNext('chat.postMessage'));
      expect(killed.signal).toBe('SIGTERM');

      // Left claimed by the dead process: not lost. After its lease, the restarted bot sends it.
      const clock = fakeClock(new Date(Date.now() + 61_000));
      const app = await openApp(slackEnv, clock);
      try {
        expect(await app.db.delivery.findFirstOrThrow({ where: { eventId } })).toMatchObject({ status: 'sending', attempts: 1 });
        app.publishers.register(createSlackWebPublisher(app.config, silent));
        expect(await app.alerts.delivery.sweep()).toMatchObject({ sent: 1 });
        expect(await app.alerts.delivery.sweep()).toMatchObject({ sent: 0 });
        expect(slack.calls('chat.postMessage').filter((c) => c.status === 200)).toHaveLength(1);
        expect(await app.db.delivery.findFirstOrThrow({ where: { eventId } })).toMatchObject({ status: 'sent', attempts: 2 });
      } finally {
        await app.close();
      }
    } finally {
      await slack.close();
    }
  });

  it('Discord: a post Discord took before the kill is not shown twice after the restart (nonce)', { timeout: 60_000 }, async () => {
    const discord: FakeDiscord = await startFakeDiscord();
    try {
      const eventId = await pendingAlert({ platform: 'discord', workspaceId: discord.guildId, channelId: discord.channelId });
      const discordEnv = { ...env, DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl };
      const killed = await pollAndKill(discordEnv, discord.holdNext('POST', /^\/channels\/\d+\/messages$/, { accept: true }));
      expect(killed.signal).toBe('SIGTERM');

      const clock = fakeClock(new Date(Date.now() + 61_000));
      const app = await openApp(discordEnv, clock);
      try {
        expect(await app.db.delivery.findFirstOrThrow({ where: { eventId } })).toMatchObject({ status: 'sending' });
        app.publishers.register(createDiscordRestPublisher(app.config, silent));
        expect(await app.alerts.delivery.sweep()).toMatchObject({ sent: 1 });
        expect(discord.channelMessages(discord.channelId)).toHaveLength(1);
      } finally {
        await app.close();
      }
    } finally {
      await discord.close();
    }
  });
});
