// Measuring tools shared by the benchmark sections: percentiles, a peak-RSS sampler, a forced
// garbage collection (for heap-after-GC readings), and the bot built from its real configuration
// against a temporary database, the way `npm start` builds it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadConfig, type Config } from '../src/config.js';
import { createLogger } from '../src/infra/logger.js';
import { createApp, type App } from '../src/app.js';

export const MB = 1024 * 1024;

/**
 * `.js` when the benchmark runs compiled from dist/ (`npm run bench`, as `npm start` runs the bot),
 * `.ts` under tsx: child processes run the same kind of file, with the same loader flags.
 */
export const scriptExtension = path.extname(fileURLToPath(import.meta.url));

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarise(samples: readonly number[]): { p50: number; p99: number; max: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN, n: sorted.length };
}

/** Samples RSS (and the V8 heap's size) every `everyMs` while running, so a short-lived peak is seen. */
export function startRssSampler(everyMs = 20): { stop(): number; peakHeapTotal(): number } {
  let peak = process.memoryUsage.rss();
  let heapTotal = process.memoryUsage().heapTotal;
  const timer = setInterval(() => {
    const memory = process.memoryUsage();
    peak = Math.max(peak, memory.rss);
    heapTotal = Math.max(heapTotal, memory.heapTotal);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
    peakHeapTotal: () => heapTotal,
  };
}

let gcFunction: (() => void) | undefined;

/** A full collection, without needing `node --expose-gc` on the command line. */
export function collectGarbage(): void {
  if (!gcFunction) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) gcFunction = exposed;
    else {
      v8.setFlagsFromString('--expose-gc');
      gcFunction = runInNewContext('gc') as () => void;
    }
  }
  gcFunction();
  gcFunction();
}

export interface BenchApp {
  app: App;
  config: Config;
  dir: string;
  dispose(): Promise<void>;
}

/**
 * The bot as `npm start` builds it (createApp: migrated database, feeds, detection, alerts), on a
 * temporary SQLite file. Feeds on loopback need ALLOW_PRIVATE_FEED_URLS=true, the same switch a
 * real deployment with local feeds uses; no seed history and no default feed list. The file is
 * migrated first by `cli migrate` in a child process, as for a bot restarted on its database, so
 * the schema engine's WASM (loaded only when a migration is pending) is not in the figures.
 */
export async function createBenchApp(env: Record<string, string> = {}): Promise<BenchApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'exodus-bench-'));
  const settings = {
    DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
    LOG_LEVEL: 'silent',
    LOG_FORMAT: 'json',
    SEED_ON_START: 'false',
    FEEDS_FILE: path.join(dir, 'no-default-feeds.json'),
    ALLOW_PRIVATE_FEED_URLS: 'true',
    ...env,
  };
  const config = loadConfig(settings);
  const cli = fileURLToPath(new URL(`../src/platforms/cli/main${scriptExtension}`, import.meta.url));
  execFileSync(process.execPath, [...process.execArgv, cli, 'migrate'], { env: { ...process.env, ...settings, LOG_LEVEL: 'error' }, stdio: ['ignore', 'ignore', 'inherit'] });
  const app = await createApp(config, createLogger(config));
  return {
    app,
    config,
    dir,
    async dispose() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Sections print one JSON line prefixed with this marker; run.ts reads it. */
export const resultMarker = '@@bench-result ';

export function emit(result: unknown): void {
  process.stdout.write(`${resultMarker}${JSON.stringify(result)}\n`);
}
