// The chat platforms the bot runs, from its config: Discord when DISCORD_TOKEN and
// DISCORD_APPLICATION_ID are set, Slack when SLACK_BOT_TOKEN and a signing secret or app token
// are, each answering the commands of commands/index.ts and registered as its platform's alert
// publisher. src/main.ts and the end-to-end tests both build them here, so the tests run the
// wiring that ships.
import { enabledPlatforms, type Config } from '../config.js';
import type { Logger } from '../infra/logger.js';
import type { Services } from '../core/services.js';
import type { PublisherRegistry } from '../core/alerts/publisher-registry.js';
import { actions, commands } from '../../commands/index.js';
import type { Platform } from './platform.js';
import { createDiscordPlatform, type DiscordPlatform, type DiscordPlatformOptions } from './discord/client.js';
import { createSlackPlatform, type SlackPlatform, type SlackPlatformOptions } from './slack/app.js';

export interface ChatPlatformsOptions {
  config: Config;
  log: Logger;
  services: Services;
  publishers: PublisherRegistry;
  /** Transport tuning on top of the defaults (tests shorten timeouts and retries). */
  tuning?: {
    discord?: Pick<DiscordPlatformOptions, 'rest' | 'deferAfterMs' | 'maxRateLimitWaitMs' | 'readyTimeoutMs'>;
    slack?: Pick<SlackPlatformOptions, 'retryConfig' | 'rateLimit'>;
  };
}

export interface ChatPlatforms {
  discord?: DiscordPlatform;
  slack?: SlackPlatform;
  /** The configured ones, in the order to start them. */
  all: Platform[];
}

/** Builds the configured platforms (not started) and registers their publishers. */
export function createChatPlatforms({ config, log, services, publishers, tuning = {} }: ChatPlatformsOptions): ChatPlatforms {
  const enabled = enabledPlatforms(config);
  const discord = enabled.discord
    ? createDiscordPlatform({ config, log: log.child({ module: 'discord' }), services, commands, actions, ...tuning.discord })
    : undefined;
  const slack = enabled.slack ? createSlackPlatform({ config, log: log.child({ module: 'slack' }), services, commands, actions, ...tuning.slack }) : undefined;
  const all = [discord, slack].filter((platform) => platform !== undefined);
  for (const platform of all) publishers.register(platform.publisher);
  return { ...(discord ? { discord } : {}), ...(slack ? { slack } : {}), all };
}
