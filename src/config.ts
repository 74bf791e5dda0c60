// The bot's configuration: one zod schema over process.env, parsed once at start-up.
// This is the only module that reads process.env; everything else receives a Config.
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')
  .optional();

const timezone = z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris');

/** Every environment variable the bot reads, with its default. `.env.example` mirrors this list. */
export const configSchema = z.object({
  DATABASE_URL: z.string().regex(/^file:/, 'must be a SQLite file URL such as file:./data/exodus.db').default('file:./data/exodus.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
  TZ_DEFAULT: timezone.default('UTC'),

  FEEDS_FILE: z.string().default('config/feeds.json'),
  POLL_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  POLL_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  POLL_HOST_GAP_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  FETCH_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(15_000),
  FETCH_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  FETCH_MAX_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(5_000_000),
  FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  ALLOW_PRIVATE_FEED_URLS: boolean.default(false),
  USER_AGENT_CONTACT: optionalString,

  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_DEV_GUILD_ID: optionalString,
  DISCORD_API_URL: optionalString,

  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SLACK_HOST: optionalString,
  SLACK_ADMIN_USER_IDS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)),
  SLACK_API_URL: optionalString,

  SEED_ON_START: boolean.default(true),
});

export type Config = z.infer<typeof configSchema>;

/** Raised when the environment does not describe a valid configuration; lists every bad key. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const config = parsed.data;
  const problems: string[] = [];
  if (config.DISCORD_TOKEN && !config.DISCORD_APPLICATION_ID) problems.push('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
  if (config.SLACK_BOT_TOKEN && !config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN) {
    problems.push('SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set (or SLACK_APP_TOKEN for Socket Mode)');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Which chat platforms have the credentials they need. */
export function enabledPlatforms(config: Config): { discord: boolean; slack: boolean } {
  return {
    discord: Boolean(config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID),
    slack: Boolean(config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN)),
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
