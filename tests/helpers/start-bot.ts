// Runs the real composition root (`src/main.ts`, as `npm start` does) in a child process with only
// the given settings plus PATH/HOME and JSON logs, and lets a test wait for a log line.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningBot {
  child: ChildProcess;
  /** The exit code once the process ends. */
  exited: Promise<number | null>;
  /** Resolves with the first stdout line containing `text`; fails with both streams after `ms`. */
  waitFor(text: string, ms?: number): Promise<string>;
  output(): { out: string; err: string };
}

export function startBot(env: Record<string, string>): RunningBot {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
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
