// Runs the real composition root (`src/main.ts`) in a child process with only the given settings
// plus PATH/HOME and JSON logs, and lets a test wait for a log line. By default from the sources
// through tsx; `compiled` runs the build in dist/ with the Node flags of package.json's start script.
// `startBotOnTempDatabase` does so on a new SQLite file of its own, and cleans up after it.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDatabaseUrl } from './temp-database.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `npm run build`, without npm: compiles the bot to dist/. */
export function buildBot(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The arguments after `node` in package.json's start script (`node --flags dist/src/main.js`). */
function startScriptArguments(): string[] {
  const scripts = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [command, ...args] = scripts.start!.split(/\s+/);
  if (command !== 'node') throw new Error(`start script does not run node: ${scripts.start}`);
  return args;
}

export interface RunningBot {
  child: ChildProcess;
  /** The exit code once the process ends. */
  exited: Promise<number | null>;
  /** Resolves with the first stdout line containing `text`; fails with both streams after `ms`. */
  waitFor(text: string, ms?: number): Promise<string>;
  output(): { out: string; err: string };
}

export function startBot(env: Record<string, string>, options: { compiled?: boolean } = {}): RunningBot {
  const args = options.compiled ? startScriptArguments() : ['--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (text: string, ms = 20_000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const line = out.split('\n').find((l) => l.includes(text));
      if (line !== undefined) return line;
      if (Date.now() > deadline) throw new Error(`timed out waiting for "${text}"; stdout:\n${out}\nstderr:\n${err}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, exited, waitFor, output: () => ({ out, err }) };
}

export interface BotOnTempDatabase extends RunningBot {
  databaseUrl: string;
  /** SIGINT unless it has exited already, then waits for the exit and removes the database; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * `startBot` on a new temporary SQLite file with an empty feed file (no feed is reachable here:
 * it keeps the poller quiet) and no seeding, `env` on top.
 */
export function startBotOnTempDatabase(env: Record<string, string> = {}, options: { compiled?: boolean } = {}): BotOnTempDatabase {
  const { url, dir } = tempDatabaseUrl();
  const bot = startBot({ DATABASE_URL: url, FEEDS_FILE: path.join(dir, 'none.json'), SEED_ON_START: 'false', ...env }, options);
  return {
    ...bot,
    databaseUrl: url,
    async stop() {
      if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGINT');
      const code = await bot.exited;
      rmSync(dir, { recursive: true, force: true });
      return code;
    },
  };
}
