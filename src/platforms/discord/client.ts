// The Discord adapter: one discord.js gateway client (Guilds intent only: the bot reads no
// messages) that answers interactions (interactions.ts) and whose REST posts alerts and digests
// (publisher.ts). main.ts starts it only when DISCORD_TOKEN and DISCORD_APPLICATION_ID are set.
//
// DISCORD_API_URL overrides the REST base (rest-api.ts); the gateway URL then comes from that
// REST's GET /gateway/bot, as it does against Discord itself.
import { Client, Events, GatewayIntentBits, REST, type RESTOptions } from 'discord.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../infra/logger.js';
import type { Services } from '../../core/services.js';
import type { CommandDefinition } from '../../core/commands/definition.js';
import type { ActionDefinition } from '../../core/commands/actions.js';
import type { ChatPublisher } from '../../core/alerts/chat-publisher.js';
import type { Platform } from '../platform.js';
import { createInFlight } from '../in-flight.js';
import { createInteractionHandler } from './interactions.js';
import { createDiscordPublisher } from './publisher.js';
import { botRestOptions } from './rest-api.js';

type DiscordConfig = Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_API_URL'>;

export interface DiscordPlatformOptions {
  config: DiscordConfig;
  log: Logger;
  services: Services;
  commands: readonly CommandDefinition[];
  actions: readonly ActionDefinition[];
  /** REST tuning on top of the defaults (tests shorten timeouts and retries). */
  rest?: Partial<RESTOptions>;
  /** A command still running after this long is deferred. */
  deferAfterMs?: number;
  /** Channel rate limits longer than this go back to the delivery queue instead of being waited out. */
  maxRateLimitWaitMs?: number;
  /** How long start() waits for the gateway to become ready. */
  readyTimeoutMs?: number;
}

export interface DiscordPlatform extends Platform {
  /** Posts alerts and digests through this client's REST; register it with app.publishers. */
  readonly publisher: ChatPublisher;
  readonly client: Client;
}

const defaultReadyTimeoutMs = 60_000;

/** A publisher on REST alone, without the gateway: lets a one-shot CLI poll deliver its alerts. */
export function createDiscordRestPublisher(config: DiscordConfig, log: Logger): ChatPublisher {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is required for Discord');
  const rest = new REST(botRestOptions(config.DISCORD_API_URL)).setToken(config.DISCORD_TOKEN);
  return createDiscordPublisher({ rest, log });
}

export function createDiscordPlatform(options: DiscordPlatformOptions): DiscordPlatform {
  const { config, log, services, commands, actions } = options;
  const token = config.DISCORD_TOKEN;
  if (!token || !config.DISCORD_APPLICATION_ID) throw new Error('DISCORD_TOKEN and DISCORD_APPLICATION_ID are required for Discord');
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // Belt and braces with the renderer: nothing the bot sends through discord.js pings anyone.
    allowedMentions: { parse: [] },
    rest: { ...botRestOptions(config.DISCORD_API_URL, options.maxRateLimitWaitMs), ...options.rest },
  });
  const handle = createInteractionHandler({ log, services, commands, actions, deferAfterMs: options.deferAfterMs });
  const inFlight = createInFlight();
  let accepting = false;

  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting) return;
    void inFlight.track(handle(interaction).catch((err: unknown) => log.error({ err, interactionId: interaction.id }, 'discord interaction handler crashed')));
  });
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ discord: message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) => log.warn({ code: event.code, shardId }, 'discord gateway disconnected; not reconnecting'));
  client.on(Events.ShardReconnecting, (shardId) => log.info({ shardId }, 'discord gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => log.info({ shardId, replayed }, 'discord gateway resumed'));
  client.rest.on('rateLimited', (info) => log.warn({ route: info.route, method: info.method, retryAfterMs: info.retryAfter, global: info.global, scope: info.scope }, 'discord rate limit hit'));
  if (log.isLevelEnabled('trace')) client.on(Events.Debug, (message) => log.trace({ discord: message.replace(token, '[token]') }, 'discord debug'));

  return {
    name: 'discord',
    client,
    publisher: createDiscordPublisher({ rest: client.rest, log: log.child({ module: 'discord-publisher' }) }),
    async start() {
      let timer: NodeJS.Timeout | undefined;
      const ready = new Promise<void>((resolve, reject) => {
        timer = setTimeout(() => reject(new Error('the gateway did not become ready in time')), options.readyTimeoutMs ?? defaultReadyTimeoutMs);
        client.once(Events.ClientReady, () => resolve());
      });
      ready.catch(() => undefined);
      accepting = true;
      try {
        await client.login(token);
        await ready;
      } catch (err) {
        accepting = false;
        await client.destroy().catch(() => undefined);
        throw new Error(`Discord login failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      } finally {
        clearTimeout(timer);
      }
      const applicationId = client.application?.id;
      if (applicationId && applicationId !== config.DISCORD_APPLICATION_ID) {
        log.warn({ tokenApplication: applicationId, configured: config.DISCORD_APPLICATION_ID }, 'DISCORD_APPLICATION_ID does not match the bot token; commands registered for it will not reach this bot');
      }
      log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord connected');
    },
    async stop() {
      accepting = false;
      await inFlight.drain();
      await client.destroy().catch((err: unknown) => log.warn({ err }, 'closing the Discord client failed'));
    },
  };
}
