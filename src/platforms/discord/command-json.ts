// Discord application command JSON generated from the neutral command registry (commands/). Pure:
// `npm run register -- discord` PUTs what this returns, and tests read it without a network.
//
// Mapping: string/date -> STRING (a date gets a format hint, since Discord has no date type and the
// core parses it), integer -> INTEGER, number -> NUMBER, boolean -> BOOLEAN, channel -> CHANNEL
// (text and announcement channels). A group's subcommands become SUB_COMMAND options. Admin
// commands carry `default_member_permissions` = Manage Server, so Discord hides them from ordinary
// members (the core still checks, since server owners can override the default). Every command is
// guild-only: subscriptions and moderation belong to a server.
//
// Names must already satisfy Discord (a renamed command would not route back), so a bad one is an
// error; descriptions written for every front end may be longer than Discord's 100, so they are
// clipped with an ellipsis.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOptionChoice,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition, OptionDefinition, Runnable } from '../../core/commands/definition.js';
import { defaultMaxLength } from '../../core/commands/options.js';
import {
  commandNamePattern, maxChoiceName, maxChoiceValue, maxCommandCombinedCharacters, maxCommandDescription, maxCommandName, maxCommandOptions,
  maxGlobalCommands, maxOptionChoices, maxStringOptionLength,
} from './limits.js';

export type DiscordCommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The Manage Server permission bit, as the decimal string Discord expects. */
export const manageGuildPermission = PermissionFlagsBits.ManageGuild.toString();

const dateHint = ' (2024-05-17, 2024-05, or 30d back)';

/** Raised when a command cannot be expressed within Discord's rules; lists every problem. */
export class CommandJsonError extends Error {
  constructor(readonly problems: string[]) {
    super(`commands do not fit Discord's rules:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'CommandJsonError';
  }
}

export function buildCommandJson(commands: readonly CommandDefinition[]): DiscordCommandJson[] {
  const problems: string[] = [];
  if (commands.length > maxGlobalCommands) problems.push(`${commands.length} commands; Discord allows ${maxGlobalCommands}`);
  checkUnique(commands.map((c) => c.name), 'command', problems);
  const json = commands.map((command) => commandJson(command, problems));
  for (const command of json) {
    const total = combinedCharacters(command);
    if (total > maxCommandCombinedCharacters) problems.push(`/${command.name}: ${total} characters of names, descriptions and choices; Discord allows ${maxCommandCombinedCharacters}`);
  }
  if (problems.length > 0) throw new CommandJsonError(problems);
  return json;
}

function commandJson(command: CommandDefinition, problems: string[]): DiscordCommandJson {
  const where = `/${command.name}`;
  checkName(command.name, where, problems);
  const options = command.subcommands
    ? command.subcommands.map((sub) => subcommandJson(sub, `${where} ${sub.name}`, problems))
    : optionsJson(command.options ?? [], where, problems);
  if (command.subcommands) {
    checkUnique(command.subcommands.map((s) => s.name), `${where} subcommand`, problems);
    if (command.subcommands.length === 0) problems.push(`${where}: a group needs at least one subcommand`);
  }
  if (options.length > maxCommandOptions) problems.push(`${where}: ${options.length} options; Discord allows ${maxCommandOptions}`);
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: description(command.description),
    options,
    ...(command.admin ? { default_member_permissions: manageGuildPermission } : {}),
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  };
}

function subcommandJson(sub: Runnable, where: string, problems: string[]): APIApplicationCommandSubcommandOption {
  checkName(sub.name, where, problems);
  const options = optionsJson(sub.options, where, problems);
  if (options.length > maxCommandOptions) problems.push(`${where}: ${options.length} options; Discord allows ${maxCommandOptions}`);
  return { type: ApplicationCommandOptionType.Subcommand, name: sub.name, description: description(sub.description), options };
}

/** Discord requires required options before optional ones; the order is otherwise kept. */
function optionsJson(options: readonly OptionDefinition[], where: string, problems: string[]): APIApplicationCommandBasicOption[] {
  checkUnique(options.map((o) => o.name), `${where} option`, problems);
  const ordered = [...options.filter((o) => o.required), ...options.filter((o) => !o.required)];
  return ordered.map((option) => optionJson(option, `${where} ${option.name}:`, problems));
}

function optionJson(option: OptionDefinition, where: string, problems: string[]): APIApplicationCommandBasicOption {
  checkName(option.name, where, problems);
  const base = { name: option.name, required: Boolean(option.required) };
  if (option.choices && option.choices.length > maxOptionChoices) problems.push(`${where} ${option.choices.length} choices; Discord allows ${maxOptionChoices}`);
  if (option.choices && option.autocomplete) problems.push(`${where} has both choices and autocomplete; Discord allows one`);
  for (const choice of option.choices ?? []) {
    if (choice.name.length < 1 || choice.name.length > maxChoiceName) problems.push(`${where} choice "${choice.name.slice(0, 40)}" needs a name of 1-${maxChoiceName} characters`);
    if (choice.value.length < 1 || choice.value.length > maxChoiceValue) problems.push(`${where} choice value "${choice.value.slice(0, 40)}" needs 1-${maxChoiceValue} characters`);
  }
  const autocomplete = option.autocomplete && !option.choices ? { autocomplete: true as const } : {};
  switch (option.kind) {
    case 'string':
    case 'date': {
      const maxLength = Math.min(option.maxLength ?? defaultMaxLength, maxStringOptionLength);
      const text = option.kind === 'date' ? description(option.description, dateHint) : description(option.description);
      const choices = option.choices ? { choices: option.choices.map((c) => ({ name: c.name, value: c.value })) } : {};
      // Choices and autocomplete never come together (checked above); the union type cannot see that.
      return { type: ApplicationCommandOptionType.String, ...base, description: text, max_length: maxLength, ...choices, ...autocomplete } as APIApplicationCommandBasicOption;
    }
    case 'integer':
    case 'number': {
      const choices = option.choices ? { choices: numericChoices(option, where, problems) } : {};
      const bounds = { ...(option.min !== undefined ? { min_value: option.min } : {}), ...(option.max !== undefined ? { max_value: option.max } : {}) };
      const type = option.kind === 'integer' ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
      return { type, ...base, description: description(option.description), ...bounds, ...choices, ...autocomplete } as APIApplicationCommandBasicOption;
    }
    case 'boolean':
      return { type: ApplicationCommandOptionType.Boolean, ...base, description: description(option.description) };
    case 'channel':
      return {
        type: ApplicationCommandOptionType.Channel,
        ...base,
        description: description(option.description),
        channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
      };
  }
}

function numericChoices(option: OptionDefinition, where: string, problems: string[]): APIApplicationCommandOptionChoice<number>[] {
  return (option.choices ?? []).map((c) => {
    const value = Number(c.value);
    if (!Number.isFinite(value) || (option.kind === 'integer' && !Number.isInteger(value))) problems.push(`${where} choice "${c.name}" is not ${option.kind === 'integer' ? 'a whole number' : 'a number'}`);
    return { name: c.name, value };
  });
}

/** A description within Discord's 1-100 characters, with an optional hint kept when it fits. */
function description(text: string, hint = ''): string {
  const clean = text.replace(/\s+/g, ' ').trim() || '—';
  const withHint = `${clean}${hint}`;
  if (withHint.length <= maxCommandDescription) return withHint;
  if (clean.length <= maxCommandDescription) return clean;
  return `${clean.slice(0, maxCommandDescription - 1).trimEnd()}…`;
}

function checkName(name: string, where: string, problems: string[]): void {
  if (!commandNamePattern.test(name)) problems.push(`${where} name "${name.slice(0, 40)}" must be 1-${maxCommandName} lower-case letters, digits, - or _`);
}

function checkUnique(names: readonly string[], what: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) problems.push(`${what} "${name}" is declared twice`);
    seen.add(name);
  }
}

/** What Discord counts toward a command's combined limit: names, descriptions and choice values. */
export function combinedCharacters(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + combinedCharacters(item), 0);
  if (!value || typeof value !== 'object') return 0;
  let total = 0;
  for (const [key, item] of Object.entries(value)) {
    if ((key === 'name' || key === 'description' || key === 'value') && (typeof item === 'string' || typeof item === 'number')) total += String(item).length;
    else if (key === 'options' || key === 'choices') total += combinedCharacters(item);
  }
  return total;
}
