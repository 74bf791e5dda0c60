// Registers the slash commands with Discord: one bulk PUT of the JSON generated from commands/,
// which replaces the application's set (so removed commands disappear too). Guild-scoped commands
// show at once in that server (development); global ones reach every server the bot is in.
import { REST, Routes, type RESTOptions } from 'discord.js';
import type { CommandDefinition } from '../../core/commands/definition.js';
import { buildCommandJson, type DiscordCommandJson } from './command-json.js';
import { restApiBase } from './rest-api.js';

interface DeployOptions {
  token: string;
  applicationId: string;
  /** Register in this guild only; global when absent. */
  guildId?: string;
  commands: readonly CommandDefinition[];
  /** DISCORD_API_URL (tests point it at a local fake). */
  apiUrl?: string;
  rest?: Partial<RESTOptions>;
}

interface RegisteredCommand {
  id: string;
  name: string;
  admin: boolean;
}

interface DeployResult {
  scope: 'guild' | 'global';
  guildId?: string;
  commands: RegisteredCommand[];
}

export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  // Built before any request: a command that breaks Discord's rules stops here, with its reasons.
  const body = buildCommandJson(options.commands);
  const api = restApiBase(options.apiUrl);
  const rest = new REST({ ...(api ? { api } : {}), ...options.rest }).setToken(options.token);
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  const answer = (await rest.put(route, { body })) as Array<{ id: string; name: string }>;
  const sent = new Map(body.map((c: DiscordCommandJson) => [c.name, c]));
  return {
    scope: options.guildId ? 'guild' : 'global',
    guildId: options.guildId,
    commands: answer.map((c) => ({ id: c.id, name: c.name, admin: Boolean(sent.get(c.name)?.default_member_permissions) })),
  };
}
