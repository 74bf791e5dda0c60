// Operator tasks the CLI offers beside the slash commands (poll, eval, register, ...).
import type { App } from '../../app.js';
import type { Config } from '../../config.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliTask {
  readonly name: string;
  readonly usage: string;
  readonly description: string;
  /** Returns the process exit code. */
  run(args: string[], io: CliIo, context: TaskContext): Promise<number>;
}

export interface TaskContext {
  config: Config;
  /** Opens the database and services on first call (pure tasks like eval never pay for it). */
  app(): Promise<App>;
}
