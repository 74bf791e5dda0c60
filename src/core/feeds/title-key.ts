// The title key: a headline reduced so that the same story carried by two feeds compares equal —
// case, accents, punctuation and quotes ignored, the " - Outlet" suffix news-search feeds append
// dropped, "Exclusive:"-style kickers removed. `sameStoryTitle` also tolerates a typo or two.
import { distance } from 'fastest-levenshtein';
import { decodeEntities } from './strip-html.js';

const separators = /\s+(?:-|–|—|\||::|·)\s+/g;
const kickers = /^(?:exclusive|breaking|update[d]?|report|scoop|analysis|opinion|watch|video|live|just in)\s*[:|-]\s*/i;

/** Removes a trailing " - Outlet" (or " | Outlet") when it names the source or is short enough to be one. */
export function dropOutletSuffix(title: string, sourceName?: string): string {
  const trimmed = title.trim();
  if (sourceName) {
    const source = sourceName.trim().toLowerCase();
    for (const match of [...trimmed.matchAll(separators)].reverse()) {
      const tail = trimmed.slice(match.index + match[0].length).trim().toLowerCase();
      if (tail === source || tail === source.replace(/^the /, '')) return trimmed.slice(0, match.index).trim();
    }
  }
  const matches = [...trimmed.matchAll(separators)];
  const last = matches.at(-1);
  if (!last) return trimmed;
  const head = trimmed.slice(0, last.index).trim();
  const tail = trimmed.slice(last.index + last[0].length).trim();
  const tailWords = tail.split(/\s+/).length;
  const headWords = head.split(/\s+/).length;
  // An outlet name is short ("The Verge", "CNBC", "Yahoo Finance"); the headline is longer.
  if (tail.length <= 40 && tailWords <= 5 && headWords >= 4 && !/[.?!:]$/.test(tail)) return head;
  return trimmed;
}

/** Normalised key of a headline; the same story from two outlets gives the same key. */
export function titleKey(title: string, sourceName?: string): string {
  const text = dropOutletSuffix(decodeEntities(title).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '), sourceName).replace(kickers, '');
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // "OpenAI's" and "OpenAI’s" and "OpenAIs" all become "openais".
    .replace(/[’'`´‘]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words that carry no meaning for "is this the same headline". */
const stopwords = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'and', 'as', 'with', 'from', 'by', 'is', 'are', 'has', 'have', 'its', 'after', 'amid']);

/**
 * True when two title keys name the same story. Equal keys match; otherwise the words (stop
 * words aside) must be the same but for spacing ("co founder"/"cofounder") or one long word that
 * differs by a plural or a typo while keeping its first four letters, so "hires"/"fires" or
 * "resigns"/"rejoins" never merge two different moves.
 */
export function sameStoryTitle(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  return sameStoryWords(significantWords(a), significantWords(b));
}

/** The words of a title key that matter for comparison (stop words dropped). */
export function significantWords(key: string): string[] {
  return key.split(' ').filter((w) => w && !stopwords.has(w));
}

/** `sameStoryTitle` on words already split by `significantWords`. */
export function sameStoryWords(wordsA: readonly string[], wordsB: readonly string[]): boolean {
  if (wordsA.length < 4 || wordsB.length < 4) return false;
  if (wordsA.join('') === wordsB.join('')) return true;
  if (wordsA.length !== wordsB.length) return false;
  const differing = wordsA.flatMap((word, i) => (word === wordsB[i] ? [] : [[word, wordsB[i]!] as const]));
  if (differing.length !== 1) return false;
  const [x, y] = differing[0]!;
  return x.length >= 5 && y.length >= 5 && x.slice(0, 4) === y.slice(0, 4) && distance(x, y) <= 1;
}
