import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ConfigError, configSchema, enabledPlatforms, loadConfig } from '../src/config.js';

describe('config', () => {
  it('starts with no environment at all', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('file:./data/exodus.db');
    expect(enabledPlatforms(config)).toEqual({ discord: false, slack: false });
  });

  it('names every bad key at once', () => {
    try {
      loadConfig({ POLL_INTERVAL_MINUTES: 'often', DATABASE_URL: 'postgres://x', TZ_DEFAULT: 'Mars/Olympus' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as ConfigError).message;
      expect(message).toContain('POLL_INTERVAL_MINUTES');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('TZ_DEFAULT');
    }
  });

  it('requires the application id with a Discord token', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: 'x' })).toThrow(/DISCORD_APPLICATION_ID/);
  });

  it('.env.example documents exactly the keys the schema reads', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const keys = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]).sort();
    expect(keys).toEqual(Object.keys(configSchema.shape).sort());
    // every key has a comment line right above it
    for (const key of keys) expect(example).toMatch(new RegExp(`# .+\\n${key}=`));
  });
});
