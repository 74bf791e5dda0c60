// An in-memory index of recent title keys, so checking a feed's worth of entries for near-duplicate
// headlines costs one query and a few map lookups per entry instead of a scan each: exact keys and
// space-free forms are hashed, and the fuzzy comparison only looks at keys of the same shape.
import type { TitleKeyRow } from './ports.js';
import { sameStoryWords, significantWords } from './title-key.js';

interface Entry {
  id: number;
  key: string;
  at: number;
  words: string[];
}

export interface TitleIndex {
  /** Id of a stored article with the same story title within `windowMs` of `at`, if any. */
  find(titleKey: string, at: Date): number | null;
  add(row: TitleKeyRow): void;
}

export function createTitleIndex(rows: readonly TitleKeyRow[], windowMs: number): TitleIndex {
  const byJoined = new Map<string, Entry[]>();
  const byShape = new Map<string, Entry[]>();
  const push = <K>(map: Map<K, Entry[]>, key: K, entry: Entry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  const add = (row: TitleKeyRow) => {
    const words = significantWords(row.titleKey);
    const entry = { id: row.id, key: row.titleKey, at: row.at.getTime(), words };
    // Equal keys have equal space-free forms, so one map answers both exact and spacing variants.
    push(byJoined, words.join('') || row.titleKey, entry);
    push(byShape, shapeOf(words), entry);
  };
  for (const row of rows) add(row);

  return {
    add,
    find(titleKey, at) {
      const time = at.getTime();
      const near = (e: Entry) => Math.abs(e.at - time) <= windowMs;
      const words = significantWords(titleKey);
      // Same key, or the same words but for spacing (which, like sameStoryTitle, needs four words).
      const exact = byJoined
        .get(words.join('') || titleKey)
        ?.find((e) => near(e) && (e.key === titleKey ? titleKey.length > 0 : words.length >= 4 && e.words.length >= 4));
      if (exact) return exact.id;
      const fuzzy = (byShape.get(shapeOf(words)) ?? []).find((e) => near(e) && sameStoryWords(words, e.words));
      return fuzzy?.id ?? null;
    },
  };
}

/**
 * Beyond spacing variants (found through the space-free form), sameStoryWords only matches titles
 * with as many words that differ in one word keeping its first four letters: such titles have the
 * same sequence of four-letter word prefixes, so only that bucket needs comparing. (A bucket per
 * word count grew with every stored article and made a 25,000-item cycle quadratic.)
 */
function shapeOf(words: readonly string[]): string {
  return words.map((w) => w.slice(0, 4)).join(' ');
}
