// `npm run register -- discord [--guild ID]` through the real CLI, against the fake Discord.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../helpers/run-cli.js';
import { commands } from '../../../commands/index.js';
import { buildCommandJson } from '../../../src/platforms/discord/command-json.js';
import { tempDatabaseUrl } from '../../helpers/temp-database.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/fake-discord.js';

let fake: FakeDiscord;
let dir: string;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  fake = await startFakeDiscord();
  const temp = tempDatabaseUrl();
  dir = temp.dir;
  env = {
    DATABASE_URL: temp.url,
    FEEDS_FILE: path.join(dir, 'no-feeds.json'),
    SEED_ON_START: 'false',
    LOG_LEVEL: 'error',
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_DEV_GUILD_ID: fake.guildId,
  };
});
afterAll(async () => {
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (...argv: string[]) => runCliCaptured(['register', ...argv], env);

describe('register discord', () => {
  it('puts the generated commands in one guild with --guild ID', async () => {
    const guild = '923456789012345678';
    const { code, out, err } = await run('discord', '--guild', guild);
    expect(err).toBe('');
    expect(code).toBe(0);
    const [put] = fake.requests({ method: 'PUT' });
    expect(put!.path).toBe(`/applications/${fake.applicationId}/guilds/${guild}/commands`);
    expect(put!.authorization).toBe(`Bot ${fake.token}`);
    expect(put!.json).toEqual(buildCommandJson(commands));
    const sent = put!.json as { name: string; default_member_permissions?: string }[];
    for (const command of commands) {
      expect(sent.find((c) => c.name === command.name)!.default_member_permissions).toBe(command.admin ? '32' : undefined);
    }
    expect(out).toContain(`Registered ${commands.length} Discord commands in server ${guild}`);
    expect(out).toMatch(/\/help {2}id \d+/);
    const admin = commands.find((c) => c.admin);
    if (admin) expect(out).toContain(`/${admin.name}  (Manage Server only)`);
  });

  it('uses DISCORD_DEV_GUILD_ID for a bare --guild, and registers globally without it', async () => {
    expect((await run('discord', '--guild')).code).toBe(0);
    expect(fake.requests({ method: 'PUT' }).at(-1)!.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    const global = await run('discord');
    expect(global.code).toBe(0);
    expect(fake.requests({ method: 'PUT' }).at(-1)!.path).toBe(`/applications/${fake.applicationId}/commands`);
    expect(global.out).toContain('globally');
  });

  it('prints the JSON with --print and sends nothing', async () => {
    const before = fake.requests().length;
    const { code, out } = await run('discord', '--print');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(buildCommandJson(commands))));
    expect(fake.requests()).toHaveLength(before);
  });

  it('refuses bad arguments with exit 2 and explains a rejected token', async () => {
    expect((await run('discord', '--guild', 'my-server')).code).toBe(2);
    expect((await run('discord', '--frobnicate')).err).toContain('unknown argument');
    expect((await run()).code).toBe(2);
    const saved = env.DISCORD_TOKEN;
    env.DISCORD_TOKEN = 'wrong-token';
    const rejected = await run('discord');
    env.DISCORD_TOKEN = saved;
    expect(rejected.code).toBe(1);
    expect(rejected.err).toContain('401');
    expect(rejected.err).toContain('DISCORD_TOKEN is wrong');
    expect(rejected.err).not.toContain('wrong-token');
  });

  it('points Slack users at the manifest', async () => {
    const { code, out } = await run('slack');
    expect(code).toBe(0);
    expect(out).toContain('npm run slack:manifest');
  });
});
