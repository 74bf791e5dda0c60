// Builds the bot's core from its configuration: database (migrated), repositories and services.
// main.ts (the long-running process) and the CLI share it, so both see the same wiring.
import type { Config } from './config.js';
import type { Logger } from './infra/logger.js';
import { openDatabase, type Database } from './infra/db/client.js';
import type { Services } from './core/services.js';
import { systemClock } from './infra/system-clock.js';

export interface App {
  config: Config;
  log: Logger;
  db: Database;
  services: Services;
  close(): Promise<void>;
}

export async function createApp(config: Config, log: Logger, overrides: Partial<Pick<Services, 'clock'>> = {}): Promise<App> {
  const { db, applied } = await openDatabase(config.DATABASE_URL);
  if (applied.length > 0) log.info({ migrations: applied }, 'database migrated');
  const clock = overrides.clock ?? systemClock;
  const services: Services = { clock };
  return {
    config,
    log,
    db,
    services,
    async close() {
      await db.$disconnect();
    },
  };
}
