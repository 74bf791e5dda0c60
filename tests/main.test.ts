// The process as a newcomer runs it: `npm start` with no tokens starts, migrates a new SQLite file,
// says what is and is not configured, and stops cleanly on Ctrl-C; bad config is one clear line.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { buildBot, startBot as start, startBotOnTempDatabase } from './helpers/start-bot.js';

describe('npm start', () => {
  it('runs without tokens on a new SQLite file and stops cleanly on SIGINT', async () => {
    const bot = startBotOnTempDatabase({ SEED_ON_START: 'true' });
    let exitCode: number | null = null;
    try {
      await bot.waitFor('exodus watch running');
      expect(existsSync(bot.databaseUrl.slice('file:'.length))).toBe(true);
      const { out } = bot.output();
      expect(out).toContain('database migrated');
      expect(out).toMatch(/"discord":"off \(no DISCORD_TOKEN\)"/);
      expect(out).toMatch(/"slack":"off \(no SLACK_BOT_TOKEN\)"/);
    } finally {
      exitCode = await bot.stop();
    }
    expect(exitCode).toBe(0);
    expect(bot.output().out).toContain('"msg":"stopped"');
  });

  it('runs from the compiled build with the start script\'s flags, finding prisma/ and assets/ from dist/', async () => {
    buildBot();
    const bot = startBotOnTempDatabase({ SEED_ON_START: 'true' }, { compiled: true });
    let exitCode: number | null = null;
    try {
      await bot.waitFor('exodus watch running');
      const { out } = bot.output();
      expect(out).toContain('database migrated');
      expect(out).toContain('seed history loaded');
    } finally {
      exitCode = await bot.stop();
    }
    expect(exitCode).toBe(0);
  }, 90_000);

  it('refuses a malformed setting with one line naming it and exit code 1', async () => {
    const bot = start({ POLL_INTERVAL_MINUTES: 'soon' });
    expect(await bot.exited).toBe(1);
    expect(bot.output().err).toMatch(/POLL_INTERVAL_MINUTES/);
  });

  it('never logs a token', async () => {
    const bot = start({ DISCORD_TOKEN: 'secret-token-value' });
    expect(await bot.exited).toBe(1);
    const { out, err } = bot.output();
    expect(err).toMatch(/DISCORD_APPLICATION_ID/);
    expect(out + err).not.toContain('secret-token-value');
  });
});
