// What the roster knows about when people joined and left OpenAI, applied to an article's mentions.
// The press keeps calling people by their old OpenAI titles for years ("OpenAI co-founder joins
// Anthropic" in 2024 about someone who left in 2018), so the text alone makes such stories look
// like OpenAI exits. Public dates settle it: after a known exit well before the article, a departure
// or role change is news at another employer unless the sentence itself says the exit is from
// OpenAI, and joining OpenAI again is a return. Someone whose known arrival is at the article's date
// and is "named" or "becomes" something is arriving, not being promoted. After an exit the person
// has since come back from (Altman, November 2023), reports weeks later of that exit or of the
// comeback are history too: the commentary, the interviews, the film.
import type { RosterEntry } from '../domain.js';
import type { Mention } from './merge.js';

const day = 86_400_000;
/** An exit at least this long (about four months: exits are often reported weeks late) before the article is settled history, not this article's news. */
const settledAfterMs = 120 * day;
/** An article from a week before a known arrival (the announcement) to 45 days after reports that arrival. */
const arrivalLeadMs = 7 * day;
const arrivalWindowMs = 45 * day;
/** A comeback is news for the two weeks the recorder clusters a return over; later (until settled) it is history. */
const comebackNewsMs = 14 * day;

/**
 * A roster date as a time: "2018" means the end of 2018 and "2024-04" the end of April 2024, so a
 * vague date never makes an exit look older than it is. Undefined when unparsable.
 */
export function tenureTime(value: string | undefined, end: 'start' | 'end'): number | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[3]) return Date.UTC(year, Number(m[2]) - 1, Number(m[3]));
  if (m[2]) return end === 'end' ? Date.UTC(year, Number(m[2]), 0) : Date.UTC(year, Number(m[2]) - 1, 1);
  return end === 'end' ? Date.UTC(year, 11, 31) : Date.UTC(year, 0, 1);
}

/** Where the roster puts someone at a time: out since an exit, or back since a comeback after one. */
type Standing = { out: number } | { back: number };

function standingAt(entry: RosterEntry, at: number): Standing | undefined {
  let standing: Standing | undefined;
  for (const stint of [...(entry.earlierStints ?? []), { joined: entry.joinedOpenAI, left: entry.leftOpenAI }]) {
    const joined = tenureTime(stint.joined, 'start');
    if (joined !== undefined && joined > at) break;
    if (standing && joined !== undefined) standing = { back: joined };
    const left = tenureTime(stint.left, 'end');
    if (left !== undefined && left <= at) standing = { out: left };
  }
  return standing;
}

/** True when `entry` is known to have left OpenAI well before `publishedAt`. */
export function leftLongBefore(entry: RosterEntry | undefined, publishedAt: Date | null): boolean {
  if (!entry || !publishedAt) return false;
  const standing = standingAt(entry, publishedAt.getTime());
  return standing !== undefined && 'out' in standing && publishedAt.getTime() - standing.out >= settledAfterMs;
}

/** An exit this recent is still news: "former OpenAI researcher joins Anthropic" weeks after leaving is where the exit led. */
const recentExitMs = 45 * day;

/** True when `entry` is known to have left OpenAI within the weeks before `publishedAt`. */
export function leftRecently(entry: RosterEntry | undefined, publishedAt: Date | null): boolean {
  if (!entry || !publishedAt) return false;
  const standing = standingAt(entry, publishedAt.getTime());
  return standing !== undefined && 'out' in standing && publishedAt.getTime() - standing.out < recentExitMs;
}

function arrivingAt(entry: RosterEntry | undefined, publishedAt: Date | null): boolean {
  const joined = tenureTime(entry?.joinedOpenAI, 'start');
  if (joined === undefined || publishedAt === null) return false;
  const since = publishedAt.getTime() - joined;
  return since >= -arrivalLeadMs && since <= arrivalWindowMs;
}

/**
 * The sentence itself says the move is out of OpenAI ("leaves OpenAI", "OpenAI has fired X"): the
 * text outranks the roster, which may be out of date.
 */
const explicitExit = /\b(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|exit(?:s|ed|ing)?|depart(?:s|ed|ing)?|resign(?:s|ed|ing)?)\s+(?:from\s+)?(?:OpenAI|the ChatGPT maker)\b|\bOpenAI\s+(?:has\s+|had\s+)?(?:fire[sd]?|oust(?:s|ed)?|dismiss(?:es|ed)?|sack(?:s|ed)?|push(?:es|ed) out|force[sd]? out)\b/;
// "OpenAI CTO Mira Murati", "Mira Murati, OpenAI's chief technology officer,": a current OpenAI title
// (a co-founder stays one for life, so that title proves nothing; "former"/"ex-" titles neither).
const title = String.raw`(?:(?!co-?founder|founding|former|ex-)[\w-]+\s+){0,3}?(?:chief|CTO|CEO|CFO|COO|CPO|head|VP|vice president|president|researcher|scientist|engineer|director|lead|officer)\b`;
const titleBefore = new RegExp(String.raw`(?<!former |ex-|Ex-|Former )\bOpenAI(?:'s|’s)?\s+${title}[^,.;]{0,12}$`);
const titleAfter = new RegExp(String.raw`^\s*,\s*(?:the\s+)?OpenAI(?:'s|’s)?\s+${title}`);

/** A seat on the board regained ("returns to OpenAI's board", "reinstated as a board member", "rejoin the board"), not the staff comeback. */
const boardSeatRegained = /\b(?:return(?:s|ed|ing)?|back|rejoin(?:s|ed|ing)?|reinstat(?:es|ed|ing)|restor(?:es|ed|ing))\b[^.;]{0,40}?\b(?:to|on|as|rejoin(?:s|ed|ing)?)\s+(?:an?\s+|the\s+|its\s+|OpenAI's\s+|OpenAI’s\s+|the company's\s+|the company’s\s+)?(?:helm of\s+(?:the\s+|its\s+|OpenAI's\s+|OpenAI’s\s+)?)?(?:OpenAI\s+)?(?:board|seat on the board)\b/i;

/** The text calls the person OpenAI staff now: it outranks the roster, which may be out of date. */
function currentTitleIn(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  return titleBefore.test(text.slice(Math.max(0, at - 60), at)) || titleAfter.test(text.slice(at + name.length, at + name.length + 80));
}

/**
 * Mentions reread with the roster's tenure dates (see the module comment). `texts` are the
 * headline and summary sentences, where a current OpenAI title may be stated.
 */
export function applyKnownTenure(mentions: readonly Mention[], publishedAt: Date | null, texts: readonly string[] = []): Mention[] {
  const out: Mention[] = [];
  for (const mention of mentions) {
    const entry = mention.person.roster;
    const standing = entry && publishedAt ? standingAt(entry, publishedAt.getTime()) : undefined;
    let m = mention;
    if (m.type === 'role_change' && arrivingAt(entry, publishedAt)) m = { ...m, type: 'arrival', circumstance: 'hired' };
    // Interpretation only yields an arrival for a move into OpenAI: after a known exit that is a comeback.
    if (m.type === 'arrival' && standing) m = { ...m, type: 'return', circumstance: m.circumstance === 'hired' ? 'rehired' : 'returned' };
    if (standing && publishedAt && isHistory(m, standing, publishedAt.getTime(), texts)) continue;
    out.push(m);
  }
  return out;
}

/** The mention is about a move the roster shows as settled history at `at` (see the module comment). */
function isHistory(mention: Mention, standing: Standing, at: number, texts: readonly string[]): boolean {
  if ('out' in standing) {
    if (at - standing.out < settledAfterMs || texts.some((t) => currentTitleIn(t, mention.person.name))) return false;
    return !(mention.type === 'return' || (mention.type === 'departure' && explicitExit.test(mention.sentence.text)));
  }
  const since = at - standing.back;
  if (since < comebackNewsMs || since >= settledAfterMs) return false;
  // "Reinstates Sam Altman as a Board Member" months after his comeback: the board seat is news of its own.
  if (mention.type === 'return' && boardSeatRegained.test(mention.sentence.text)) return false;
  return mention.type === 'return' || (mention.type === 'departure' && !explicitExit.test(mention.sentence.text));
}
