// Finds and runs a command for any front end: resolves the subcommand, checks admin rights,
// validates options, calls the handler.
import type { CommandContext, CommandDefinition, Runnable } from './definition.js';
import { UserError } from './errors.js';
import { parseOptions } from './options.js';
import type { NeutralMessage } from '../messages/neutral-message.js';

/** A name typed by the user, shown back in an error: short, and without control characters (terminal escapes). */
function echo(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').slice(0, 40);
}

export function findCommand(commands: readonly CommandDefinition[], name: string): CommandDefinition {
  const command = commands.find((c) => c.name === name.toLowerCase());
  if (!command) {
    throw new UserError('unknown_command', `Unknown command "${echo(name)}". Commands: ${commands.map((c) => c.name).join(', ')}.`);
  }
  return command;
}

/** The runnable leaf of a command: itself, or the named subcommand of a group. */
export function resolveRunnable(command: CommandDefinition, subcommand: string | undefined): Runnable {
  if (command.subcommands) {
    const names = command.subcommands.map((s) => s.name).join('|');
    if (!subcommand) throw new UserError('missing_option', `/${command.name} needs a subcommand: ${names}.`);
    const leaf = command.subcommands.find((s) => s.name === subcommand.toLowerCase());
    if (!leaf) throw new UserError('unknown_command', `Unknown subcommand "${echo(subcommand)}" for /${command.name}: use ${names}.`);
    return leaf;
  }
  if (!command.handler) throw new Error(`command ${command.name} has neither handler nor subcommands`);
  return { name: command.name, description: command.description, options: command.options ?? [], handler: command.handler, autocomplete: command.autocomplete };
}

export interface Invocation {
  command: string;
  subcommand?: string;
  /** Raw option values by option name. */
  options: Record<string, unknown>;
}

export async function runCommand(ctx: CommandContext, invocation: Invocation): Promise<NeutralMessage> {
  const command = findCommand(ctx.commands, invocation.command);
  if (command.admin && !ctx.invoker.isAdmin) {
    throw new UserError('forbidden', `/${command.name} is for server admins only.`);
  }
  const runnable = resolveRunnable(command, invocation.subcommand);
  const options = parseOptions(runnable.options, invocation.options, ctx.services.clock.now());
  return runnable.handler(ctx, options);
}
