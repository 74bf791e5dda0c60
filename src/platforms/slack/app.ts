// The Slack adapter: a Bolt app that takes `/exodus` commands and button presses, runs them
// through the core exactly as the CLI and Discord do, and answers in Block Kit. Transport only:
// policy (what a command does, who may press a button) stays in the core.
//
// - Socket Mode when SLACK_APP_TOKEN is set; otherwise Bolt's HTTPReceiver on SLACK_PORT, which
//   verifies every request's signature and refuses stale ones (more than 5 minutes) with 401.
// - Every interaction is acked at once (Slack allows 3 seconds), then computed and answered via
//   its response_url: `in_channel` for answers, `ephemeral` for errors and private answers.
// - A UserError is shown to the asker; anything else is logged with its stack and answered
//   with a short generic line.
// - Buttons run core actions; the message carrying the button is replaced with chat.update.
import { App, HTTPReceiver, webApi } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Logger } from '../../infra/logger.js';
import type { Services } from '../../core/services.js';
import type { CommandContext, CommandDefinition, Invoker } from '../../core/commands/definition.js';
import { runAction, type ActionDefinition } from '../../core/commands/actions.js';
import { runCommand } from '../../core/commands/dispatch.js';
import { isUserError } from '../../core/commands/errors.js';
import { colors, type NeutralMessage } from '../../core/messages/neutral-message.js';
import type { ChatPublisher } from '../../core/alerts/chat-publisher.js';
import type { Platform } from '../platform.js';
import { createInFlight } from '../in-flight.js';
import { boltLogger } from './bolt-logger.js';
import { createAdminCheck } from './admin-check.js';
import { parseCommandText, slackCommandNames, slashCommand } from './command-text.js';
import { eventsPath } from './manifest.js';
import { createSlackPublisher, shareImage } from './publisher.js';
import { renderSlackMessage } from './render.js';
import { defaultRateLimitPolicy, keyedPostRetries, slackErrorCode, webClientOptions, withRateLimit, type RateLimitPolicy } from './web-api.js';

export type SlackConfig = Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'SLACK_PORT' | 'SLACK_ADMIN_USER_IDS' | 'SLACK_API_URL'> &
  Partial<Pick<Config, 'SLACK_HOST'>>;

export interface SlackPlatformOptions {
  config: SlackConfig;
  log: Logger;
  services: Services;
  commands: readonly CommandDefinition[];
  actions: readonly ActionDefinition[];
  /** Retries of transient Web API failures (tests shorten them). */
  retryConfig?: webApi.RetryOptions;
  rateLimit?: RateLimitPolicy;
}

export interface SlackPlatform extends Platform {
  readonly mode: 'socket' | 'http';
  /** Posts alerts and digests with the app's own WebClient. */
  readonly publisher: ChatPublisher;
  /** The HTTP port actually listened on, once started (HTTP mode only). */
  port(): number | undefined;
}

const genericFailure = 'Something went wrong on our side; it has been logged. Please try again in a minute.';

export function createSlackPlatform(options: SlackPlatformOptions): SlackPlatform {
  const { config, services, commands, actions } = options;
  const host = config.SLACK_HOST;
  const log = options.log;
  const rateLimit = options.rateLimit ?? defaultRateLimitPolicy;
  if (!config.SLACK_BOT_TOKEN) throw new Error('SLACK_BOT_TOKEN is required for Slack');
  const socketMode = Boolean(config.SLACK_APP_TOKEN);
  if (!socketMode && !config.SLACK_SIGNING_SECRET) throw new Error('SLACK_SIGNING_SECRET is required for Slack over HTTP (or set SLACK_APP_TOKEN for Socket Mode)');

  const logger = boltLogger(log.child({ module: 'bolt' }));
  const clientOptions = webClientOptions(config.SLACK_API_URL, options.retryConfig);
  const common = { token: config.SLACK_BOT_TOKEN, logger, clientOptions, deferInitialization: true, convoStore: false as const };
  const app = socketMode
    ? new App({ ...common, appToken: config.SLACK_APP_TOKEN, socketMode: true })
    : new App({
        ...common,
        receiver: new HTTPReceiver({
          signingSecret: config.SLACK_SIGNING_SECRET!,
          endpoints: eventsPath,
          logger,
          customRoutes: [{ path: '/health', method: ['GET'], handler: (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok') }],
        }),
      });

  const isAdmin = createAdminCheck({ client: app.client, log, adminUserIds: config.SLACK_ADMIN_USER_IDS });
  const inFlight = createInFlight();
  const context = async (invoker: Omit<Invoker, 'isAdmin' | 'platform'>): Promise<CommandContext> => ({
    services,
    commands,
    invoker: { platform: 'slack', ...invoker, isAdmin: await isAdmin(invoker.userId, invoker.workspaceId) },
  });
  type Respond = (message: Record<string, unknown>) => Promise<unknown>;

  /** Answers a failed interaction privately; faults are logged with their stack first. */
  const replyError = async (respond: Respond, err: unknown, where: Record<string, unknown>) => {
    let message: NeutralMessage;
    if (isUserError(err)) message = slackCommandNames({ text: `:warning: ${err.message}`, ephemeral: true, color: colors.error }, commands);
    else {
      log.error({ err, ...where }, 'slack interaction failed');
      message = { text: genericFailure, ephemeral: true, color: colors.error };
    }
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderSlackMessage(message) }).catch((e: unknown) =>
      log.warn({ err: e, ...where }, 'could not send the error reply to Slack'),
    );
  };

  app.command(slashCommand, async ({ command, ack, respond, client }) => {
    await ack();
    const where = { user: command.user_id, team: command.team_id, channel: command.channel_id };
    await inFlight.track(
      (async () => {
        const started = Date.now();
        try {
          const ctx = await context({ userId: command.user_id, workspaceId: command.team_id, channelId: command.channel_id });
          const invocation = parseCommandText(command.text ?? '', commands);
          const message = slackCommandNames(await runCommand(ctx, invocation), commands);
          const rendered = renderSlackMessage(message, { mentionable: new Set([command.user_id]) });
          await respond({ response_type: message.ephemeral ? 'ephemeral' : 'in_channel', ...rendered });
          if (message.image && !message.ephemeral) {
            const shared = await shareImage(client, log, command.channel_id, undefined, message.image, rateLimit);
            if (!shared) {
              await respond({ response_type: 'ephemeral', replace_original: false, text: 'The chart could not be posted in this channel. Invite the app here (`/invite @Exodus Watch`) to see it.' });
            }
          }
          log.info({ ...where, command: invocation.command, subcommand: invocation.subcommand, ms: Date.now() - started }, 'slack command answered');
        } catch (err) {
          await replyError(respond, err, { ...where, text: command.text?.slice(0, 200) });
        }
      })(),
    );
  });

  // Action ids are `<prefix>:<verb>:<arg>` (core/commands/actions.ts); unknown prefixes get a
  // clear "no longer supported" from runAction rather than Bolt's silent unhandled warning.
  app.action(/^[a-z][a-z0-9_-]*:/i, async ({ ack, body, action, client, respond }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button' || !('action_id' in action)) return;
    const actionId = action.action_id;
    const channelId = body.channel?.id;
    const ts = body.message?.ts;
    const where = { user: body.user.id, team: body.team?.id, channel: channelId, action: actionId };
    await inFlight.track(
      (async () => {
        try {
          const ctx = await context({ userId: body.user.id, workspaceId: body.team?.id ?? undefined, channelId });
          const message = slackCommandNames(await runAction(actions, ctx, actionId), commands);
          // Naming the presser ("Confirmed by @jan") is a real mention; any other stays inert.
          const rendered = renderSlackMessage(message, { mentionable: new Set([body.user.id]) });
          if (message.ephemeral) {
            await respond({ response_type: 'ephemeral', replace_original: false, ...rendered });
          } else if (channelId && ts && !body.container?.is_ephemeral) {
            try {
              await withRateLimit(() => client.chat.update({ channel: channelId, ts, ...rendered }), rateLimit);
            } catch (err) {
              // A message posted through a response_url may not be ours to edit: replace it that way instead.
              log.warn({ ...where, slackError: slackErrorCode(err) ?? String(err) }, 'chat.update failed; replacing through response_url');
              await respond({ replace_original: true, ...rendered });
            }
          } else {
            await respond({ replace_original: true, ...rendered });
          }
          log.info(where, 'slack button handled');
        } catch (err) {
          await replyError(respond, err, where);
        }
      })(),
    );
  });

  app.error(async (error) => {
    log.error({ err: error }, 'unhandled error in the Slack app');
  });

  let server: { address(): unknown } | undefined;
  return {
    name: 'slack',
    mode: socketMode ? 'socket' : 'http',
    publisher: createSlackPublisher({
      client: app.client,
      keyedPostClient: new webApi.WebClient(config.SLACK_BOT_TOKEN, { ...webClientOptions(config.SLACK_API_URL, keyedPostRetries), logger }),
      log,
      rateLimit,
    }),
    port() {
      const address = server?.address();
      return address && typeof address === 'object' && 'port' in address ? Number(address.port) : undefined;
    },
    async start() {
      // auth.test: a wrong or revoked token stops start-up here with Slack's reason.
      try {
        await app.init();
      } catch (err) {
        const code = slackErrorCode(err);
        if (code) throw new Error(`Slack rejected SLACK_BOT_TOKEN (${code})`, { cause: err });
        throw new Error(`could not reach Slack to check SLACK_BOT_TOKEN (${err instanceof Error ? err.message : String(err)})`, { cause: err });
      }
      if (socketMode) {
        await app.start();
        log.info('slack connected (Socket Mode)');
      } else {
        server = await app.start({ port: config.SLACK_PORT, ...(host ? { host } : {}) });
        log.info({ port: this.port(), path: eventsPath }, 'slack listening (HTTP)');
      }
    },
    async stop() {
      await app.stop().catch((err: unknown) => log.warn({ err }, 'stopping the Slack receiver failed'));
      await inFlight.drain();
    },
  };
}
