// `npm run db:diff -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL that takes the committed migrations to schema.prisma, using the offline WASM schema engine
// (the stand-in for `prisma migrate dev --create-only`, whose native engine cannot be downloaded here).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pendingSchemaChange } from '../src/infra/db/migrator.js';
import { prismaDir } from '../src/infra/db/migrations.js';

const name = (process.argv[2] ?? 'change').replace(/[^a-z0-9_]+/gi, '_').toLowerCase();
const sql = await pendingSchemaChange();
if (!sql.trim()) {
  process.stdout.write('schema.prisma and prisma/migrations are in step: nothing to write.\n');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(prismaDir, 'migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
process.stdout.write(`wrote ${path.relative(process.cwd(), dir)}/migration.sql\n`);
