// Generates the Slack app manifest from the command registry, so installing the app is one paste
// (api.slack.com/apps -> Create New App -> From a manifest). Pure: the CLI task prints it.
//
// One slash command, `/exodus`, carries every command (see command-text.ts for why); its usage
// hint and the app's long description list them, generated from commands/, never by hand.
import type { CommandDefinition, OptionDefinition } from '../../core/commands/definition.js';
import { slashCommand } from './command-text.js';

/** The path Bolt's HTTP receiver serves slash commands and interactivity on. */
export const eventsPath = '/slack/events';

/**
 * Bot scopes: `commands` for /exodus, `chat:write` to post alerts and digests, `chat:write.public`
 * to post in public channels the bot was not invited to, `users:read` to tell workspace
 * admins/owners (admin commands), `files:write` to share the timeline chart, `channels:history`
 * and `groups:history` (public and private channels) so a resend after a crash can find the alert
 * Slack already took instead of posting it twice (earlier-post.ts).
 */
const botScopes = ['commands', 'chat:write', 'chat:write.public', 'users:read', 'files:write', 'channels:history', 'groups:history'] as const;

export type ManifestMode = { socketMode: true } | { socketMode: false; baseUrl: string };

export interface ManifestOptions {
  mode: ManifestMode;
  /** Shown in Slack; at most 35 characters. */
  appName?: string;
}

/** The subset of Slack's manifest schema this app uses (docs.slack.dev/reference/app-manifest). */
export interface SlackManifest {
  _metadata: { major_version: number; minor_version: number };
  display_information: { name: string; description: string; long_description: string; background_color: string };
  features: {
    bot_user: { display_name: string; always_online: boolean };
    slash_commands: { command: string; description: string; usage_hint: string; should_escape: boolean; url?: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    interactivity: { is_enabled: boolean; request_url?: string };
    org_deploy_enabled: boolean;
    socket_mode_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

const limits = { name: 35, description: 140, longDescription: 4000, commandDescription: 2000, usageHint: 1000 } as const;

export function buildSlackManifest(commands: readonly CommandDefinition[], options: ManifestOptions): SlackManifest {
  const name = clip(options.appName ?? 'Exodus Watch', limits.name);
  const url = options.mode.socketMode ? undefined : requestUrl(options.mode.baseUrl);
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: clip('Tracks who leaves, joins and returns to OpenAI, from the news, and tells the departure saga.', limits.description),
      long_description: clip(longDescription(commands), limits.longDescription),
      background_color: '#2c2d30',
    },
    features: {
      bot_user: { display_name: name, always_online: true },
      slash_commands: [
        {
          command: slashCommand,
          description: clip('Exodus Watch: the OpenAI departure saga, exits, people, alerts', limits.commandDescription),
          usage_hint: clip(usageHint(commands), limits.usageHint),
          // Slack then sends channels as <#C…|name>, which channel options need.
          should_escape: true,
          ...(url ? { url } : {}),
        },
      ],
    },
    oauth_config: { scopes: { bot: [...botScopes] } },
    settings: {
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: options.mode.socketMode,
      token_rotation_enabled: false,
    },
  };
}

/** `https://bot.example.com` -> `https://bot.example.com/slack/events`; Slack requires https. */
export function requestUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`"${baseUrl}" is not a URL; give the public https address of the bot, e.g. https://bot.example.com`);
  }
  if (url.protocol !== 'https:') throw new Error(`Slack only calls https request URLs; "${baseUrl}" is ${url.protocol.replace(':', '')}`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}${eventsPath}`;
}

/** `saga [since] | person <name> | feeds add|list|remove | help [command]`. */
export function usageHint(commands: readonly CommandDefinition[]): string {
  return commands
    .map((c) => (c.subcommands ? `${c.name} ${c.subcommands.map((s) => s.name).join('|')}` : `${c.name}${usage(c.options ?? [])}`))
    .join(' | ');
}

function longDescription(commands: readonly CommandDefinition[]): string {
  const lines = commands.flatMap((c) =>
    c.subcommands
      ? c.subcommands.map((s) => `${slashCommand} ${c.name} ${s.name}${usage(s.options)}: ${s.description}${c.admin ? ' (admins)' : ''}`)
      : [`${slashCommand} ${c.name}${usage(c.options ?? [])}: ${c.description}${c.admin ? ' (admins)' : ''}`],
  );
  return [
    'Exodus Watch reads news feeds for staffing moves at OpenAI (who resigned, was fired, left for a rival, joined or came back),',
    'keeps each move as an event backed by its sources, alerts subscribed channels when someone leaves and posts a daily digest.',
    '',
    'Commands (options as name:value or in order):',
    ...lines,
  ].join('\n');
}

function usage(options: readonly OptionDefinition[]): string {
  return options.map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
