// Reads prisma/ from disk in the shapes the schema engine expects: the datamodel and the
// list of standard `migrations/<name>/migration.sql` folders (so `prisma migrate deploy` agrees).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { projectPath } from '../project-files.js';

/** The project's prisma/ folder. */
export const prismaDir = projectPath('prisma');

export function readDatamodel(dir = prismaDir): string {
  return readFileSync(path.join(dir, 'schema.prisma'), 'utf8');
}

export function readMigrationList(dir = prismaDir): MigrationList {
  const baseDir = path.join(dir, 'migrations');
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const names = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => {
      const file = path.join(baseDir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file) ? { tag: 'ok', value: readFileSync(file, 'utf8') } : { tag: 'error', value: 'missing migration.sql' },
        },
      };
    }),
  };
}
