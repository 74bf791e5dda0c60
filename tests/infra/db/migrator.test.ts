import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import { databaseDrift, migrateDatabase, pendingSchemaChange } from '../../../src/infra/db/migrator.js';
import { openDatabase } from '../../../src/infra/db/client.js';
import { tempDatabaseUrl } from '../../helpers/temp-database.js';

describe('migrations', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('migrates a fresh database once, and the tables match schema.prisma', async () => {
    const { url, dir } = tempDatabaseUrl();
    dirs.push(dir);
    const applied = await migrateDatabase(url);
    expect(applied.length).toBeGreaterThan(0);
    expect(await migrateDatabase(url)).toEqual([]);
    expect(await databaseDrift(url)).toBe('');
    const raw = new Sqlite(url.slice('file:'.length));
    raw.exec('DROP INDEX "Event_occurredAt_idx"');
    raw.close();
    expect(await databaseDrift(url)).toContain('Event_occurredAt_idx');
  });

  it('has a migration for every change to schema.prisma', async () => {
    expect(await pendingSchemaChange()).toBe('');
  });

  it('opens an up-to-date database beside a busy writer without touching the schema', async () => {
    const { url, dir } = tempDatabaseUrl();
    dirs.push(dir);
    await migrateDatabase(url);
    const writer = new Sqlite(url.slice('file:'.length));
    writer.pragma('journal_mode = WAL');
    writer.exec('BEGIN IMMEDIATE');
    writer.prepare("INSERT INTO Feed (url, updatedAt) VALUES ('https://example.com/a', 0)").run();
    try {
      expect(await migrateDatabase(url)).toEqual([]);
    } finally {
      writer.exec('COMMIT');
      writer.close();
    }
  });

  it('opens the database in WAL mode', async () => {
    const { url, dir } = tempDatabaseUrl();
    dirs.push(dir);
    const { db } = await openDatabase(url);
    await db.feed.create({ data: { url: 'https://example.com/feed.xml' } });
    await db.$disconnect();
    const raw = new Sqlite(url.slice('file:'.length));
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('select count(*) as n from Feed').get()).toEqual({ n: 1 });
    raw.close();
  });
});
