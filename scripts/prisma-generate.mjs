// Generates the Prisma client at install time without network access.
// `prisma generate` never runs the schema engine, but the CLI insists on finding one; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at an existing file stops it from trying to download the native one.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
env.CHECKPOINT_DISABLE = '1';
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
