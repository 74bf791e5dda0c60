// `register`: puts the slash commands generated from commands/ on a chat platform.
// `npm run register -- discord [--guild [ID]] [--print]`: guild-scoped (`--guild ID`, or bare
// `--guild` for DISCORD_DEV_GUILD_ID) shows at once in that server; without it, global.
// `--print` writes the command JSON instead of sending it. Slack has no API for this: its commands
// come with the app manifest, so `register slack` points at `npm run slack:manifest`.
import { DiscordAPIError } from 'discord.js';
import type { CliIo, CliTask } from '../cli-task.js';
import { commands } from '../../../../commands/index.js';
import { buildCommandJson, CommandJsonError } from '../../discord/command-json.js';
import { deployCommands } from '../../discord/deploy.js';

const usage = 'register discord [--guild [ID]] [--print] | register slack';

const register: CliTask = {
  name: 'register',
  usage,
  description: 'Register the slash commands on Discord (guild-scoped with --guild, global otherwise)',
  async run(args, io, context) {
    const [platform, ...rest] = args;
    if (platform === 'slack') {
      io.out('Slack commands come with the app manifest: run `npm run slack:manifest` and paste it at api.slack.com/apps (App Manifest).\n');
      return 0;
    }
    if (platform !== 'discord') return fail(io, platform ? `unknown platform "${platform.slice(0, 20)}"` : 'name the platform');
    const config = context.config;
    let guildId: string | undefined;
    let print = false;
    for (let i = 0; i < rest.length; i++) {
      const [flag, inline] = rest[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
      if (flag === '--print') print = true;
      else if (flag === '--guild') {
        const next = inline ?? (rest[i + 1] && !rest[i + 1]!.startsWith('--') ? rest[++i] : undefined);
        guildId = next ?? config.DISCORD_DEV_GUILD_ID;
        if (!guildId) return fail(io, '--guild needs a server id (or set DISCORD_DEV_GUILD_ID)');
      } else return fail(io, `unknown argument "${rest[i]!.slice(0, 40)}"`);
    }
    if (guildId && !/^\d{15,22}$/.test(guildId)) return fail(io, `"${guildId.slice(0, 30)}" is not a Discord server id (right-click the server with Developer Mode on -> Copy Server ID)`);
    try {
      if (print) {
        io.out(`${JSON.stringify(buildCommandJson(commands), null, 2)}\n`);
        return 0;
      }
      if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) return fail(io, 'set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see README, "Discord")');
      const result = await deployCommands({ token: config.DISCORD_TOKEN, applicationId: config.DISCORD_APPLICATION_ID, guildId, commands, apiUrl: config.DISCORD_API_URL });
      const where = result.scope === 'guild' ? `in server ${result.guildId} (visible there now)` : 'globally (every server the bot is in)';
      io.out(`Registered ${result.commands.length} Discord commands ${where}:\n`);
      for (const c of result.commands) io.out(`  /${c.name}${c.admin ? '  (Manage Server only)' : ''}  id ${c.id}\n`);
      return 0;
    } catch (err) {
      if (err instanceof CommandJsonError) {
        io.err(`error: ${err.message}\n`);
        return 1;
      }
      if (err instanceof DiscordAPIError) {
        const hint = err.status === 401 ? ' (DISCORD_TOKEN is wrong or was reset)' : err.status === 403 || err.status === 404 ? ' (check DISCORD_APPLICATION_ID, and that the bot was invited with the applications.commands scope)' : '';
        io.err(`error: Discord refused the commands: ${err.status} ${err.message}${hint}\n`);
        return 1;
      }
      throw err;
    }
  },
};

function fail(io: CliIo, message: string): number {
  io.err(`error: ${message}\nusage: npm run register -- discord [--guild [ID]] [--print]\n`);
  return 2;
}

export default register;
