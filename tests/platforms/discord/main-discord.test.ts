// `npm start` with Discord credentials: the composition root logs the real discord.js client in to
// the fake Discord, answers /help from the real registry over the gateway, and stops cleanly on
// SIGINT. Without credentials Discord stays off (tests/main.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDatabaseUrl } from '../../helpers/temp-database.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/fake-discord.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let fake: FakeDiscord;
let dir: string;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm start with Discord credentials', () => {
  it('connects to the gateway, answers /help with the real commands, and stops on SIGINT', async () => {
    const temp = tempDatabaseUrl();
    dir = temp.dir;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LOG_FORMAT: 'json',
        DATABASE_URL: temp.url,
        FEEDS_FILE: path.join(temp.dir, 'none.json'),
        SEED_ON_START: 'false',
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await expect
        .poll(() => out.includes('discord connected'), { timeout: 20_000, interval: 100 })
        .toBe(true)
        .catch(() => {
          throw new Error(`no Discord start-up line; stdout:\n${out}\nstderr:\n${err}`);
        });
      expect(out).toMatch(/"discord":"on"/);
      const sent = fake.sendChatInput('help');
      const reply = await fake.waitForRequest({ method: 'POST', path: `/interactions/${sent.id}/${sent.token}/callback` }, 10_000);
      expect(reply.status).toBe(204);
      const data = (reply.json as { data: { flags: number; embeds: { title: string; fields: { name: string }[] }[] } }).data;
      expect(data.flags).toBe(64);
      expect(data.embeds[0]!.title).toBe('Exodus Watch commands');
      // A member sees no admin commands in /help.
      expect(data.embeds[0]!.fields.map((f) => f.name).join('\n')).not.toContain('(admin)');
      expect(out + err).not.toContain(fake.token);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 30_000);
});
