// Opens the Prisma client on SQLite through the better-sqlite3 driver adapter, after migrating.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/client.js';
import { migrate } from './migrator.js';

export type Database = PrismaClient;

export interface OpenedDatabase {
  db: Database;
  /** Migration names applied by this open (empty when the file was already current). */
  applied: string[];
  /** This open created the database (its first migration ran now): a brand-new install. */
  created: boolean;
}

/** Migrates the database at `url` to the committed schema, then opens a client on it. */
export async function openDatabase(url: string): Promise<OpenedDatabase> {
  const { applied, created } = await migrate(url);
  // timeout = SQLite busy timeout: wait for another writer instead of failing at once.
  const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: 10_000 }) });
  // WAL lets readers (slash commands) proceed while the poller writes.
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  return { db, applied, created };
}
