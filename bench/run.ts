// `npm run bench [-- --quick] [-- --only ingest,commands] [-- --seed 42] [-- --json] [-- --max-old-space-size 96]`
// Runs each benchmark section in its own Node process (so one section's memory never shows in
// another's peak RSS), on a corpus generated from a seed, and prints the figures with PASS/FAIL
// against the targets: a 25,000-item cycle under 10 s and 300 MB RSS, an unchanged cycle under
// 1 s, command p99 under 100 ms, a flat heap over 100 cycles. Exits 1 when a target is missed or
// a section fails. Not part of `npm test`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { resultMarker, scriptExtension } from './measure.js';
import { projectPath } from '../src/infra/project-files.js';
import type { SectionArgs } from './sections/args.js';
import { renderReport, sectionNames, type SectionName, type SectionResults } from './report.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const quick = process.argv.includes('--quick');
const only = option('only')?.split(',').map((s) => s.trim()) as SectionName[] | undefined;
const unknown = only?.filter((name) => !sectionNames.includes(name));
if (unknown?.length) {
  process.stderr.write(`unknown section(s): ${unknown.join(', ')}; sections: ${sectionNames.join(', ')}\n`);
  process.exit(2);
}
// Caps V8's old space in the measured processes, to see what a smaller heap costs and saves.
const maxOldSpace = option('max-old-space-size');
const args: SectionArgs = {
  seed: Number(option('seed') ?? 42),
  // Whole hours, so two runs in the same hour serve the same documents.
  base: new Date(Math.floor(Date.now() / 3600_000) * 3600_000).toISOString(),
  quick,
  feeds: quick ? 50 : 500,
  items: 50,
};

/** The Node flags of package.json's start script (`node <flags> dist/src/main.js`). */
function readStartFlags(): string[] {
  const pkg = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}
// The sections run with `npm start`'s Node flags; a cap asked for here replaces the script's.
const nodeFlags = maxOldSpace
  ? [...readStartFlags().filter((flag) => !flag.startsWith('--max-old-space-size')), `--max-old-space-size=${Number(maxOldSpace)}`]
  : readStartFlags();

function runSection(name: SectionName): Promise<unknown> {
  const file = fileURLToPath(new URL(`./sections/${name}${scriptExtension}`, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, ...nodeFlags, file, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const line = stdout.split('\n').find((l) => l.startsWith(resultMarker));
      if (line) return resolve(JSON.parse(line.slice(resultMarker.length)));
      reject(new Error(`section ${name} ended (${signal ?? `exit ${code}`}) without a result: ${stderr.trim().split('\n').slice(-5).join(' | ').slice(0, 600)}`));
    });
  });
}

const loadBefore = os.loadavg()[0]!;
const results: SectionResults = {};
const errors: Partial<Record<SectionName, string>> = {};
for (const name of only ?? sectionNames) {
  const started = Date.now();
  process.stderr.write(`bench: ${name}...`);
  try {
    (results as Record<string, unknown>)[name] = await runSection(name);
    process.stderr.write(` ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (err) {
    errors[name] = err instanceof Error ? err.message : String(err);
    process.stderr.write(' failed\n');
  }
}

const cpus = os.cpus();
// Other work on the machine slows every figure down; the load average says how much there was.
const environment = `Node ${process.version}, ${cpus.length} CPU${cpus.length === 1 ? '' : 's'} (${cpus[0]?.model.trim() ?? 'unknown'}), ${os.platform()} ${os.release()}; load average ${loadBefore.toFixed(2)} at start, ${os.loadavg()[0]!.toFixed(2)} at the end`;
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ args, environment, results, errors }, null, 2)}\n`);
}
const { text, failed } = renderReport({ args, environment: `${environment}; node ${nodeFlags.join(' ')}`, results, errors });
process.stdout.write(text);
process.exitCode = failed ? 1 : 0;
