// Enforces the house rules on imports (ARCHITECTURE.md rule 1): the core never imports a platform,
// infra or the database client; commands stay platform-neutral; adapters do not import each other;
// no import cycles; no console output in shipped code.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  const full = path.join(root, dir);
  return readdirSync(full).flatMap((name) => {
    const file = path.join(full, name);
    if (statSync(file).isDirectory()) return name === 'generated' ? [] : sourceFiles(path.relative(root, file));
    return name.endsWith('.ts') ? [path.relative(root, file)] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
}

function resolved(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return path.normalize(path.join(path.dirname(file), specifier)).replace(/\.js$/, '.ts');
}

const forbiddenInCore = [/^discord\.js$/, /^@discordjs\//, /^@slack\//, /^@prisma\//, /^better-sqlite3$/, /^undici$/, /^node-cron$/, /^@resvg\//];

describe('architecture', () => {
  const core = sourceFiles('src/core');
  const commandFiles = sourceFiles('commands');

  it('keeps the core free of platforms, infra and the database client', () => {
    const offences = [...core, ...commandFiles].flatMap((file) =>
      importsOf(file)
        .filter((spec) => forbiddenInCore.some((re) => re.test(spec)) || /\/(infra|platforms)\//.test(resolved(file, spec) ?? '') || /^src\/(app|main|config|scheduler)\.ts$/.test(resolved(file, spec) ?? ''))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it('keeps platform adapters apart from each other', () => {
    const platforms = ['discord', 'slack', 'cli'];
    // Operator tasks (`register`, `slack-manifest`) print what an adapter's pure generator builds
    // from commands/; that one direction is allowed, and only from src/platforms/cli/tasks/.
    const operatorTask = (file: string, target: string) => file.startsWith('src/platforms/cli/tasks/') && !target.startsWith('src/platforms/cli/');
    const offences = platforms.flatMap((name) =>
      sourceFiles(`src/platforms/${name}`).flatMap((file) =>
        importsOf(file)
          .filter((spec) => !operatorTask(file, resolved(file, spec) ?? ''))
          .filter((spec) => platforms.some((other) => other !== name && (resolved(file, spec) ?? '').startsWith(`src/platforms/${other}/`)))
          .map((spec) => `${file} imports ${spec}`),
      ),
    );
    expect(offences).toEqual([]);
  });

  it('has no import cycles', () => {
    const files = [...sourceFiles('src'), ...commandFiles];
    const graph = new Map(files.map((file) => [file, importsOf(file).map((s) => resolved(file, s)).filter((t): t is string => !!t && files.includes(t))]));
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('writes no console output from shipped code (logs go through pino)', () => {
    const offences = [...sourceFiles('src'), ...commandFiles].filter((file) => /\bconsole\.(log|info|warn|error|debug)\(/.test(readFileSync(path.join(root, file), 'utf8')));
    expect(offences).toEqual([]);
  });
});
