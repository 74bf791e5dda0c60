// Finds the people named in a sentence: roster people by any alias or a close misspelling, and
// unknown people by the shape of a name (two to four capitalised name tokens). A bare surname seen
// earlier in the article as part of a full name resolves to that full name.
import { nameKey, type RosterEntry } from '../domain.js';
import { isAcronymSurname, isNameToken } from './name-stopwords.js';
import { fuzzySurname, type RosterIndex } from './roster-index.js';

export interface PersonMention {
  /** Canonical full name (roster name, or the full name as written). */
  name: string;
  start: number;
  end: number;
  roster?: RosterEntry;
}

/** Full names seen so far in one article, by surname key, so "Kalinowski" finds "Caitlin Kalinowski". */
export type NameMemory = Map<string, string>;

const spanPattern = /[A-Z\u00C0-\u00DE][\p{L}'’.-]*(?:\s+(?:(?:[dD]e|[vV]an|von|der|[dD]a|[dD]i|du|le|la|bin|al)\s+)?[A-Z\u00C0-\u00DE][\p{L}'’.-]*)*/gu;
const tokenPattern = /\S+/g;
const possessiveEnd = /['’]s?$/;

interface Token {
  text: string;
  start: number;
  end: number;
  /** Written with a possessive ("Clawd's"): a name ends there. */
  possessive: boolean;
}

/** nameKey for one or a few tokens, skipping Unicode normalisation for plain ASCII (the common case); the same key either way. */
function quickKey(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase().replace(/['`.]/g, '').replace(/[^a-z0-9]+/g, ' ').trim() : nameKey(text);
}

function tokensOf(span: string, offset: number): Token[] {
  const out: Token[] = [];
  let m: RegExpExecArray | null;
  tokenPattern.lastIndex = 0;
  while ((m = tokenPattern.exec(span)) !== null) {
    // Possessives and trailing dots are not part of the name: "Murati's" -> "Murati". Most tokens end
    // in neither, and their last character says so without running the patterns.
    const bare = possessiveEnd.test(m[0]) ? m[0].replace(/(?:'s|’s|'|’)$/, '') : m[0];
    const text = bare.endsWith('.') ? bare.slice(0, -1) : bare;
    out.push({ text, start: offset + m.index, end: offset + m.index + text.length, possessive: bare.length < m[0].length });
  }
  return out;
}

export function findPersons(sentence: string, index: RosterIndex, memory: NameMemory): PersonMention[] {
  const found: PersonMention[] = [];
  spanPattern.lastIndex = 0;
  let span: RegExpExecArray | null;
  while ((span = spanPattern.exec(sentence)) !== null) {
    const tokens = tokensOf(span[0], span.index);
    let i = 0;
    while (i < tokens.length) {
      const match = matchRoster(tokens, i, index);
      if (match) {
        found.push(match.mention);
        // Remember "Kevin Weil" so a later bare "Weil" resolves to him.
        const parts = match.mention.name.split(' ');
        if (parts.length > 1) memory.set(quickKey(parts[parts.length - 1]!), match.mention.name);
        i = match.next;
        continue;
      }
      // A run of name-shaped tokens not in the roster.
      let j = i;
      // A middle initial ("Paul M. Nakasone") continues the name but is not part of its key.
      // "Clawd's Dad": a possessive ends the name.
      while (j < tokens.length && j - i < 4 && (isNameToken(tokens[j]!.text) || (j === i && modalFirstName(tokens, j, sentence)) || (j > i && (middleInitial(tokens, j) || acronymSurname(tokens, j)))) && (j === i || (!tokens[j - 1]!.possessive && !matchRoster(tokens, j, index)))) j++;
      if (j > i) {
        const run = tokens.slice(i, j).filter((t) => t.text.length > 1);
        const mention = unknownPerson(run, index, memory);
        if (mention) found.push(mention);
        i = j;
      } else {
        i++;
      }
    }
  }
  return found;
}

/**
 * "Presidential Candidate Will Hurd", "board member Will Hurd": a modal verb that is also a first name
 * ("Will") is one after a description of a person and before a surname, never after a company
 * ("OpenAI Will Add Microsoft") nor before a verb ("Former CEO Will Return").
 */
function modalFirstName(tokens: Token[], j: number, sentence: string): boolean {
  const next = tokens[j + 1];
  return tokens[j]!.text === 'Will' && next !== undefined && isNameToken(next.text) && !willVerbs.test(next.text)
    && personDescribed.test(sentence.slice(Math.max(0, tokens[j]!.start - 40), tokens[j]!.start));
}
const personDescribed = /\b(?:candidate|representative|rep\.|congressman|congresswoman|senator|lawmaker|politician|member|director|trustee|former|ex-|CEO|chair(?:man|woman)?|executive|republican|democrat|investor|founder|co-?founder)\s+$/i;
const willVerbs = /^(?:Return|Join|Leave|Step|Stay|Lead|Head|Be|Take|Become|Remain|Run|Oversee|Serve|Replace|Succeed|Exit|Depart|Resign|Quit|Continue|Report|Move|Not|Now|Also|Still|Soon)$/;

function middleInitial(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return /^[A-Z]$/.test(tokens[j]!.text) && next !== undefined && isNameToken(next.text);
}

/** "Arvind KC": an all-caps surname closes a name begun by a name token, and nothing name-like follows it. */
function acronymSurname(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return isAcronymSurname(tokens[j]!.text) && isNameToken(tokens[j - 1]!.text) && (next === undefined || !isNameToken(next.text));
}

/**
 * The first word of every roster key, per index. A key of tokens starts with the first token's own key,
 * so a plain-letter token that opens no key opens no match: most capitalised words are no roster name,
 * and this spares them a key per alias length.
 */
const firstWordsOf = new WeakMap<RosterIndex, Set<string>>();
function opensNoKey(token: string, index: RosterIndex): boolean {
  if (!/^[A-Za-z]+$/.test(token)) return false;
  let firstWords = firstWordsOf.get(index);
  if (!firstWords) firstWordsOf.set(index, (firstWords = new Set([...index.byKey.keys()].map((k) => k.split(' ')[0]!))));
  return !firstWords.has(token.toLowerCase());
}

function matchRoster(tokens: Token[], i: number, index: RosterIndex): { mention: PersonMention; next: number } | undefined {
  if (opensNoKey(tokens[i]!.text, index)) return undefined;
  for (let n = Math.min(index.maxTokens, tokens.length - i); n >= 1; n--) {
    const slice = tokens.slice(i, i + n);
    const entry = index.byKey.get(quickKey(slice.map((t) => t.text).join(' ')));
    if (!entry) continue;
    // A lone first-name alias ("Sam") followed by another name token is somebody else ("Sam Bowman").
    if (n === 1 && tokens[i + 1] && isNameToken(tokens[i + 1]!.text) && quickKey(entry.name).split(' ')[0] === quickKey(slice[0]!.text)) return undefined;
    // Likewise a roster surname preceded by an unknown first name ("Mark Saunders") is not ours.
    if (n === 1 && i > 0 && isNameToken(tokens[i - 1]!.text)) return undefined;
    return { mention: { name: entry.name, start: slice[0]!.start, end: slice[n - 1]!.end, roster: entry }, next: i + n };
  }
  return undefined;
}

function unknownPerson(run: Token[], index: RosterIndex, memory: NameMemory): PersonMention | undefined {
  const last = run[run.length - 1]!;
  const fuzzy = fuzzySurname(index, last.text);
  if (fuzzy) {
    const first = run.length > 1 ? quickKey(run[0]!.text) : undefined;
    // "Pavel Izmalkov" and a lone "Izmalkov" are ours; "Mark Zuckerbergs" near a roster surname is not.
    if (!first || first === index.firstNames.get(fuzzy)) return { name: fuzzy.name, start: run[0]!.start, end: last.end, roster: fuzzy };
  }
  if (run.length === 1) {
    const full = memory.get(quickKey(last.text));
    return full ? { name: full, start: last.start, end: last.end } : undefined;
  }
  const name = run.map((t) => t.text).join(' ');
  memory.set(quickKey(last.text), name);
  return { name, start: run[0]!.start, end: last.end };
}
