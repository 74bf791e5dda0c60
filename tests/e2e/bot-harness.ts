// The whole bot in one test process, wired as src/main.ts wires it but without the cron ticks:
// createApp on a temporary SQLite file, the chat platforms from createChatPlatforms (what main.ts
// runs): the real Discord platform (discord.js) logged in to the fake Discord, the real Slack
// platform (Bolt over HTTP) talking to the fake Slack Web API, both registered as alert
// publishers, and a local feed server. Tests drive the jobs themselves
// (app.poller.runCycle, app.alerts.digests.runDue), as ARCHITECTURE rule 9 asks.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/app.js';
import { createLogger } from '../../src/infra/logger.js';
import type { Clock } from '../../src/core/services.js';
import { createChatPlatforms } from '../../src/platforms/chat-platforms.js';
import type { DiscordPlatform } from '../../src/platforms/discord/client.js';
import type { SlackPlatform } from '../../src/platforms/slack/app.js';
import { tempDatabaseUrl } from '../helpers/temp-database.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/fake-discord.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import { postSigned, slashCommandBody } from '../fakes/slack/slack-requests.js';

const slackSigningSecret = 'e2e-signing-secret';
/** Listed in SLACK_ADMIN_USER_IDS: may run /exodus alerts and /exodus digest. */
const slackAdminId = 'U0000ADMIN';
export const slackTeamId = 'T0001';
export const slackAlertsChannel = 'C0000ALERTS';

export interface BotHarness {
  app: App;
  feeds: FeedServer;
  discord: FakeDiscord;
  slack: FakeSlack;
  discordPlatform: DiscordPlatform;
  slackPlatform: SlackPlatform;
  /** Every log line the bot wrote (JSON), for failure messages. */
  logs: string[];
  /** Runs a slash command on Slack as the admin, in the alerts channel, through the real Bolt receiver. */
  slackCommand(text: string): Promise<{ status: number }>;
  close(): Promise<void>;
}

export async function startBotHarness(options: { clock?: Clock } = {}): Promise<BotHarness> {
  const { url, dir } = tempDatabaseUrl();
  const [feeds, discord, slack] = await Promise.all([startFeedServer(), startFakeDiscord({ callbackDeadlineMs: 3000 }), startFakeSlack()]);
  const logs: string[] = [];
  const config = loadConfig({
    DATABASE_URL: url,
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    SEED_ON_START: 'false',
    FEEDS_FILE: path.join(dir, 'no-default-feeds.json'),
    // The feed server lives on 127.0.0.1, which the SSRF guard refuses by default.
    ALLOW_PRIVATE_FEED_URLS: 'true',
    POLL_HOST_GAP_MS: '0',
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    SLACK_BOT_TOKEN: 'xoxb-e2e-token',
    SLACK_SIGNING_SECRET: slackSigningSecret,
    SLACK_PORT: '0',
    SLACK_HOST: '127.0.0.1',
    SLACK_API_URL: slack.apiUrl,
    SLACK_ADMIN_USER_IDS: slackAdminId,
  });
  const log = createLogger(config, { write: (line: string) => void logs.push(line) });
  const app = await createApp(config, log, options.clock ? { clock: options.clock } : {});
  const { discord: discordPlatform, slack: slackPlatform } = createChatPlatforms({
    config,
    log,
    services: app.services,
    publishers: app.publishers,
    tuning: {
      // Short REST timeouts so a broken fake fails the test in seconds, not minutes.
      discord: { rest: { offset: 0, retries: 1, timeout: 3000 }, readyTimeoutMs: 20_000 },
      slack: { retryConfig: { retries: 1, minTimeout: 10, maxTimeout: 20 } },
    },
  });
  if (!discordPlatform || !slackPlatform) throw new Error('the harness config enables both chat platforms');
  await Promise.all([discordPlatform.start(), slackPlatform.start()]);

  return {
    app,
    feeds,
    discord,
    slack,
    discordPlatform,
    slackPlatform,
    logs,
    async slackCommand(text) {
      const body = slashCommandBody({ text, userId: slackAdminId, teamId: slackTeamId, channelId: slackAlertsChannel, responseUrl: slack.responseUrl(`cmd-${Date.now()}`) });
      return postSigned(`http://127.0.0.1:${slackPlatform.port()}/slack/events`, body, { secret: slackSigningSecret });
    },
    async close() {
      await Promise.allSettled([discordPlatform.stop(), slackPlatform.stop()]);
      await app.close();
      await Promise.allSettled([feeds.close(), discord.close(), slack.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls `probe` until it returns something truthy, or fails after `timeoutMs` with `what`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | null | Promise<T | undefined | false | null>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
