// The terminal front end: `npm run cli -- <command> [--option value ...] [--json]`.
// Runs any slash command from commands/ against the local database, plus operator tasks.
// Exit codes: 0 success, 2 user error, 1 fault.
import 'dotenv/config';
import { userInfo } from 'node:os';
import { writeFileSync } from 'node:fs';
import pino from 'pino';
import { ConfigError, loadConfig } from '../../config.js';
import { createLogger } from '../../infra/logger.js';
import { createApp, type App } from '../../app.js';
import { actions, commands } from '../../../commands/index.js';
import { isUserError, UserError } from '../../core/commands/errors.js';
import { findCommand, runCommand } from '../../core/commands/dispatch.js';
import { readArguments } from '../../core/commands/arguments.js';
import { resolveRunnable } from '../../core/commands/dispatch.js';
import { runAction } from '../../core/commands/actions.js';
import type { CommandContext } from '../../core/commands/definition.js';
import { renderText } from '../../core/messages/render-text.js';
import type { NeutralMessage } from '../../core/messages/neutral-message.js';
import { tasks } from './tasks/index.js';
import type { CliIo } from './cli-task.js';

const io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

export async function runCli(argv: string[], cliIo: CliIo = io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const json = argv.includes('--json');
  const imageIndex = argv.indexOf('--save-image');
  const imagePath = imageIndex >= 0 ? argv[imageIndex + 1] : undefined;
  const args = argv.filter((a, i) => a !== '--json' && (imageIndex < 0 || (i !== imageIndex && i !== imageIndex + 1)));
  const [name = 'help', ...rest] = args;

  let app: App | undefined;
  try {
    const config = loadConfig(env);
    // Logs go to stderr so stdout stays the command's answer (and valid JSON with --json).
    // Quiet by default: a terminal user wants the answer, not start-up chatter.
    const level = env.LOG_LEVEL ? config.LOG_LEVEL : 'warn';
    const openApp = async () => (app ??= await createApp(config, createLogger({ LOG_LEVEL: level, LOG_FORMAT: 'json' }, pino.destination(2))));
    const task = tasks.find((t) => t.name === name);
    if (task) return await task.run(rest, cliIo, { config, app: openApp });
    app = await openApp();

    const ctx: CommandContext = {
      services: app.services,
      invoker: { platform: 'cli', userId: safeUser(), isAdmin: true },
      commands,
    };
    const message = name === 'action' ? await runAction(actions, ctx, rest[0] ?? '') : await runSlashCommand(ctx, name, rest);
    if (name === 'help' && !json && rest.length === 0) cliIo.out(renderTasks());
    if (imagePath && message.image) writeFileSync(imagePath, message.image.data);
    cliIo.out(json ? `${JSON.stringify(toJson(message), null, 2)}\n` : renderText(message));
    return 0;
  } catch (err) {
    if (isUserError(err)) {
      cliIo.err(json ? `${JSON.stringify({ error: { code: err.code, message: err.message } })}\n` : `error: ${err.message}\n`);
      return 2;
    }
    if (err instanceof ConfigError) {
      cliIo.err(`exodus-watch: ${err.message}\n`);
      return 1;
    }
    app?.log.error({ err }, 'command failed');
    cliIo.err(`fault: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    await app?.close();
  }
}

async function runSlashCommand(ctx: CommandContext, name: string, rest: string[]): Promise<NeutralMessage> {
  const command = findCommand(commands, name.replace(/^\//, ''));
  const subcommand = command.subcommands ? rest.shift() : undefined;
  if (command.subcommands && subcommand?.startsWith('--')) {
    throw new UserError('missing_option', `/${command.name} needs a subcommand first: ${command.subcommands.map((s) => s.name).join('|')}.`);
  }
  const runnable = resolveRunnable(command, subcommand);
  return runCommand(ctx, { command: command.name, subcommand, options: readArguments(rest, runnable.options) });
}

function renderTasks(): string {
  const width = Math.max(...tasks.map((t) => t.usage.length));
  return `Operator tasks (npm run cli -- <task>):\n${tasks.map((t) => `  ${t.usage.padEnd(width)}  ${t.description}`).join('\n')}\n\n`;
}

/** JSON form of a message: the image becomes base64 so the output stays text. */
function toJson(message: NeutralMessage): unknown {
  if (!message.image) return message;
  const { data, ...image } = message.image;
  return { ...message, image: { ...image, bytes: data.byteLength, base64: Buffer.from(data).toString('base64') } };
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'cli';
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('cli/main.ts')) {
  process.exitCode = await runCli(process.argv.slice(2));
}
