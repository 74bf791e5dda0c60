// Shared set-up for the Slack adapter tests: the real Bolt app in HTTP mode on 127.0.0.1, a fake
// Web API, a registry of small test commands, and a logger whose lines the tests can read.
import type { Logger } from '../../../src/infra/logger.js';
import { captureLogger } from '../../helpers/capture-logger.js';
import type { Services } from '../../../src/core/services.js';
import type { CommandDefinition } from '../../../src/core/commands/definition.js';
import { defineCommand, defineCommandGroup, defineRunnable } from '../../../src/core/commands/definition.js';
import type { ActionDefinition } from '../../../src/core/commands/actions.js';
import { UserError } from '../../../src/core/commands/errors.js';
import help from '../../../commands/help.js';
import { createSlackPlatform, type SlackPlatform } from '../../../src/platforms/slack/app.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';

export const signingSecret = 'test-signing-secret';

/** A real PNG signature followed by filler: enough for an upload to carry bytes. */
export const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(7)]);

export const testCommands: CommandDefinition[] = [
  help,
  defineCommand({
    name: 'echo',
    description: 'Says the words back',
    options: [{ name: 'words', description: 'What to say', kind: 'string', required: true, maxLength: 500 }],
    async handler(ctx, { words }) {
      return { title: 'Echo', text: words, fields: [{ name: 'Asked by', value: ctx.invoker.userId, inline: true }], footer: 'See /help' };
    },
  }),
  defineCommand({
    name: 'purge',
    description: 'Admins only',
    admin: true,
    options: [],
    async handler(ctx) {
      return { text: `purged by ${ctx.invoker.userId}`, ephemeral: true };
    },
  }),
  defineCommandGroup({
    name: 'feeds',
    description: 'Manage feeds',
    subcommands: [
      defineRunnable({
        name: 'add',
        description: 'Add a feed',
        options: [
          { name: 'url', description: 'Feed URL', kind: 'string', required: true },
          { name: 'channel', description: 'Where to post', kind: 'channel' },
        ],
        async handler(_ctx, { url, channel }) {
          return { title: 'Feed added', fields: [{ name: 'URL', value: url }, { name: 'Channel', value: channel ?? 'none' }] };
        },
      }),
    ],
  }),
  defineCommand({
    name: 'chart',
    description: 'A picture',
    options: [],
    async handler() {
      return { title: 'Timeline', image: { filename: 'timeline.png', mimeType: 'image/png', data: png, alt: 'Departures per month, May 2024 peak' } };
    },
  }),
  defineCommand({
    name: 'slow',
    description: 'Takes its time',
    options: [],
    async handler() {
      await new Promise((r) => setTimeout(r, 400));
      return { text: 'done at last' };
    },
  }),
  defineCommand({
    name: 'boom',
    description: 'Fails',
    options: [],
    async handler() {
      throw new Error('database on fire');
    },
  }),
];

export const testActions: ActionDefinition[] = [
  {
    prefix: 'event',
    admin: true,
    async handler(ctx, [verb, id]) {
      if (verb !== 'confirm' && verb !== 'reject') throw new UserError('invalid_option', 'Unknown event action.');
      return { title: `Event ${id} ${verb}ed`, text: `by <@${ctx.invoker.userId}> <!here>`, buttons: [] };
    },
  },
];

export interface Harness {
  fake: FakeSlack;
  platform: SlackPlatform;
  /** The app's request URL (slash commands and interactivity). */
  url: string;
  logs: string[];
  log: Logger;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const fake = await startFakeSlack();
  const { log, logs } = captureLogger();
  // Test commands only read the clock; the rest of Services is not needed here.
  const services = { clock: { now: () => new Date('2024-06-01T00:00:00Z') } } as Services;
  const platform = createSlackPlatform({
    config: {
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_APP_TOKEN: undefined,
      SLACK_PORT: 0,
      SLACK_ADMIN_USER_IDS: ['U0000LISTED'],
      SLACK_API_URL: fake.apiUrl,
      SLACK_HOST: '127.0.0.1',
    },
    log,
    services,
    commands: testCommands,
    actions: testActions,
    retryConfig: { retries: 1, minTimeout: 10, maxTimeout: 20 },
    rateLimit: { maxWaitMs: 5000, attempts: 3 },
  });
  await platform.start();
  return {
    fake,
    platform,
    url: `http://127.0.0.1:${platform.port()}/slack/events`,
    logs,
    log,
    async close() {
      await platform.stop();
      await fake.close();
    },
  };
}
