// Start-up seeding through createApp (what `npm start` and the CLI run): the history is loaded
// into a new database when SEED_ON_START is on, exactly once, and not at all when it is off.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

const dir = mkdtempSync(path.join(tmpdir(), 'exodus-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(name: string, seed: string) {
  const config = loadConfig({ DATABASE_URL: `file:${path.join(dir, `${name}.db`)}`, FEEDS_FILE: path.join(dir, 'none.json'), SEED_ON_START: seed });
  return createApp(config, pino({ level: 'silent' }));
}

describe('seeding at start-up', () => {
  it('loads the saga once and serves it through the saga service', async () => {
    const first = await open('on', 'true');
    try {
      expect(await first.db.event.count({ where: { origin: 'seed' } })).toBe(12);
      const overview = await first.services.saga.overview({});
      expect(overview.span.count).toBe(12);
    } finally {
      await first.close();
    }
    const second = await open('on', 'true');
    try {
      expect(await second.db.event.count()).toBe(12);
      expect(await second.db.article.count()).toBe(2);
    } finally {
      await second.close();
    }
  });

  it('leaves the database empty when SEED_ON_START is false', async () => {
    const app = await open('off', 'false');
    try {
      expect(await app.db.event.count()).toBe(0);
      expect((await app.services.saga.stats()).overall.count).toBe(0);
    } finally {
      await app.close();
    }
  });
});
