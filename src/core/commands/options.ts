// Turns raw option values (strings from the CLI and Slack, typed values from Discord) into the
// typed values a handler expects, refusing anything malformed with a UserError that names the option.
import type { OptionDefinition, OptionValue, ParsedOptions } from './definition.js';
import { UserError } from './errors.js';

export const defaultMaxLength = 200;

/** Control characters (other than tab) never reach a handler: they break every renderer. */
const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

export function parseOptions(definitions: readonly OptionDefinition[], raw: Record<string, unknown>, now: Date): ParsedOptions {
  const known = new Set(definitions.map((d) => d.name));
  for (const name of Object.keys(raw)) {
    if (!known.has(name)) {
      const list = definitions.map((d) => d.name).join(', ') || 'none';
      throw new UserError('unknown_option', `Unknown option "${clip(name)}". Options: ${list}.`);
    }
  }
  const parsed: ParsedOptions = {};
  for (const definition of definitions) {
    const value = raw[definition.name];
    if (value === undefined || value === null || value === '') {
      if (definition.required) throw new UserError('missing_option', `Option "${definition.name}" is required: ${definition.description}`);
      continue;
    }
    parsed[definition.name] = parseValue(definition, value, now);
  }
  return parsed;
}

function parseValue(definition: OptionDefinition, value: unknown, now: Date): OptionValue {
  const { name } = definition;
  switch (definition.kind) {
    case 'integer':
    case 'number': {
      const number = typeof value === 'number' ? value : Number(String(value).trim());
      if (!Number.isFinite(number) || (definition.kind === 'integer' && !Number.isInteger(number))) {
        throw new UserError('invalid_option', `Option "${name}" must be ${definition.kind === 'integer' ? 'a whole number' : 'a number'}.`);
      }
      if (definition.min !== undefined && number < definition.min) throw new UserError('invalid_option', `Option "${name}" must be at least ${definition.min}.`);
      if (definition.max !== undefined && number > definition.max) throw new UserError('invalid_option', `Option "${name}" must be at most ${definition.max}.`);
      return number;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const text = String(value).trim().toLowerCase();
      if (['true', 'yes', 'on', '1'].includes(text)) return true;
      if (['false', 'no', 'off', '0'].includes(text)) return false;
      throw new UserError('invalid_option', `Option "${name}" must be true or false.`);
    }
    case 'date': {
      const date = value instanceof Date ? value : parseDate(String(value).trim(), now);
      if (!date || Number.isNaN(date.getTime())) {
        throw new UserError('invalid_option', `Option "${name}" must be a date (2024-05-17, 2024-05, 2024) or a span back from today (30d, 6w, 3m, 1y).`);
      }
      return date;
    }
    case 'string':
    case 'channel': {
      const text = String(value).replace(controlCharacters, '').trim();
      if (text === '') throw new UserError('invalid_option', `Option "${name}" must not be empty.`);
      const maxLength = definition.maxLength ?? defaultMaxLength;
      if (text.length > maxLength) throw new UserError('invalid_option', `Option "${name}" is too long (at most ${maxLength} characters).`);
      if (definition.choices && !definition.choices.some((c) => c.value === text)) {
        throw new UserError('invalid_option', `Option "${name}" must be one of: ${definition.choices.map((c) => c.value).join(', ')}.`);
      }
      return text;
    }
  }
}

/**
 * Accepts calendar dates (YYYY, YYYY-MM, YYYY-MM-DD, full ISO timestamps; read as UTC) and spans
 * back from `now` (30d, 6w, 3m, 1y).
 */
export function parseDate(text: string, now: Date): Date | undefined {
  const span = /^(\d{1,4})\s*(d|w|m|y)$/i.exec(text);
  if (span) {
    const amount = Number(span[1]);
    const unit = span[2]!.toLowerCase();
    const date = new Date(now);
    if (unit === 'd') date.setUTCDate(date.getUTCDate() - amount);
    if (unit === 'w') date.setUTCDate(date.getUTCDate() - amount * 7);
    if (unit === 'm') date.setUTCMonth(date.getUTCMonth() - amount);
    if (unit === 'y') date.setUTCFullYear(date.getUTCFullYear() - amount);
    return date;
  }
  const calendar = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (calendar) {
    const [, year, month = '01', day = '01'] = calendar;
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return date.getUTCMonth() + 1 === Number(month) && date.getUTCDate() === Number(day) ? date : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}

function clip(text: string): string {
  const clean = text.replace(controlCharacters, '');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}
