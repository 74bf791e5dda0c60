// `npm start` with Discord credentials: the composition root logs the real discord.js client in to
// the fake Discord, answers /help from the real registry over the gateway, and stops cleanly on
// SIGINT. Without credentials Discord stays off (tests/main.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotOnTempDatabase } from '../../helpers/start-bot.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/fake-discord.js';

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => fake?.close());

describe('npm start with Discord credentials', () => {
  it('connects to the gateway, answers /help with the real commands, and stops on SIGINT', async () => {
    const bot = startBotOnTempDatabase({
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    });
    let exitCode: number | null = null;
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
      exitCode = await bot.stop();
    }
    expect(exitCode).toBe(0);
  }, 30_000);
});
