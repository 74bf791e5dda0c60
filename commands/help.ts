// /help: every command with its options, built from the registry itself.
import { defineCommand } from '../src/core/commands/definition.js';
import type { CommandDefinition, OptionDefinition } from '../src/core/commands/definition.js';
import type { MessageField } from '../src/core/messages/neutral-message.js';
import { colors } from '../src/core/messages/neutral-message.js';

export default defineCommand({
  name: 'help',
  description: 'List every command with its options',
  options: [{ name: 'command', description: 'Show one command in detail', kind: 'string', maxLength: 32 }],
  async handler(ctx, { command }) {
    const visible = ctx.commands.filter((c) => !c.admin || ctx.invoker.isAdmin);
    const chosen = command ? visible.filter((c) => c.name === command.replace(/^\//, '').toLowerCase()) : visible;
    if (command && chosen.length === 0) {
      return { text: `No command named "${command}". Try /help.`, ephemeral: true, color: colors.error };
    }
    return {
      title: 'Exodus Watch commands',
      text: 'Tracks who leaves, joins and returns to OpenAI, from news feeds. Options are optional unless marked *required*.',
      fields: chosen.map(describe),
      color: colors.info,
      ephemeral: true,
    };
  },
});

function describe(command: CommandDefinition): MessageField {
  const lines = command.subcommands
    ? command.subcommands.map((s) => `\`/${command.name} ${s.name}${usage(s.options)}\` — ${s.description}`)
    : [`\`/${command.name}${usage(command.options ?? [])}\``];
  return { name: `/${command.name}${command.admin ? ' (admin)' : ''} — ${command.description}`, value: lines.join('\n') };
}

function usage(options: readonly OptionDefinition[]): string {
  return options.map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('');
}
