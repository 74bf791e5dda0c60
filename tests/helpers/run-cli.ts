// Runs the CLI in-process (runCli, as `npm run cli` does) with the given settings and returns its
// exit code and what it wrote to stdout and stderr.
import { runCli } from '../../src/platforms/cli/main.js';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function runCliCaptured(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await runCli([...argv], { out: (t) => (out += t), err: (t) => (err += t) }, env);
  return { code, out, err };
}
