// Shared set-up for the Discord adapter tests: the real discord.js client logged in to the fake
// Discord on 127.0.0.1, a registry of small test commands, and a logger whose lines tests can read.
import { captureLogger } from '../../helpers/capture-logger.js';
import type { Services } from '../../../src/core/services.js';
import type { CommandDefinition } from '../../../src/core/commands/definition.js';
import { defineCommand, defineCommandGroup, defineRunnable } from '../../../src/core/commands/definition.js';
import type { ActionDefinition } from '../../../src/core/commands/actions.js';
import { UserError } from '../../../src/core/commands/errors.js';
import help from '../../../commands/help.js';
import { createDiscordPlatform, type DiscordPlatform } from '../../../src/platforms/discord/client.js';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../../fakes/discord/fake-discord.js';

/** A real PNG signature followed by filler. */
export const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(120).fill(7)]);

export const people = ['Ilya Sutskever', 'Jan Leike', 'Daniel Kokotajlo', 'Leopold Aschenbrenner', 'Andrej Karpathy'];

export const testCommands: CommandDefinition[] = [
  help,
  defineCommand({
    name: 'person',
    description: 'One person',
    options: [
      { name: 'name', description: 'Who', kind: 'string', required: true, autocomplete: true, maxLength: 80 },
      { name: 'since', description: 'From when', kind: 'date' },
      { name: 'limit', description: 'How many', kind: 'integer', min: 1, max: 10 },
    ],
    async handler(ctx, { name, since, limit }) {
      return {
        title: name,
        url: 'https://example.com/people/1',
        text: `**${name}** left. @everyone look`,
        fields: [
          { name: 'Since', value: since ? since.toISOString().slice(0, 10) : 'any', inline: true },
          { name: 'Limit', value: String(limit ?? 'none'), inline: true },
          { name: 'Asked by', value: `<@${ctx.invoker.userId}>`, inline: true },
        ],
        links: [{ label: 'The Verge', url: 'https://www.theverge.com/a' }],
        footer: '3 sources',
        timestamp: new Date('2024-05-17T12:00:00Z'),
        color: 0xd9534f,
        image: { filename: 'timeline.png', mimeType: 'image/png', data: png, alt: 'Departures per month' },
      };
    },
    async autocomplete(_ctx, option, partial) {
      if (option !== 'name') return [];
      return people.filter((p) => p.toLowerCase().includes(partial.toLowerCase())).map((p) => ({ name: p, value: p }));
    },
  }),
  defineCommandGroup({
    name: 'feeds',
    description: 'Manage feeds',
    admin: true,
    subcommands: [
      defineRunnable({
        name: 'add',
        description: 'Add a feed',
        options: [
          { name: 'url', description: 'Feed URL', kind: 'string', required: true },
          { name: 'channel', description: 'Where to post', kind: 'channel' },
        ],
        async handler(ctx, { url, channel }) {
          return { text: `Added ${url} for ${channel ?? 'none'} by ${ctx.invoker.isAdmin ? 'an admin' : 'someone'} in ${ctx.invoker.workspaceId}/${ctx.invoker.channelId}`, ephemeral: true };
        },
      }),
    ],
  }),
  defineCommand({
    name: 'slow',
    description: 'Takes its time',
    slow: true,
    options: [],
    async handler() {
      await new Promise((r) => setTimeout(r, 50));
      return { text: 'done at last' };
    },
  }),
  defineCommand({
    name: 'dawdle',
    description: 'Slower than it claims',
    options: [{ name: 'private', description: 'Answer privately', kind: 'boolean' }],
    async handler(_ctx, options) {
      await new Promise((r) => setTimeout(r, 400));
      return { text: 'finally', ephemeral: options.private === true };
    },
  }),
  defineCommand({
    name: 'boom',
    description: 'Fails',
    options: [{ name: 'late', description: 'Fail after the deferral', kind: 'boolean' }],
    async handler(_ctx, options) {
      if (options.late) await new Promise((r) => setTimeout(r, 400));
      throw new Error('database on fire');
    },
  }),
  defineCommand({
    name: 'nope',
    description: 'Refuses',
    options: [],
    async handler() {
      throw new UserError('not_found', 'No such person.');
    },
  }),
];

export const testActions: ActionDefinition[] = [
  {
    prefix: 'probe',
    admin: true,
    async handler(ctx, [verb, id]) {
      return { title: `Probe ${id} ${verb}`, text: `by <@${ctx.invoker.userId}>`, buttons: [] };
    },
  },
];

export interface Harness {
  fake: FakeDiscord;
  platform: DiscordPlatform;
  logs: string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  services?: Services;
  commands?: readonly CommandDefinition[];
  actions?: readonly ActionDefinition[];
  fake?: FakeDiscordOptions;
  deferAfterMs?: number;
  maxRateLimitWaitMs?: number;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  // Discord's 3 s, shortened but with room for a loaded machine; slow test commands outlast deferAfterMs.
  const fake = await startFakeDiscord({ callbackDeadlineMs: 1000, ...options.fake });
  const { log, logs } = captureLogger();
  // Test commands only read the clock; the rest of Services is not needed unless a test passes it.
  const services = options.services ?? ({ clock: { now: () => new Date('2024-06-01T00:00:00Z') } } as Services);
  const platform = createDiscordPlatform({
    config: { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl },
    log,
    services,
    commands: options.commands ?? testCommands,
    actions: options.actions ?? testActions,
    // Offsets and retries shortened so rate-limit and 5xx paths take milliseconds.
    rest: { offset: 0, retries: 1, timeout: 2000 },
    deferAfterMs: options.deferAfterMs ?? 150,
    maxRateLimitWaitMs: options.maxRateLimitWaitMs ?? 2000,
    readyTimeoutMs: 5000,
  });
  await platform.start();
  return {
    fake,
    platform,
    logs,
    async close() {
      await platform.stop();
      await fake.close();
    },
  };
}
