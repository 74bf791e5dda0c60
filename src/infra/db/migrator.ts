// Brings a database up to the committed migrations at start-up, through Prisma's WASM schema
// engine, and switches SQLite to WAL so the poller can write while commands read.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import path from 'node:path';
import { withSchemaEngine } from './schema-engine.js';
import type { DiffTarget, MigrationList } from '@prisma/schema-engine-wasm';
import { prismaDir, readDatamodel, readMigrationList } from './migrations.js';

const noFilters = { externalTables: [], externalEnums: [] };

/** Applies pending migrations; returns the names it applied (empty when up to date). */
export async function migrateDatabase(url: string, dir = prismaDir): Promise<string[]> {
  return (await migrate(url, dir)).applied;
}

/**
 * Applies pending migrations and says whether the database is brand new (its first migration was
 * applied now), reading the migrations folder once.
 */
export async function migrate(url: string, dir = prismaDir): Promise<{ applied: string[]; created: boolean }> {
  ensureSqliteDirectory(url);
  const list = readMigrationList(dir);
  if (isUpToDate(url, list)) return { applied: [], created: false };
  const applied = await withSchemaEngine(url, readDatamodel(dir), async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: list, filters: noFilters });
    return appliedMigrationNames;
  });
  return { applied, created: applied.length > 0 && applied[0] === list.migrationDirectories[0]?.path };
}

/**
 * True when every committed migration is recorded as applied with the same checksum. Checked with a
 * plain read so a CLI started beside the running bot never needs the engine: the engine's
 * transactions would otherwise collide with the bot's writes (SQLITE_BUSY on a WAL snapshot).
 */
function isUpToDate(url: string, list: MigrationList): boolean {
  const file = sqliteFilePath(url);
  if (!file || !existsSync(file)) return false;
  const sqlite = new Sqlite(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return false;
    const rows = sqlite
      .prepare('SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')
      .all() as { name: string; checksum: string }[];
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
    return list.migrationDirectories.every((m) => {
      const content = m.migrationFile.content;
      return content.tag === 'ok' && applied.get(m.path) === createHash('sha256').update(content.value).digest('hex');
    });
  } finally {
    sqlite.close();
  }
}

/** SQL that would take the committed migrations to the current schema.prisma ('' when in step). */
export function pendingSchemaChange(dir = prismaDir): Promise<string> {
  return diffToDatamodel(':memory:', { tag: 'migrations', ...readMigrationList(dir) }, dir);
}

/** SQL that would take the live database at `url` to schema.prisma ('' when they match). */
export function databaseDrift(url: string, dir = prismaDir): Promise<string> {
  // "schemaDatasource" = the database the engine's adapter is connected to.
  return diffToDatamodel(url, { tag: 'schemaDatasource', files: [{ path: 'schema.prisma', content: readDatamodel(dir) }], configDir: dir }, dir);
}

async function diffToDatamodel(url: string, from: DiffTarget, dir: string): Promise<string> {
  const datamodel = readDatamodel(dir);
  return withSchemaEngine(url, datamodel, async (engine) => {
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: datamodel }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = result.stdout ?? '';
    return /^-- This is an empty migration\.?\s*$/.test(sql.trim()) ? '' : sql;
  });
}

/** better-sqlite3 will not create missing folders; `file:./data/x.db` should just work. */
function ensureSqliteDirectory(url: string): void {
  const file = sqliteFilePath(url);
  if (file) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

/** The file a `file:` URL points at, or undefined for in-memory databases. */
function sqliteFilePath(url: string): string | undefined {
  const file = url.replace(/^file:/, '').replace(/\?.*$/, '');
  return file === '' || file.includes(':memory:') ? undefined : file;
}
