// Structured logging through pino: pretty in a terminal, JSON otherwise. Token-bearing keys are
// redacted wherever they appear so a secret can never reach a log line.
import pino, { type Logger } from 'pino';
import type { Config } from '../config.js';

export type { Logger };

/** Keys whose values are secrets, at any depth pino's redaction reaches. */
const secretPaths = [
  'token', '*.token', 'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization',
  'DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN',
  '*.DISCORD_TOKEN', '*.SLACK_BOT_TOKEN', '*.SLACK_SIGNING_SECRET', '*.SLACK_APP_TOKEN',
];

export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'LOG_FORMAT'>, destination?: pino.DestinationStream): Logger {
  const pretty = config.LOG_FORMAT === 'pretty' || (config.LOG_FORMAT === 'auto' && process.stdout.isTTY && !destination);
  const options: pino.LoggerOptions = {
    level: config.LOG_LEVEL,
    redact: { paths: secretPaths, censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err },
  };
  if (pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } });
  }
  return destination ? pino(options, destination) : pino(options);
}
