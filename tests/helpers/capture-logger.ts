// A real pino logger (debug level, JSON lines) whose output a test can read back, to check what
// the code logs and that secrets never appear.
import { createLogger, type Logger } from '../../src/infra/logger.js';

export function captureLogger(): { log: Logger; logs: string[] } {
  const logs: string[] = [];
  const log = createLogger({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json' }, { write: (line: string) => void logs.push(line) });
  return { log, logs };
}

/** Log lines (parsed) whose msg matches. */
export function logLines(logs: string[], msg: string | RegExp): Record<string, unknown>[] {
  return logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => (typeof msg === 'string' ? l.msg === msg : msg.test(String(l.msg))));
}
