// Lookup structure over the roster: exact alias matches by token sequence, and a fuzzy fallback
// for misspelt surnames ("Izmalkov", "Sutskevar") through fastest-levenshtein. Built once per roster.
import { distance } from 'fastest-levenshtein';
import { nameKey, type RosterEntry } from '../domain.js';

export interface RosterIndex {
  /** nameKey of an alias or full name -> entry. */
  readonly byKey: ReadonlyMap<string, RosterEntry>;
  /** Longest alias length in tokens. */
  readonly maxTokens: number;
  /** Surnames (and single-token aliases) for fuzzy matching, grouped by first letter. */
  readonly surnames: ReadonlyMap<string, readonly { key: string; entry: RosterEntry }[]>;
  /** First names of roster people, to confirm a fuzzy surname ("Pavel Izmalkov"). */
  readonly firstNames: ReadonlyMap<RosterEntry, string>;
}

export function buildRosterIndex(entries: readonly RosterEntry[]): RosterIndex {
  const byKey = new Map<string, RosterEntry>();
  const surnames = new Map<string, { key: string; entry: RosterEntry }[]>();
  const firstNames = new Map<RosterEntry, string>();
  let maxTokens = 1;
  const addSurname = (key: string, entry: RosterEntry) => {
    if (key.length < 5) return;
    const list = surnames.get(key[0]!) ?? [];
    if (!list.some((s) => s.key === key)) list.push({ key, entry });
    surnames.set(key[0]!, list);
  };
  for (const entry of entries) {
    const names = [entry.name, ...entry.aliases];
    for (const name of names) {
      const key = nameKey(name);
      if (!key) continue;
      // First come, first served: a later entry never steals an alias.
      if (!byKey.has(key)) byKey.set(key, entry);
      maxTokens = Math.max(maxTokens, key.split(' ').length);
    }
    const full = nameKey(entry.name).split(' ');
    firstNames.set(entry, full[0]!);
    addSurname(full[full.length - 1]!, entry);
    for (const alias of entry.aliases) {
      const key = nameKey(alias);
      if (!key.includes(' ') && key !== full[0]) addSurname(key, entry);
    }
  }
  return { byKey, maxTokens, surnames, firstNames };
}

/** The roster entry whose surname is within a small edit distance of `token`, if exactly one is. */
export function fuzzySurname(index: RosterIndex, token: string): RosterEntry | undefined {
  const key = nameKey(token);
  if (key.length < 6) return undefined;
  const limit = key.length >= 9 ? 2 : 1;
  let best: RosterEntry | undefined;
  let bestDistance = Infinity;
  for (const candidate of index.surnames.get(key[0]!) ?? []) {
    if (Math.abs(candidate.key.length - key.length) > limit) continue;
    const d = distance(candidate.key, key);
    if (d <= limit && d < bestDistance) {
      best = candidate.entry;
      bestDistance = d;
    }
  }
  return best;
}
