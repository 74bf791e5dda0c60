// A fresh, migrated SQLite file per test: repositories run against the real database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../src/infra/db/client.js';

export interface TempDatabase {
  url: string;
  db: Database;
  dispose(): Promise<void>;
}

export function tempDatabaseUrl(): { url: string; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'exodus-test-'));
  return { url: `file:${path.join(dir, 'test.db')}`, dir };
}

export async function createTempDatabase(): Promise<TempDatabase> {
  const { url, dir } = tempDatabaseUrl();
  const { db } = await openDatabase(url);
  return {
    url,
    db,
    async dispose() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
