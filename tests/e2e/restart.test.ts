// End to end, issue 8: a crash between "Delivery row written" and "marked sent" neither loses nor
// doubles an alert, at process level through the real platforms. The bot (tests/e2e/bot-process.ts,
// composed like src/main.ts) polls a local feed carrying a new exit and starts posting to a Discord
// and a Slack channel. The fake Discord takes the post but never answers (Discord has it; the bot
// does not know), the fake Slack never answers at all; the test SIGKILLs the process right then.
// A restarted process on the same database file sends nothing while the dead process's lease runs,
// then resends both: Discord drops the copy by its nonce, Slack gets the alert it never had. Each
// channel ends with exactly one alert, and the next restart sends nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/app.js';
import { createTempDatabase, type TempDatabase } from '../helpers/temp-database.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/fake-discord.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.js';
import { rssFeed, type FeedItem } from './rss.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const botProcess = fileURLToPath(new URL('./bot-process.ts', import.meta.url));
const slackChannel = 'C0000RESTART';

let temp: TempDatabase;
let feeds: FeedServer;
let discord: FakeDiscord;
let slack: FakeSlack;
let env: Record<string, string>;

const channel = { title: 'The Verge - AI', link: 'https://www.theverge.com/ai-artificial-intelligence' };
const history: FeedItem[] = [
  {
    title: 'OpenAI announces GPT-4o, a faster model free for all ChatGPT users',
    link: 'https://www.theverge.com/2024/5/13/24155493/openai-gpt-4o-announcement',
    summary: 'The new model can reason across audio, vision and text in real time.',
    publishedAt: new Date('2024-05-13T18:00:00Z'),
  },
];
// An invented CTO: a real person's roster tenure dates would decide whether a story dated today is news.
const scoop: FeedItem = {
  title: 'OpenAI CTO Dana Whitfield is leaving the company',
  link: 'https://www.theverge.com/2024/9/25/24254546/openai-cto-dana-whitfield-leaving',
  summary: 'Dana Whitfield, OpenAI’s chief technology officer, announced on Wednesday that she is leaving the company after six and a half years.',
  publishedAt: new Date(),
};

beforeAll(async () => {
  temp = await createTempDatabase();
  [feeds, discord, slack] = await Promise.all([startFeedServer(), startFakeDiscord(), startFakeSlack()]);
  env = {
    DATABASE_URL: temp.url,
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    SEED_ON_START: 'false',
    FEEDS_FILE: path.join(path.dirname(temp.url.slice('file:'.length)), 'none.json'),
    ALLOW_PRIVATE_FEED_URLS: 'true',
    POLL_HOST_GAP_MS: '0',
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    SLACK_BOT_TOKEN: 'xoxb-restart-token',
    SLACK_SIGNING_SECRET: 'restart-signing-secret',
    SLACK_PORT: '0',
    SLACK_HOST: '127.0.0.1',
    SLACK_API_URL: slack.apiUrl,
  };
  // The bot has been running: the feed is known, its items are history, both channels subscribed.
  feeds.route('/verge/ai.rss', { body: rssFeed(channel, history) });
  const app = await createApp(loadConfig(env), pino({ level: 'silent' }));
  await app.services.feeds.add(feeds.url('/verge/ai.rss'));
  await app.services.alerts.configureAlerts({ platform: 'discord', workspaceId: discord.guildId, channelId: discord.channelId }, { enabled: true });
  await app.services.alerts.configureAlerts({ platform: 'slack', workspaceId: 'T0001', channelId: slackChannel }, { enabled: true });
  expect(await app.poller.runCycle({ all: true })).toMatchObject({ newArticles: 1, failed: 0 });
  await app.close();
}, 60_000);
afterAll(async () => {
  await Promise.allSettled([feeds?.close(), discord?.close(), slack?.close()]);
  await temp?.dispose();
});

interface StepReport {
  step: number;
  newArticles: number;
  failed: number;
  sweep: { queued: number; sent: number; retrying: number; dead: number; skipped: number };
}

interface Run {
  /** Resolves when the process has exited (code or signal). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  steps(): StepReport[];
  output(): string;
  kill(): void;
}

function runBot(clockSteps: number[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', botProcess], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, E2E_CLOCK_STEPS_MS: clockSteps.join(',') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const guard = setTimeout(() => child.kill('SIGKILL'), 50_000); // bounded, with room for a loaded machine
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal });
    }),
  );
  return {
    exited,
    steps: () => stdout.split('\n').filter((l) => l.startsWith('{"step"')).map((l) => JSON.parse(l) as StepReport),
    output: () => `stdout:\n${stdout}\nstderr (last 4000 chars):\n${stderr.slice(-4000)}`,
    kill: () => child.kill('SIGKILL'),
  };
}

/** Resolves with the promise's value, or fails naming `what` (with the child's output) after `ms`. */
async function within<T>(what: string, promise: Promise<T>, ms: number, run: Run): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms\n${run.output()}`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const discordAlerts = () => discord.channelMessages(discord.channelId).filter((m) => JSON.stringify(m.body.embeds ?? '').includes('Dana Whitfield'));
const slackAccepted = () => slack.calls('chat.postMessage').filter((c) => c.status === 200 && c.params.channel === slackChannel);

describe('restart without duplicates', () => {
  it('a bot killed mid-delivery is restarted: each channel ends with exactly one alert', { timeout: 120_000 }, async () => {
    feeds.route('/verge/ai.rss', { body: rssFeed(channel, [scoop, ...history]) });
    const discordHeld = discord.holdNext('POST', /^\/channels\/\d+\/messages$/, { accept: true });
    const slackHeld = slack.holdNext('chat.postMessage');

    // 1. The bot polls, detects, writes both Delivery rows and starts both posts; killed right there.
    const first = runBot([0]);
    const [discordPost, slackPost] = await within('both posts reaching the fakes', Promise.all([discordHeld, slackHeld]), 45_000, first);
    first.kill();
    expect(await first.exited).toMatchObject({ signal: 'SIGKILL' });
    expect(first.steps()).toEqual([]); // it never finished its step

    const rows = () => temp.db.delivery.findMany({ include: { subscription: true }, orderBy: { id: 'asc' } });
    const left = await rows();
    expect(left.map((d) => [d.subscription.platform, d.kind, d.status, d.attempts, d.platformMessageId])).toEqual([
      ['discord', 'alert', 'sending', 1, null],
      ['slack', 'alert', 'sending', 1, null],
    ]);
    // Discord took the post (the bot never heard back); Slack never did.
    expect(discordAlerts()).toHaveLength(1);
    const nonce = (discordPost.json as { nonce?: string; enforce_nonce?: boolean }).nonce;
    expect(discordPost.json).toMatchObject({ nonce: `exodus-delivery-${left[0]!.id}`, enforce_nonce: true });
    expect(slackPost.params.channel).toBe(slackChannel);
    expect(slackAccepted()).toEqual([]);

    // 2. Restarted at once: the dead process's lease (60 s) still runs, so nothing is resent and
    //    the poll finds nothing new. Then, on the restarted bot's clock, 61 s and 3 min later.
    const second = runBot([0, 61_000, 180_000]);
    const exit = await within('the restarted bot finishing', second.exited, 50_000, second);
    expect(exit, second.output()).toEqual({ code: 0, signal: null });
    const [atOnce, afterLease, later] = second.steps();
    expect(atOnce).toMatchObject({ newArticles: 0, failed: 0, sweep: { queued: 0, sent: 0, dead: 0 } });
    expect(afterLease).toMatchObject({ newArticles: 0, sweep: { queued: 0, sent: 2, retrying: 0, dead: 0 } });
    expect(later).toMatchObject({ newArticles: 0, sweep: { queued: 0, sent: 0 } });

    // What users see: one alert in each channel. Discord got the same nonce again and answered with
    // the message it already had; Slack got the post it had never taken.
    expect(discordAlerts()).toHaveLength(1);
    const discordCreates = discord.requests({ method: 'POST', path: `/channels/${discord.channelId}/messages` });
    expect(discordCreates.map((r) => (r.json as { nonce?: string }).nonce)).toEqual([nonce, nonce]);
    expect(slackAccepted()).toHaveLength(1);
    expect(JSON.stringify(slackAccepted()[0]!.params.blocks)).toContain('Dana Whitfield');

    const done = await rows();
    expect(done.map((d) => [d.subscription.platform, d.status, d.attempts])).toEqual([
      ['discord', 'sent', 2],
      ['slack', 'sent', 2],
    ]);
    expect(done[0]!.platformMessageId).toBe(discordAlerts()[0]!.id);
    expect(done[1]!.platformMessageId).toMatch(/^\d+\.\d+$/);
    expect(await temp.db.event.count({ where: { origin: 'detected' } })).toBe(1);
  });
});
