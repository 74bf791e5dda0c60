// Which channel an /alerts or /digest command is about. On Discord and Slack it is the channel the
// command was typed in, or one the admin names (`#channel` picker, `<#C123|name>`, a bare id) in
// the same workspace. The CLI has no channel of its own, so it names one fully:
// `discord:<guild id>/<channel id>` or `slack:<team id>/<channel id>`.
import type { Invoker } from '../commands/definition.js';
import { UserError } from '../commands/errors.js';
import type { ChannelRef } from './ports.js';

const idPatterns = {
  discord: /^\d{15,22}$/,
  slack: /^[CGD][A-Z0-9]{6,20}$/,
} as const;

const workspacePatterns = {
  discord: /^\d{15,22}$/,
  slack: /^[TE][A-Z0-9]{6,20}$/,
} as const;

const cliChannelHint = 'discord:<guild-id>/<channel-id> or slack:<team-id>/<channel-id>';

/** The `channel` option every /alerts and /digest subcommand takes; resolveChannel reads it. */
export const channelOption = {
  name: 'channel',
  description: 'Channel to configure (default: this one; in the CLI discord:<guild>/<channel> or slack:<team>/<channel>)',
  kind: 'channel',
  maxLength: 80,
} as const;

export function resolveChannel(invoker: Invoker, channel: string | undefined): ChannelRef {
  if (invoker.platform === 'cli') {
    if (!channel) throw new UserError('missing_option', `From the CLI, name the channel: --channel ${cliChannelHint}.`);
    return parseQualifiedChannel(channel);
  }
  const platform = invoker.platform;
  if (!invoker.workspaceId) throw new UserError('invalid_option', 'Run this in a channel of a server or workspace, not in a direct message.');
  const channelId = channel === undefined ? invoker.channelId : unwrapMention(channel);
  if (!channelId) throw new UserError('missing_option', 'Name the channel, for example #news.');
  if (!idPatterns[platform].test(channelId)) {
    throw new UserError('invalid_option', `"${channel?.slice(0, 40) ?? channelId}" is not a channel: pick one with #.`);
  }
  return { platform, workspaceId: invoker.workspaceId, channelId };
}

/** `discord:123/456` -> { platform, workspaceId, channelId }. */
function parseQualifiedChannel(text: string): ChannelRef {
  const match = /^(discord|slack):([^/\s]+)\/(\S+)$/i.exec(text.trim());
  if (!match) throw new UserError('invalid_option', `Channel must look like ${cliChannelHint}.`);
  const platform = match[1]!.toLowerCase() as ChannelRef['platform'];
  const workspaceId = match[2]!;
  const channelId = unwrapMention(match[3]!);
  if (!workspacePatterns[platform].test(workspaceId)) throw new UserError('invalid_option', `"${workspaceId.slice(0, 40)}" is not a ${platform === 'discord' ? 'Discord guild' : 'Slack team'} id.`);
  if (!idPatterns[platform].test(channelId)) throw new UserError('invalid_option', `"${channelId.slice(0, 40)}" is not a ${platform} channel id.`);
  return { platform, workspaceId, channelId };
}

/** How a reply names the channel: "this channel", a mention on chat, the qualified id in the CLI. */
export function channelLabel(channel: ChannelRef, invoker: Invoker): string {
  if (invoker.platform === channel.platform && invoker.channelId === channel.channelId) return 'this channel';
  if (invoker.platform === 'cli') return `\`${channel.platform}:${channel.workspaceId}/${channel.channelId}\``;
  return `<#${channel.channelId}>`;
}

/** `<#123>`, `<#C123|news>`, `#C123` -> the bare id. */
function unwrapMention(text: string): string {
  const trimmed = text.trim();
  const mention = /^<#([A-Za-z0-9]+)(?:\|[^>]*)?>$/.exec(trimmed);
  if (mention) return mention[1]!;
  return trimmed.replace(/^#/, '');
}
