#!/usr/bin/env node
// `exodus-watch <command> ...`: the CLI as an installed bin. Runs the TypeScript sources through tsx.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', `${root}src/platforms/cli/main.ts`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
