import { describe, expect, it } from 'vitest';
import { buildCommandJson, combinedCharacters, CommandJsonError, manageGuildPermission } from '../../../src/platforms/discord/command-json.js';
import { maxCommandCombinedCharacters, maxCommandDescription } from '../../../src/platforms/discord/limits.js';
import { defineCommand, defineCommandGroup, defineRunnable } from '../../../src/core/commands/definition.js';
import { commands } from '../../../commands/index.js';
import { testCommands } from './helpers.js';

describe('buildCommandJson', () => {
  it('maps option kinds, bounds, choices and autocomplete, required options first', () => {
    const [json] = buildCommandJson([
      defineCommand({
        name: 'exits',
        description: 'Every move',
        options: [
          { name: 'since', description: 'From when', kind: 'date' },
          { name: 'type', description: 'Which moves', kind: 'string', choices: [{ name: 'Departures', value: 'departure' }, { name: 'Arrivals', value: 'arrival' }] },
          { name: 'person', description: 'Who', kind: 'string', required: true, autocomplete: true, maxLength: 80 },
          { name: 'page', description: 'Page', kind: 'integer', min: 1, max: 50 },
          { name: 'min-confidence', description: 'Floor', kind: 'number', min: 0, max: 1 },
          { name: 'all', description: 'Include rejected', kind: 'boolean' },
          { name: 'channel', description: 'Where', kind: 'channel' },
        ],
        async handler() {
          return { text: 'x' };
        },
      }),
    ]);
    expect(json).toEqual({
      type: 1,
      name: 'exits',
      description: 'Every move',
      contexts: [0],
      integration_types: [0],
      options: [
        { type: 3, name: 'person', description: 'Who', required: true, max_length: 80, autocomplete: true },
        { type: 3, name: 'since', description: 'From when (2024-05-17, 2024-05, or 30d back)', required: false, max_length: 200 },
        { type: 3, name: 'type', description: 'Which moves', required: false, max_length: 200, choices: [{ name: 'Departures', value: 'departure' }, { name: 'Arrivals', value: 'arrival' }] },
        { type: 4, name: 'page', description: 'Page', required: false, min_value: 1, max_value: 50 },
        { type: 10, name: 'min-confidence', description: 'Floor', required: false, min_value: 0, max_value: 1 },
        { type: 5, name: 'all', description: 'Include rejected', required: false },
        { type: 7, name: 'channel', description: 'Where', required: false, channel_types: [0, 5] },
      ],
    });
    expect(json).not.toHaveProperty('default_member_permissions');
  });

  it('turns a group into SUB_COMMAND options and gives admin commands Manage Server as default permission', () => {
    const [json] = buildCommandJson([
      defineCommandGroup({
        name: 'feeds',
        description: 'Manage the feed list',
        admin: true,
        subcommands: [
          defineRunnable({ name: 'list', description: 'Every feed', options: [], handler: async () => ({ text: 'x' }) }),
          defineRunnable({ name: 'add', description: 'Add one', options: [{ name: 'url', description: 'Feed URL', kind: 'string', required: true, maxLength: 500 }], handler: async () => ({ text: 'x' }) }),
        ],
      }),
    ]);
    expect(manageGuildPermission).toBe('32');
    expect(json).toMatchObject({
      name: 'feeds',
      default_member_permissions: '32',
      contexts: [0],
      options: [
        { type: 1, name: 'list', description: 'Every feed', options: [] },
        { type: 1, name: 'add', description: 'Add one', options: [{ type: 3, name: 'url', required: true, max_length: 500 }] },
      ],
    });
  });

  it('clips long descriptions to 100 characters (a date hint only when it fits)', () => {
    const [json] = buildCommandJson([
      defineCommand({
        name: 'long',
        description: 'd'.repeat(150),
        options: [{ name: 'when', description: 'w'.repeat(90), kind: 'date' }],
        handler: async () => ({ text: 'x' }),
      }),
    ]);
    expect(json!.description).toHaveLength(maxCommandDescription);
    expect(json!.description.endsWith('…')).toBe(true);
    expect(json!.options![0]!.description).toBe('w'.repeat(90));
  });

  it('refuses what Discord would refuse, listing every problem', () => {
    const bad = [
      defineCommand({ name: 'Bad Name', description: 'x', options: [], handler: async () => ({ text: 'x' }) }),
      defineCommand({
        name: 'many',
        description: 'x',
        options: [
          { name: 'pick', description: 'x', kind: 'string', autocomplete: true, choices: [{ name: 'a', value: 'a' }] },
          { name: 'n', description: 'x', kind: 'integer', choices: [{ name: 'half', value: '0.5' }] },
          { name: 'pick', description: 'again', kind: 'boolean' },
        ],
        handler: async () => ({ text: 'x' }),
      }),
      defineCommand({ name: 'many', description: 'twice', options: [], handler: async () => ({ text: 'x' }) }),
    ];
    let error: unknown;
    try {
      buildCommandJson(bad);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CommandJsonError);
    const problems = (error as CommandJsonError).problems.join('\n');
    expect(problems).toContain('command "many" is declared twice');
    expect(problems).toContain('/Bad Name name "Bad Name" must be 1-32 lower-case');
    expect(problems).toContain('/many pick: has both choices and autocomplete');
    expect(problems).toContain('/many n: choice "half" is not a whole number');
    expect(problems).toContain('/many option "pick" is declared twice');
  });

  it('counts combined characters the way Discord does', () => {
    expect(combinedCharacters({ name: 'ab', description: 'cde', options: [{ name: 'f', description: 'gh', choices: [{ name: 'i', value: 'jk' }] }], type: 1 })).toBe(11);
  });

  it('generates valid JSON for the real registry and the test commands, within the combined limit', () => {
    for (const registry of [commands, testCommands]) {
      const json = buildCommandJson(registry);
      expect(json.map((c) => c.name)).toEqual(registry.map((c) => c.name));
      for (const command of json) expect(combinedCharacters(command)).toBeLessThanOrEqual(maxCommandCombinedCharacters);
    }
    const byName = new Map(buildCommandJson(commands).map((c) => [c.name, c]));
    for (const command of commands) {
      expect(byName.get(command.name)!.default_member_permissions).toBe(command.admin ? '32' : undefined);
    }
  });
});
