// Bolt and its WebClient log through this adapter into our pino logger, so their lines carry
// the same structure (and redaction) as everything else instead of going to the console.
import type { Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../infra/logger.js';

export function boltLogger(log: Logger): BoltLogger {
  let name = 'bolt';
  let level = 'info';
  const write = (method: 'debug' | 'info' | 'warn' | 'error') => (...parts: unknown[]) => {
    const errors = parts.filter((p): p is Error => p instanceof Error);
    const text = parts.filter((p) => !(p instanceof Error)).map((p) => (typeof p === 'string' ? p : safeJson(p))).join(' ');
    if (errors[0]) log[method]({ lib: name, err: errors[0] }, text || errors[0].message);
    else log[method]({ lib: name }, text);
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // pino's level (LOG_LEVEL) decides what is written; Bolt's own setting is only remembered.
    setLevel(next: LogLevel) {
      level = next;
    },
    getLevel: () => level as LogLevel,
    setName(next: string) {
      name = next;
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
