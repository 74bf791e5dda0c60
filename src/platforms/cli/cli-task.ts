// Operator tasks the CLI offers beside the slash commands (poll, eval, register, ...).
import type { App } from '../../app.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliTask {
  readonly name: string;
  readonly usage: string;
  readonly description: string;
  /** Whether the task needs the database and services (false for pure tasks like eval). */
  readonly needsApp: boolean;
  /** Returns the process exit code. */
  run(args: string[], io: CliIo, app: App | undefined): Promise<number>;
}
