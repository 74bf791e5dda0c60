// Where the bot's own files are (package.json, prisma/, assets/): the folder holding package.json,
// found by walking up from this module, so the same code finds them whether it runs from the
// TypeScript sources (tsx, tests) or from the compiled build in dist/, from any working directory.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(): string {
  const start = path.dirname(fileURLToPath(import.meta.url));
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json in ${start} or any folder above it`);
    dir = parent;
  }
  return dir;
}

const projectRoot = findProjectRoot();

/** A path inside the project folder, e.g. projectPath('prisma', 'schema.prisma'). */
export function projectPath(...segments: string[]): string {
  return path.join(projectRoot, ...segments);
}
