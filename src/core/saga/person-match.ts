// Fuzzy matching of a typed name against the people on record: exact keys first, then prefixes
// (of the whole name or of any word: "sutsk"), then edit distance on the name and on each word
// ("Ilia Sutskevar"). Pure; the candidate names come from the saga repository.
import { distance } from 'fastest-levenshtein';
import type { PersonName } from './ports.js';

export interface RankedPerson {
  id: number;
  name: string;
  /** 0 is an exact match; below 0.3 is a plausible match; 1 is unrelated. */
  score: number;
}

/** Best-first candidates for `queryKey` (a nameKey), one per person. */
export function rankPeople(queryKey: string, names: readonly PersonName[], limit: number): RankedPerson[] {
  const best = new Map<number, RankedPerson>();
  for (const candidate of names) {
    const score = scoreKey(queryKey, candidate.key);
    const current = best.get(candidate.id);
    if (!current || score < current.score) best.set(candidate.id, { id: candidate.id, name: candidate.name, score });
  }
  return [...best.values()].sort((a, b) => a.score - b.score || a.name.localeCompare(b.name)).slice(0, limit);
}

/**
 * The one person a query surely means: the best candidate if it is close (exact, prefix or a typo
 * or two) and clearly ahead of the next one. Undefined when the query is ambiguous or far off.
 */
export function confidentMatch(ranked: readonly RankedPerson[]): RankedPerson | undefined {
  const [first, second] = ranked;
  if (!first || first.score > 0.3) return undefined;
  if (second && second.score - first.score < 0.08) return undefined;
  return first;
}

/** Candidates worth suggesting after a miss. */
export function suggestions(ranked: readonly RankedPerson[], limit = 3): string[] {
  return ranked.filter((r) => r.score <= 0.6).slice(0, limit).map((r) => r.name);
}

function scoreKey(query: string, key: string): number {
  if (!query) return 1;
  if (key === query) return 0;
  const words = key.split(' ');
  // A whole word ("jan", "leike") beats a word it merely starts ("jang").
  if (words.includes(query) || key.startsWith(`${query} `)) return 0.05;
  if (key.startsWith(query)) return 0.1;
  if (words.some((w) => w.startsWith(query))) return 0.15;
  // Every query word is the start of some name word, in order: "d koko" -> "daniel kokotajlo".
  const queryWords = query.split(' ');
  if (queryWords.length > 1 && queryWords.every((q, i) => words[i]?.startsWith(q))) return 0.15;
  const whole = distance(query, key) / Math.max(query.length, key.length);
  const perWord = Math.min(...words.map((w) => distance(query, w) / Math.max(query.length, w.length)));
  // A typo in a single word ("sutskevar") counts slightly worse than one in the whole name.
  return Math.min(1, Math.min(whole, perWord + 0.05) + 0.05);
}
