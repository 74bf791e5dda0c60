// `npm start` with Discord credentials: the composition root logs the real discord.js client in to
// the fake Discord, answers /help from the real registry over the gateway, and stops cleanly on
// SIGINT. Without credentials Discord stays off (tests/main.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { tempDatabaseUrl } from '../../helpers/temp-database.js';
import { startBot } from '../../helpers/start-bot.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/fake-discord.js';

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
    const bot = startBot({
      DATABASE_URL: temp.url,
      FEEDS_FILE: path.join(temp.dir, 'none.json'),
      SEED_ON_START: 'false',
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    });
    try {
      await bot.waitFor('discord connected');
      expect(bot.output().out).toMatch(/"discord":"on"/);
      const sent = fake.sendChatInput('help');
      const reply = await fake.waitForRequest({ method: 'POST', path: `/interactions/${sent.id}/${sent.token}/callback` }, 10_000);
      expect(reply.status).toBe(204);
      const data = (reply.json as { data: { flags: number; embeds: { title: string; fields: { name: string }[] }[] } }).data;
      expect(data.flags).toBe(64);
      expect(data.embeds[0]!.title).toBe('Exodus Watch commands');
      // A member sees no admin commands in /help.
      expect(data.embeds[0]!.fields.map((f) => f.name).join('\n')).not.toContain('(admin)');
      const { out, err } = bot.output();
      expect(out + err).not.toContain(fake.token);
    } finally {
      bot.child.kill('SIGINT');
    }
    expect(await bot.exited).toBe(0);
  }, 30_000);
});
