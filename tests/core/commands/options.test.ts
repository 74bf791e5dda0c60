import { describe, expect, it } from 'vitest';
import { parseDate, parseOptions } from '../../../src/core/commands/options.js';
import { readArguments, tokenize } from '../../../src/core/commands/arguments.js';
import type { OptionDefinition } from '../../../src/core/commands/definition.js';
import { UserError } from '../../../src/core/commands/errors.js';

const now = new Date('2024-06-01T12:00:00Z');
const defs: OptionDefinition[] = [
  { name: 'name', description: 'who', kind: 'string', required: true },
  { name: 'limit', description: 'how many', kind: 'integer', min: 1, max: 25 },
  { name: 'since', description: 'from', kind: 'date' },
  { name: 'type', description: 'kind', kind: 'string', choices: [{ name: 'Departure', value: 'departure' }] },
  { name: 'all', description: 'flag', kind: 'boolean' },
];

describe('parseOptions', () => {
  it('types values and leaves absent ones out', () => {
    expect(parseOptions(defs, { name: ' Jan ', limit: '5', since: '2024-05', all: 'yes' }, now)).toEqual({
      name: 'Jan',
      limit: 5,
      since: new Date('2024-05-01T00:00:00Z'),
      all: true,
    });
  });

  it.each([
    [{}, /required/],
    [{ name: 'x', limit: '0' }, /at least 1/],
    [{ name: 'x', limit: '2.5' }, /whole number/],
    [{ name: 'x', since: '2024-02-30' }, /must be a date/],
    [{ name: 'x', type: 'party' }, /one of: departure/],
    [{ name: 'x', extra: '1' }, /Unknown option/],
    [{ name: '\u0000\u200b' }, /must not be empty/],
    [{ name: 'x'.repeat(201) }, /too long/],
  ])('refuses %j', (raw, message) => {
    expect(() => parseOptions(defs, raw, now)).toThrow(UserError);
    expect(() => parseOptions(defs, raw, now)).toThrow(message);
  });

  it('strips control and bidi characters from strings', () => {
    expect(parseOptions(defs, { name: 'Ja\u0007n\u202e' }, now)).toEqual({ name: 'Jan' });
  });
});

describe('parseDate', () => {
  it('reads spans back from now and calendar dates', () => {
    expect(parseDate('30d', now)).toEqual(new Date('2024-05-02T12:00:00Z'));
    expect(parseDate('1y', now)).toEqual(new Date('2023-06-01T12:00:00Z'));
    expect(parseDate('2024', now)).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(parseDate('yesterday', now)).toBeUndefined();
  });
});

describe('readArguments', () => {
  it('accepts flags, key:value pairs and positional words', () => {
    expect(readArguments(tokenize('--limit 3 since:2024-01 Jan Leike'), defs)).toEqual({ limit: '3', since: '2024-01', name: 'Jan Leike' });
    expect(readArguments(tokenize('"Jan Leike" --all'), defs)).toEqual({ name: 'Jan Leike', all: 'true' });
    expect(readArguments(tokenize('--limit=4 x'), defs)).toEqual({ limit: '4', name: 'x' });
  });

  it('refuses a flag without its value', () => {
    expect(() => readArguments(['--limit'], defs)).toThrow(/needs a value/);
  });
});
