// The bot as `npm start` wires it (createApp), on a fresh temporary SQLite file, with feeds allowed
// on loopback (ALLOW_PRIVATE_FEED_URLS, as the feed fakes live on 127.0.0.1) and quiet logs, for
// the reliability tests. Each test passes the few settings it is about (timeouts, gaps).
import { rmSync } from 'node:fs';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/app.js';
import type { Clock } from '../../src/core/services.js';
import { tempDatabaseUrl } from '../helpers/temp-database.js';

export interface BotApp {
  app: App;
  url: string;
  dir: string;
  /** Closes the app (if still open) and deletes the database. */
  dispose(): Promise<void>;
}

export function botEnv(url: string, dir: string, env: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    LOG_FORMAT: 'json',
    SEED_ON_START: 'false',
    FEEDS_FILE: `${dir}/no-default-feeds.json`,
    ALLOW_PRIVATE_FEED_URLS: 'true',
    POLL_HOST_GAP_MS: '0',
    ...env,
  };
}

export async function createBotApp(env: Record<string, string> = {}, clock?: Clock): Promise<BotApp> {
  const { url, dir } = tempDatabaseUrl();
  const app = await createApp(loadConfig(botEnv(url, dir, env)), pino({ level: 'silent' }), clock ? { clock } : {});
  let closed = false;
  return {
    app,
    url,
    dir,
    async dispose() {
      if (!closed) await app.close();
      closed = true;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
