// Turns Discord interactions into core calls and answers them: slash commands run through
// runCommand, autocomplete through the runnable's autocomplete, buttons through runAction. Transport
// only; what a command does and who may press a button is decided in the core.
//
// Discord gives an interaction 3 seconds for its first response. A `slow` command is deferred at
// once; any other one is answered directly when it finishes within `deferAfterMs`, and deferred
// when it does not, so a quick answer gets its right visibility (ephemeral or not) without a
// "thinking…" flash, and a slow one never times out. One function, `send`, knows every state an
// interaction can be in (fresh, deferred as a reply or an update, already answered), so errors
// after a deferral are answered properly too.
import {
  ApplicationCommandOptionType,
  AttachmentBuilder,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
} from 'discord.js';
import type { Logger } from '../../infra/logger.js';
import type { Services } from '../../core/services.js';
import type { CommandContext, CommandDefinition, Invoker, OptionChoice } from '../../core/commands/definition.js';
import { findCommand, resolveRunnable, runCommand, type Invocation } from '../../core/commands/dispatch.js';
import { runAction, type ActionDefinition } from '../../core/commands/actions.js';
import { isUserError, UserError } from '../../core/commands/errors.js';
import { colors, type NeutralMessage } from '../../core/messages/neutral-message.js';
import { renderDiscordMessage } from './render.js';
import { clipPlain } from './discord-markdown.js';
import { maxAutocompleteChoices, maxChoiceName, maxChoiceValue } from './limits.js';

interface InteractionHandlerOptions {
  log: Logger;
  services: Services;
  commands: readonly CommandDefinition[];
  actions: readonly ActionDefinition[];
  /** A command still running after this long is deferred (Discord's limit is 3000 ms). */
  deferAfterMs?: number;
  /** Autocomplete answers empty after this long rather than miss Discord's 3 seconds. */
  autocompleteTimeoutMs?: number;
}

const defaultDeferAfterMs = 2000;
const defaultAutocompleteTimeoutMs = 2500;

const genericFailure = 'Something went wrong on our side; it has been logged. Please try again in a minute.';

type RepliableInteraction = ChatInputCommandInteraction | ButtonInteraction;
/** How the first response was deferred, when it was: as a reply (public or ephemeral) or as an update of the pressed message. */
type Deferral = 'public' | 'ephemeral' | 'update';

export function createInteractionHandler(options: InteractionHandlerOptions): (interaction: Interaction) => Promise<void> {
  const { log, services, commands, actions } = options;
  const deferAfterMs = options.deferAfterMs ?? defaultDeferAfterMs;
  const autocompleteTimeoutMs = options.autocompleteTimeoutMs ?? defaultAutocompleteTimeoutMs;
  const deferrals = new WeakMap<RepliableInteraction, Deferral>();

  const context = (interaction: Interaction): CommandContext => ({ services, commands, invoker: invokerOf(interaction) });

  /** Runs `work`; if it is still running after `afterMs`, calls `defer` and keeps waiting. */
  async function deferIfSlow<T>(work: Promise<T>, afterMs: number, defer: () => Promise<void>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), afterMs)));
    const first = await Promise.race([work.then(() => 'done' as const, () => 'done' as const), late]);
    clearTimeout(timer);
    if (first === 'late') {
      // The work keeps running while we defer; its failure is handled by whoever awaits it below.
      work.catch(() => undefined);
      await defer();
    }
    return work;
  }

  /** Sends a message as the answer to an interaction, whatever state the interaction is in. */
  async function send(interaction: RepliableInteraction, message: NeutralMessage, target: 'reply' | 'update'): Promise<void> {
    const rendered = renderDiscordMessage(message);
    const ephemeral = Boolean(message.ephemeral);
    const files = rendered.files.map((f) => new AttachmentBuilder(f.data, { name: f.name, description: f.description }));
    const body = { embeds: rendered.embeds, components: rendered.components, files, allowedMentions: rendered.allowed_mentions };
    // Edits keep earlier attachments unless told otherwise: an answer without a chart removes the old one.
    const edit = { ...body, attachments: [] };
    const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
    const deferral = deferrals.get(interaction);
    if (!interaction.deferred && !interaction.replied) {
      if (target === 'update' && !ephemeral && interaction.isButton()) await interaction.update(edit);
      else await interaction.reply({ ...body, flags });
    } else if (interaction.deferred && !interaction.replied) {
      if (deferral === 'update') {
        if (ephemeral) await interaction.followUp({ ...body, flags });
        else await interaction.editReply(edit);
      } else if ((deferral === 'ephemeral') === ephemeral) {
        await interaction.editReply(edit);
      } else {
        // A deferred reply cannot change visibility: replace the "thinking…" placeholder.
        await interaction.deleteReply();
        await interaction.followUp({ ...body, flags });
      }
    } else {
      await interaction.followUp({ ...body, flags });
    }
  }

  /** The one error path: a UserError is shown to the asker; a fault is logged with its stack and answered generically. */
  async function fail(interaction: RepliableInteraction, err: unknown, where: Record<string, unknown>): Promise<void> {
    let message: NeutralMessage;
    if (isUserError(err)) {
      log.info({ ...where, code: err.code }, 'discord interaction refused');
      message = { text: `⚠️ ${err.message}`, ephemeral: true, color: colors.error };
    } else {
      log.error({ err, ...where }, 'discord interaction failed');
      message = { text: genericFailure, ephemeral: true, color: colors.error };
    }
    await send(interaction, message, 'reply').catch((e: unknown) => log.warn({ err: e, ...where }, 'could not send the error reply to Discord'));
  }

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const started = Date.now();
    const subcommand = interaction.options.getSubcommand(false) ?? undefined;
    const where = { user: interaction.user.id, guild: interaction.guildId, channel: interaction.channelId, command: interaction.commandName, subcommand };
    try {
      const invocation = readInvocation(interaction);
      const command = commands.find((c) => c.name === invocation.command);
      const work = runCommand(context(interaction), invocation);
      // Admin answers are confirmations meant for the admin alone, so their placeholder is private too.
      const deferral: Deferral = command?.admin ? 'ephemeral' : 'public';
      const message = await deferIfSlow(work, command?.slow ? 0 : deferAfterMs, async () => {
        await interaction.deferReply(deferral === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
        deferrals.set(interaction, deferral);
      });
      await send(interaction, message, 'reply');
      log.info({ ...where, deferred: interaction.deferred, ms: Date.now() - started }, 'discord command answered');
    } catch (err) {
      await fail(interaction, err, where);
    }
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const where = { user: interaction.user.id, guild: interaction.guildId, channel: interaction.channelId, action: interaction.customId, message: interaction.message.id };
    try {
      const work = runAction(actions, context(interaction), interaction.customId);
      const message = await deferIfSlow(work, deferAfterMs, async () => {
        await interaction.deferUpdate();
        deferrals.set(interaction, 'update');
      });
      await send(interaction, message, 'update');
      log.info(where, 'discord button handled');
    } catch (err) {
      await fail(interaction, err, where);
    }
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const where = { user: interaction.user.id, guild: interaction.guildId, command: interaction.commandName, option: focused.name };
    let choices: OptionChoice[] = [];
    let numeric = false;
    try {
      const command = findCommand(commands, interaction.commandName);
      const runnable = resolveRunnable(command, interaction.options.getSubcommand(false) ?? undefined);
      const ctx = context(interaction);
      const option = runnable.options.find((o) => o.name === focused.name);
      numeric = option?.kind === 'integer' || option?.kind === 'number';
      if (runnable.autocomplete && option?.autocomplete && (!command.admin || ctx.invoker.isAdmin)) {
        const partial = clipPlain(String(focused.value ?? ''), maxChoiceValue);
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<OptionChoice[]>((resolve) => (timer = setTimeout(() => resolve([]), autocompleteTimeoutMs)));
        choices = await Promise.race([runnable.autocomplete(ctx, focused.name, partial), timeout]).finally(() => clearTimeout(timer));
      }
    } catch (err) {
      if (!isUserError(err)) log.error({ err, ...where }, 'discord autocomplete failed');
    }
    // Suggestions are only suggestions: an empty list is the honest answer when they fail.
    const seen = new Set<string>();
    const answer = choices
      .filter((c) => c.value.length > 0 && c.value.length <= maxChoiceValue && !seen.has(c.value) && seen.add(c.value))
      .filter((c) => !numeric || Number.isFinite(Number(c.value)))
      .slice(0, maxAutocompleteChoices)
      .map((c) => ({ name: clipPlain(c.name, maxChoiceName) || c.value, value: numeric ? Number(c.value) : c.value }));
    await interaction.respond(answer).catch((err: unknown) => log.warn({ err, ...where }, 'could not answer autocomplete'));
  }

  return async (interaction) => {
    if (interaction.isChatInputCommand()) await onCommand(interaction);
    else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
    else if (interaction.isButton()) await onButton(interaction);
    else if (interaction.isRepliable()) {
      await interaction
        .reply({ content: 'This kind of interaction is not supported.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } })
        .catch((err: unknown) => log.warn({ err, type: interaction.type }, 'could not refuse an unsupported interaction'));
    }
  };
}

/** Who is asking: Manage Server (or Administrator) in the guild makes an admin. */
function invokerOf(interaction: Interaction): Invoker {
  return {
    platform: 'discord',
    userId: interaction.user.id,
    workspaceId: interaction.guildId ?? undefined,
    channelId: interaction.channelId ?? undefined,
    isAdmin: Boolean(interaction.guildId && interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)),
  };
}

/** The command, subcommand and raw option values (channel options give the channel id). */
function readInvocation(interaction: ChatInputCommandInteraction): Invocation {
  let options: readonly CommandInteractionOption[] = interaction.options.data;
  let subcommand: string | undefined;
  const first = options[0];
  if (first?.type === ApplicationCommandOptionType.SubcommandGroup) {
    // commands/ declares no subcommand groups; a stale registration could still send one.
    throw new UserError('unknown_command', `/${interaction.commandName} ${first.name} is no longer available; the commands may need registering again.`);
  }
  if (first?.type === ApplicationCommandOptionType.Subcommand) {
    subcommand = first.name;
    options = first.options ?? [];
  }
  const raw: Record<string, unknown> = {};
  for (const option of options) raw[option.name] = option.value;
  return { command: interaction.commandName, subcommand, options: raw };
}
