// Reads a command line typed as text (CLI argv, the text of a Slack slash command) into named
// raw options for a runnable: `--since 2024-01`, `--since=2024-01`, `since:2024-01`, or
// positional values in option order. Quotes group words: `/person "Jan Leike"`.
import type { OptionDefinition } from './definition.js';
import { UserError } from './errors.js';

/** Splits text into words, honouring double and single quotes (straight or curly). */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|'([^']*)'|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    tokens.push(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
  }
  return tokens;
}

export function readArguments(tokens: readonly string[], definitions: readonly OptionDefinition[]): Record<string, string> {
  const raw: Record<string, string> = {};
  const byName = new Map(definitions.map((d) => [d.name, d]));
  const positional: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const flag = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/i.exec(token);
    const pair = flag ? undefined : /^([a-z][a-z0-9-]*):(.+)$/i.exec(token);
    if (flag) {
      const name = flag[1]!.toLowerCase();
      const definition = byName.get(name);
      if (flag[2] !== undefined) raw[name] = flag[2];
      else if (definition?.kind === 'boolean' && (tokens[i + 1] === undefined || tokens[i + 1]!.startsWith('--'))) raw[name] = 'true';
      else if (tokens[i + 1] !== undefined) raw[name] = tokens[++i]!;
      else throw new UserError('missing_option', `Option "--${name}" needs a value.`);
    } else if (pair && byName.has(pair[1]!.toLowerCase())) {
      raw[pair[1]!.toLowerCase()] = pair[2]!;
    } else {
      positional.push(token);
    }
  }
  // Bare words fill the required options first (so `/person Jan Leike` needs no quotes), else
  // the options in order; the last string option to fill takes any remaining words.
  const unfilled = definitions.filter((d) => raw[d.name] === undefined);
  const required = unfilled.filter((d) => d.required);
  const free = required.length > 0 ? required : unfilled;
  for (const [index, value] of positional.entries()) {
    const definition = free[index];
    if (!definition) throw new UserError('invalid_option', `Too many values: "${value.slice(0, 40)}" does not belong to any option.`);
    if (index === free.length - 1 && definition.kind === 'string' && positional.length > free.length) {
      raw[definition.name] = positional.slice(index).join(' ');
      break;
    }
    raw[definition.name] = value;
  }
  return raw;
}
