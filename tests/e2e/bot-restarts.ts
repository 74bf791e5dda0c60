// Common ground of the crash-and-restart stories: a bot that has been running (a feed known with
// its items as history, a Discord and a Slack channel subscribed) on a temporary SQLite file, with
// the fake Discord, fake Slack and feed server it talks to; the bot as its own process
// (bot-process.ts, composed like src/main.ts) run for a few steps of its clock, so a test can
// SIGKILL it mid-delivery and start it again on the same database; and the scoop, a new exit.
import { expect } from 'vitest';
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

const feedPath = '/verge/ai.rss';
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
/** Words the alert for the scoop carries on every platform. */
export const scoopName = 'Dana Whitfield';

export interface RunningBot {
  temp: TempDatabase;
  feeds: FeedServer;
  discord: FakeDiscord;
  slack: FakeSlack;
  slackChannel: string;
  /** The feed now carries the scoop: the next poll detects the exit and alerts both channels. */
  publishScoop(): void;
  /** Runs the bot process, one poll and one delivery sweep per clock step (offsets in ms). */
  run(clockSteps: number[]): BotRun;
  close(): Promise<void>;
}

export interface StepReport {
  step: number;
  newArticles: number;
  failed: number;
  sweep: { queued: number; sent: number; retrying: number; dead: number; skipped: number };
}

export interface BotRun {
  /** Resolves when the process has exited (code or signal). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  steps(): StepReport[];
  /** The bot's log, JSON lines (it logs to stderr). */
  logs(): string;
  output(): string;
  kill(): void;
}

export async function startRunningBot(slackChannel: string): Promise<RunningBot> {
  const temp = await createTempDatabase();
  const [feeds, discord, slack] = await Promise.all([startFeedServer(), startFakeDiscord(), startFakeSlack()]);
  const env: Record<string, string> = {
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
  feeds.route(feedPath, { body: rssFeed(channel, history) });
  const app = await createApp(loadConfig(env), pino({ level: 'silent' }));
  await app.services.feeds.add(feeds.url(feedPath));
  await app.services.alerts.configureAlerts({ platform: 'discord', workspaceId: discord.guildId, channelId: discord.channelId }, { enabled: true });
  await app.services.alerts.configureAlerts({ platform: 'slack', workspaceId: 'T0001', channelId: slackChannel }, { enabled: true });
  expect(await app.poller.runCycle({ all: true })).toMatchObject({ newArticles: 1, failed: 0 });
  await app.close();

  return {
    temp,
    feeds,
    discord,
    slack,
    slackChannel,
    publishScoop: () => feeds.route(feedPath, { body: rssFeed(channel, [scoop, ...history]) }),
    run: (clockSteps) => runBot(env, clockSteps),
    async close() {
      await Promise.allSettled([feeds.close(), discord.close(), slack.close()]);
      await temp.dispose();
    },
  };
}

function runBot(env: Record<string, string>, clockSteps: number[]): BotRun {
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
    logs: () => stderr,
    output: () => `stdout:\n${stdout}\nstderr (last 4000 chars):\n${stderr.slice(-4000)}`,
    kill: () => child.kill('SIGKILL'),
  };
}

/** Resolves with the promise's value, or fails naming `what` (with the child's output) after `ms`. */
export async function within<T>(what: string, promise: Promise<T>, ms: number, run: BotRun): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms\n${run.output()}`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
