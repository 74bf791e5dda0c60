// Reads the text of `/exodus <command> [sub] [options]` into a command invocation, and writes
// command names back the way Slack users type them.
//
// Slack has one flat slash-command namespace shared by every app in a workspace, so the bot owns
// a single `/exodus` and takes the command as its first word (`/exodus saga since:2024-01`,
// `/exodus person Jan Leike`, `/exodus feeds add <url>`). The command is registered with
// should_escape on, so Slack sends channels, users and links as `<#C…|name>`, `<@U…|name>`,
// `<https://…|label>`, and &, <, > as entities; this module undoes that before the shared
// argument reader (core/commands/arguments.ts) sees the words.
import { readArguments, tokenize } from '../../core/commands/arguments.js';
import type { CommandDefinition } from '../../core/commands/definition.js';
import type { NeutralMessage } from '../../core/messages/neutral-message.js';
import { findCommand, resolveRunnable, type Invocation } from '../../core/commands/dispatch.js';
import { UserError } from '../../core/commands/errors.js';

/** The one slash command this app registers. */
export const slashCommand = '/exodus';

/** The longest command text accepted (Slack allows 4,000 characters; no command needs more). */
const maxCommandText = 2000;

/** Slack's markup for a channel reference, kept as a marker so channel options can read its id. */
const channelRef = /<#([CGD][A-Z0-9]+)(?:\|[^>]*)?>/g;

/** Undoes Slack's escaping: references become readable words, entities become characters. */
export function unescapeSlackText(text: string): string {
  return text
    .replace(channelRef, '<#$1>')
    .replace(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `@${name || id}`)
    .replace(/<!subteam\^[A-Z0-9]+(?:\|@?([^>]*))?>/g, (_m, name?: string) => `@${name || 'group'}`)
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/<mailto:([^|>\s]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Turns `/exodus` text into an invocation of the registry's commands. An empty text, or `help`,
 * asks for help.
 */
export function parseCommandText(text: string, commands: readonly CommandDefinition[]): Invocation {
  if (text.length > maxCommandText) throw new UserError('invalid_option', `That is too long for one command (at most ${maxCommandText} characters).`);
  const [first, ...rest] = tokenize(unescapeSlackText(text));
  const name = (first ?? 'help').replace(/^\//, '');
  const command = findCommand(commands, name);
  let subcommand: string | undefined;
  if (command.subcommands) {
    subcommand = rest.shift();
    if (subcommand === undefined || /^--|:/.test(subcommand)) {
      const names = command.subcommands.map((s) => s.name).join('|');
      throw new UserError('missing_option', `${slashCommand} ${command.name} needs a subcommand first: ${names}.`);
    }
  }
  const runnable = resolveRunnable(command, subcommand);
  const raw = readArguments(rest, runnable.options);
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const definition = runnable.options.find((o) => o.name === key);
    options[key] = definition?.kind === 'channel' ? channelId(key, value) : value.replace(channelRef, (_m, id: string) => `#${id}`);
  }
  return { command: command.name, subcommand, options };
}

/** A channel option takes a picked channel (`#news` completed by Slack) or a raw channel id. */
function channelId(option: string, value: string): string {
  const ref = /^<#([CGD][A-Z0-9]+)>$/.exec(value);
  if (ref) return ref[1]!;
  if (/^[CGD][A-Z0-9]{6,}$/.test(value)) return value;
  throw new UserError('invalid_option', `Option "${option}" must be a channel: type # and pick it from the list.`);
}

/**
 * Core messages name commands as `/saga`, `/feeds add`; on Slack they are `/exodus saga`. Rewrites
 * every `/name` of a registered command in a message's text (not inside links).
 */
export function slackCommandNames(message: NeutralMessage, commands: readonly CommandDefinition[]): NeutralMessage {
  const rewrite = commandNameRewriter(commands);
  return {
    ...message,
    title: message.title && rewrite(message.title),
    text: message.text && rewrite(message.text),
    footer: message.footer && rewrite(message.footer),
    fields: message.fields?.map((f) => ({ ...f, name: rewrite(f.name), value: rewrite(f.value) })),
  };
}

export function commandNameRewriter(commands: readonly CommandDefinition[]): (text: string) => string {
  const names = commands.map((c) => c.name.replace(/[^a-z0-9-]/g, '')).filter(Boolean);
  if (names.length === 0) return (text) => text;
  const pattern = new RegExp(`(^|[\\s\`"'(“])/(${names.join('|')})(?![\\w/-])`, 'g');
  const prefix = slashCommand.slice(1);
  return (text) => text.replace(pattern, `$1/${prefix} $2`);
}
