// Moves at OpenAI whose mover the article does not name: "OpenAI Robotics Chief Resigns", "Three
// more OpenAI executives leave", "A top Google researcher has joined OpenAI", "OpenAI poaches Uber's
// India chief", "A key OpenAI hire". The words describing the mover stand where a name would (the
// subject of a move verb, the object of a hire or firing, or the noun "hire" itself) and are read
// like a name by interpret, so "Slack's CEO" is Slack's and "OpenAI's head of robotics" OpenAI's.
// Talent-war commentary stays out: a plural needs a number ("three researchers") or, when hired, the
// company they came from ("hires engineers from Apple"); recruiting ("is hiring", "looking for
// engineers to join") is no move; nor is a bare "exodus" (a move noun needs "the newest", "its
// latest"). A role split between a counted pair is an unnamed role change. Read only when nobody
// named moves, on the headline and lead.
import { interpret, type Context, type Meaning } from './interpret.js';
import { clauseAround, clauseStart, type Sentence } from './clause.js';
import type { TriggerMatch } from './lexicon.js';
import { lightVerbs } from './light-verbs.js';
import { isLiveTrigger } from './live-triggers.js';
import { expandForward, type Binding } from './binding.js';
import { findOrganisations } from './organisations.js';
import { hirerBefore } from './affiliation.js';
import type { PersonMention } from './person-mentions.js';
import type { Mention } from './merge.js';
import { scoreMention } from './scoring.js';
import { isOldNews } from './temporal.js';

/** Nouns for a person by their job or by what they built ("Sora Creator", "GPT-5 architect"); an optional plural "s" follows. ("Developers" in AI news are mostly customers; "a key ChatGPT developer" is one of its makers.) */
export const staffNoun = String.raw`(?:chief|head|boss|leader|(?:co-?)?lead|CEO|CTO|CFO|COO|CPO|CRO|CMO|CIO|CISO|president|VP|director|executive|exec|officer|researcher|scientist|engineer|employee|worker|staffer|staff member|member|co-?founder|cofounder|founder|advis[eo]r|manager|veteran|economist|lobbyist|lawyer|counsel|designer|strategist|spokesperson|man|woman|(?:co-?)?creator|architect|inventor|mastermind|mainstay|stalwart|deputy|official|developer(?!s))`;
/** How many: "three", "2", "several". A plural without one is a trend, not a move; so is "hundreds of employees". */
// "a trio of the company's leaders", "a handful of researchers": a collective noun counts too.
const count = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|both|trio|pair|duo|handful|couple)\b/i;
/** "the CTO and research execs": a plural joined to a single named post is a specific group. */
const withSingular = new RegExp(String.raw`\b${staffNoun}\s+and\s`, 'i');
// "+" for a number's "or more": "40+ ex-Apple employees".
// \u2011 is the non-breaking hyphen some outlets print in "GPT‑5".
const modifier = String.raw`(?!(?:to|for|with|by|that|who|which|as|after|before|over|amid|led|while|but|at|on|in|is|are|was|were)\b)[\w'’.&+\u2011-]+`;
/** Words between the mover and the verb: "has", "just", "(headline) to", "made the decision to", "left and (returned)". */
const auxiliaries = String.raw`(?:(?:has|have|had|is|are|was|were|will|to|just|both|all|each|recently|also|reportedly|officially|now|abruptly|quietly|suddenly|(?:made|make|makes) the (?:[a-z]+ )?decision to|${lightVerbs.join('|')}|(?:left|quit|[a-z]+ed) and|(?:leav(?:es|ing)|left|quit(?:s|ting)?) (?:the company|the firm|[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}) to)\s+)*`;

/** The mover before the verb: "Three more OpenAI executives (leave)", "head advisor for 'AGI Readiness' (departs)". */
const subjectPattern = new RegExp(String.raw`^(?:(?:why|how)\s+(?:did\s+)?)?((?:(?:the|a|an|its|their|that|this|one|another|at least|as many as|more than)\s+)?((?:${modifier}\s+){0,5}?)(${staffNoun})(s?)((?:\s+(?:(?:responsible|working|tasked|charged)\s+)?(?:for|of|at|behind|in|from|on|with)\s+[^,;]{1,40}?)?))\s+${auxiliaries}$`, 'id');
/**
 * The mover after a hire or firing, to the end of its job noun: "(poaches) Uber India chief", "(names) a
 * new chief people officer", a title the press quotes: "(has hired) a “CEO of Applications”".
 */
const objectPattern = new RegExp(String.raw`^\s+(?:back\s+)?(((?:${modifier}\s+){0,7}?)["“‘']?(${staffNoun}(?:\s+(?:(?!and\b|or\b)[a-z-]+\s+){0,2}${staffNoun})?)(s?))\b`, 'id');
/** The first person writing ("I recently made the decision to leave OpenAI"): the author, unnamed. */
const firstPerson = new RegExp(String.raw`(?:^|[\s,"“])I\s+(?:am\s+|'m\s+)?${auxiliaries}$`);
/** Where a subject's clause may start in the text before a verb; the last one counts. */
const subjectBreak = /[,;:]\s+(?:and\s+)?|\b(?:news|word|announcement|reports?) that\s+|\b(?:and|but)\s+(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s)|\s+—\s+|\b(?:as|after|while|when|since|following)\s+/gi;
/** "hire" as a noun: after a determiner, number or adjective ("a key OpenAI hire", "40 ex-Apple hires")... */
const hireNounBefore = /\b(?:a|an|its|their|the|latest|newest|new|key|top|biggest|\d+)\s+(?:[\w'’.&-]+\s+){0,2}$/i;
/** ...and before no object ("hires Jane Roe" is the verb). */
const hireNounAfter = /^(?:\s*$|\s*[,.:;!?)—-]|\s+(?:from|is|are|was|were|has|have|will|and|at|in|of|here|matters?)\b)/;

/** A move noun made specific: "the newest departures", "its latest exit". */
const recentNoun = /\b(?:the|its|OpenAI's)\s+(?:newest|latest|most recent|recent|fresh)\s+$/i;
/**
 * "OpenAI splits its chief sales role between two executives": a counted pair taking up one role is
 * an unnamed role change. A reshuffle, reorganisation or "leadership changes" with no mover the text
 * points at is not (the labelling rule: a reshuffle counts only with a specific mover).
 */
const roleSplit = /\bsplit(?:s|ting)?\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:role|job|leadership|post|duties)\s+between\s+(?:two|three)\b/i;

/** A relative clause between the mover and its verb, up to the verb's own auxiliaries (only offsets before it are used). */
// The clause must end in a word of its own ("who had been leading the effort"), so "who have recently (left)" stays a relative move.
const relativeAside = new RegExp(String.raw`(?<=\b${staffNoun}s?)\s+(?:who|that)\s+[^,;]{1,80}?(?<!\b(?:has|have|had|is|are|was|were|will|been|just|recently|also|now|reportedly|to))(?=\s+${auxiliaries}$)`, 'i');

/** The comma opening a move told as an aside, and an adverb after it: "(A researcher for OpenAI), similarly (on the way out),". */
const asideMove = /,\s+(?:(?:[a-z]+ly|also|now|too)\s+)?$/;

/** Asides (", including two co-founders,") blanked out, keeping every offset. */
function blankAsides(text: string): string {
  return text.replace(/,[^,;]{1,120},/g, (aside) => ' '.repeat(aside.length));
}

/**
 * The unnamed mover a live trigger is about, if the sentence describes one where a name would
 * stand: its words as the name ("OpenAI Robotics Chief"), its noun as the span, so what precedes
 * the noun ("OpenAI's") and an aside after it describe the mover as they would a named person.
 */
function moverOf(trigger: TriggerMatch, sentence: Sentence): PersonMention | undefined {
  const text = sentence.text;
  if (trigger.rule.side === 'before') {
    // "Three OpenAI leaders, including two co-founders, have left": the aside is not the subject.
    // "A researcher for OpenAI, similarly on the way out, said ...": a move set off as an aside is its subject's.
    const lead = text.slice(0, trigger.start);
    const asideOpen = /^\s*,/.test(text.slice(trigger.end)) ? asideMove.exec(lead) : null;
    const before = blankAsides(asideOpen ? lead.slice(0, asideOpen.index) + ' '.repeat(lead.length - asideOpen.index - 1) + ' ' : lead);
    // '"I have left OpenAI," Jane Roe said' is Jane Roe's: the first person is the author's only when nobody is named.
    // "I am leaving OpenAI, Jane Roe wrote on X": the quote's attribution names its speaker, the mover.
    if (firstPerson.test(before)) return sentence.persons.length > 0 ? quoteSpeaker(sentence, trigger.end) : { name: 'the author', start: before.lastIndexOf('I'), end: before.lastIndexOf('I') + 1 };
    let at = 0;
    for (const b of before.matchAll(subjectBreak)) at = b.index + b[0].length;
    // "Two senior staff members who had been leading the effort both resigned": the relative clause describes the subject.
    const head = before.slice(at).replace(relativeAside, '');
    const m = subjectPattern.exec(head);
    if (!m?.indices || (m[4] && !count.test(m[2]!) && !withSingular.test(m[2]!) && !openAiGroupHeadline(sentence, at, head, m[2]!, m[3]!, m[5]!))) return undefined;
    // The span runs to the end of "behind Sora", so an aside after it (", OpenAI's video tool,") describes the mover.
    return { name: m[1]!.replace(/\s+/g, ' '), start: at + m.indices[3]![0], end: at + m.indices[5]![1] };
  }
  if (trigger.rule.side !== 'after') return undefined;
  // "is hiring research engineers", "looking to hire": recruiting, not a hire ("continues to hire" is).
  const lead = text.slice(0, trigger.start);
  // "countered by hiring four engineers from Meta": a hire done as the means of something else.
  const doneBy = /ing$/i.test(trigger.text) && /\b(?:by|after)\s+$/i.test(lead);
  // A headline's "Meta to recruit four researchers" is its future tense (the subject and "to", nothing between), not a wish.
  const headlineFuture = sentence.title && headlineSubjectTo.test(lead);
  if ((/ing$/i.test(trigger.text) && !doneBy) || (/\bto\s+$/.test(lead) && !/\bcontinu(?:es|ed|ing|e) to\s+$/i.test(lead) && !headlineFuture)) return undefined;
  const tail = text.slice(trigger.end);
  const m = objectPattern.exec(tail);
  if (!m?.indices) return trigger.rule.hire ? (talentOf(tail, trigger.end) ?? acquiredTeam(trigger, tail)) : rehiredFrom(trigger, tail);
  // Where the hires came from, after them ("engineers from Apple", "from rivals OpenAI and Google"), or OpenAI's own staff
  // taken by a rival ("poaches top OpenAI researchers", like OpenAI's group in a headline); "ex-Apple engineers" hired is the talent war.
  const fromCompany = /^\s+from\s+(?:rivals?\s+)?[A-Z]/.test(tail.slice(m[0].length)) || (trigger.rule.hire === true && /\bOpenAI(?:'s|’s)?\s/.test(m[2]!) && !/\b(?:ex-|former)/i.test(m[2]!));
  // A plural needs its number; "by hiring engineers" alone is a strategy, not a hire.
  // An acqui-hire's plural is the bought company's people, a specific group.
  if (m[4] && !count.test(m[2]!) && (!fromCompany || doneBy) && !/^acqui/i.test(trigger.text)) return undefined;
  return { name: m[1]!, start: trigger.end + m.indices[3]![0], end: trigger.end + m.indices[4]![1] };
}

/** The person a first-person quote is attributed to right after it ('..., Jane Roe wrote', '...," said Jane Roe'). */
function quoteSpeaker(sentence: Sentence, from: number): PersonMention | undefined {
  const attribution = /^[^.;:!?]{0,80}?,["”]?\s+(?:(?:said|says|wrote|writes|posted|posts)\s+)?$/;
  return sentence.persons.find((p) => p.start > from && attribution.test(sentence.text.slice(from, p.start)) && (/^\s+(?:said|says|wrote|writes|posted|posts|tweeted|announced)\b/.test(sentence.text.slice(p.end)) || /(?:said|says|wrote|writes|posted|posts)\s+$/.test(sentence.text.slice(from, p.start))));
}

/** A headline opening on its subject and "to": "Meta to recruit", "OpenAI's rival to hire". */
const headlineSubjectTo = /^(?:[A-Z][\w'’.&-]*\s+){1,3}to\s+$/;

/**
 * "OpenAI safety leaders resign": a headline opening on OpenAI's own senior group and its move reports
 * that group's move, count or not (unlike "why engineers are leaving", a trend).
 */
function openAiGroupHeadline(sentence: Sentence, at: number, head: string, modifiers: string, noun: string, after: string): boolean {
  return sentence.title && at === 0 && !/^(?:why|how)\b/i.test(head) && /\bOpenAI(?:'s|’s)?\s/.test(modifiers) && (seniorGroup.test(noun) || (rankAndFile.test(noun) && qualifiedGroup(modifiers, after)));
}
const seniorGroup = /^(?:leader|executive|exec|chief|head|co-?founder|cofounder|founder|researcher|scientist)$/i;
/**
 * Its rank and file only with what sets them apart, before ("OpenAI Safety Staffers Quit") or after
 * ("OpenAI Employees Responsible for Security Leave"): "OpenAI employees quit" alone is a mass, a trend.
 */
const rankAndFile = /^(?:staffer|employee|engineer|worker|staff member|member)$/i;
const qualifiedGroup = (modifiers: string, after: string) => after.trim() !== '' || modifiers.replace(/\bOpenAI(?:'s|’s)?\s+/g, '').trim() !== '';

/** "acqui-hires the three-person team behind Acme", "acqui-hired Acme's founders": the people bought with their company. */
function acquiredTeam(trigger: TriggerMatch, tail: string): PersonMention | undefined {
  if (!/^acqui/i.test(trigger.text)) return undefined;
  const m = /^\s+((?:[\w'’.&-]+\s+){0,3}?(?:team|founders|staff|employees))\b/id.exec(tail);
  if (!m?.indices) return undefined;
  const end = trigger.end + m.indices[1]![1];
  return { name: m[1]!, start: trigger.end + m.indices[1]![0], end };
}

/**
 * "OpenAI rehires from Acme", "lures back from Acme": a rehire with no object but the company left
 * says someone came back from there (an unnamed return); "rehires" alone names nobody.
 */
function rehiredFrom(trigger: TriggerMatch, tail: string): PersonMention | undefined {
  if (trigger.rule.type !== 'return') return undefined;
  const m = /^\s+((?:some\s+|several\s+)?(?:staff\s+|people\s+)?from\s+(?:rivals?\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})/d.exec(tail);
  if (!m?.indices) return undefined;
  return { name: m[1]!, start: trigger.end + m.indices[1]![0], end: trigger.end + m.indices[1]![1] };
}

/**
 * "hires away Tesla and xAI talent", "poaches talent from Google": talent is a hire's object only with
 * the companies it came from; "hires top talent" is the talent war, not a move.
 */
function talentOf(tail: string, offset: number): PersonMention | undefined {
  const m = /^\s+(?:away\s+)?((?:[\w'’.&+-]+\s+){0,4}?talent)\b(\s+from\s+(?:rival\s+)?[A-Z][\w.&-]*)?/id.exec(tail);
  if (!m?.indices || !(m[2] || findOrganisations(m[1]!).length > 0)) return undefined;
  // The span is the noun, so what precedes it ("OpenAI talent") describes the mover as it would a name.
  const end = offset + m.indices[1]![1];
  return { name: m[1]!, start: end - 'talent'.length, end };
}

/**
 * "The newest departures leave OpenAI with three co-founders": the noun stands for the movers.
 * "The departure of the hardware chief", "the resignation of two safety leads": its "of" names them.
 */
function nounMover(trigger: TriggerMatch, text: string): PersonMention | undefined {
  const described = recentNoun.exec(text.slice(0, trigger.start));
  if (described) return { name: text.slice(described.index, trigger.end), start: trigger.start, end: trigger.end };
  // "More OpenAI exec departures": "more" with OpenAI's staff before the noun reports further movers, not a trend.
  const further = moreStaffNoun.exec(text.slice(0, trigger.start));
  if (further?.indices) return { name: further[1]!, start: further.indices[1]![0], end: further.indices[1]![1] };
  // "the GPT-5 architect's move to Anthropic": a described mover in the possessive owns the move.
  const owner = possessiveMover.exec(text.slice(0, trigger.start));
  if (owner?.indices) return { name: owner[1]!, start: owner.indices[3]![0], end: owner.indices[3]![1] };
  const m = ofMover.exec(text.slice(trigger.end));
  if (!m?.indices || (m[4] && !count.test(m[2]!))) return undefined;
  return { name: m[1]!, start: trigger.end + m.indices[3]![0], end: trigger.end + m.indices[4]![1] };
}
const moreStaffNoun = new RegExp(String.raw`(?:^|[\s:])((?:(?:\d+|two|three|four|five|several)\s+)?more\s+(?:OpenAI|OpenAI's|OpenAI’s)\s+(?:${modifier}\s+){0,3}?${staffNoun}s?)\s+$`, 'id');
const possessiveMover = new RegExp(String.raw`(?:^|[\s:])(((?:the|OpenAI's|OpenAI’s)\s+(?:${modifier}\s+){0,4}?)(${staffNoun}))(?:'s|’s)\s+$`, 'id');
const ofMover = new RegExp(String.raw`^\s+of\s+(((?:(?:the|a|an|its|OpenAI's|one|two|three|four|five|several|\d+)\s+){0,2}(?:${modifier}\s+){0,4}?)(${staffNoun})(s?))\b`, 'id');

/**
 * "A key OpenAI hire", "40 ex-Apple hires": the noun is the person hired. Its description when the
 * hire is OpenAI's: the sentence names OpenAI and no other employer ("ex-Apple" is where they came
 * from); "Meta's latest hire" is Meta's.
 */
function openAiHire(trigger: TriggerMatch, text: string): PersonMention | undefined {
  if (!/^hires?$/i.test(trigger.text) || !hireNounAfter.test(text.slice(trigger.end))) return undefined;
  const lead = text.slice(0, trigger.start);
  const described = hireNounBefore.exec(lead);
  // "joined Anthropic as a senior hire": the noun describes someone's joining elsewhere.
  if (!described || /\bas\s+$/i.test(lead.slice(0, described.index))) return undefined;
  const employers = findOrganisations(text.replace(/\b(?:ex-|former\s+)\S+/gi, ' '));
  if (employers.length === 0 || employers.some((o) => !o.openai)) return undefined;
  return { name: text.slice(described.index, trigger.end), start: trigger.start, end: trigger.end };
}

function unnamedIn(sentence: Sentence, context: Context, triggers: readonly TriggerMatch[]): Mention[] {
  const out: Mention[] = [];
  for (const trigger of triggers) {
    if (!isLiveTrigger(trigger, sentence.text)) continue;
    const text = sentence.text;
    const hire = openAiHire(trigger, text);
    if (hire) {
      // The verb and noun rules both match "hire": one arrival, weighted as the noun rule.
      if (!out.some((m) => m.person.start === hire.start)) out.push(mention({ type: 'arrival', circumstance: 'hired', weight: 0.7 }, trigger, hire, sentence, context));
      continue;
    }
    const person = trigger.rule.side === 'noun' ? nounMover(trigger, text) : moverOf(trigger, sentence);
    if (!person) continue;
    const listed = namedAfterColon(sentence, person.end);
    // "hires former OpenAI researcher Jane Roe": the description is a named person's.
    if (!listed && sentence.persons.some((p) => p.start >= person.end && p.start <= person.end + 3)) continue;
    const meaning = interpret(trigger, person, sentence, context, false);
    if (!meaning || meaning.type === 'role_change') continue;
    if (listed) {
      // "the departures of three key executives: CTO A, B, and C": the list names the described movers.
      for (const named of listed) out.push({ ...mention(meaning, trigger, named, sentence, context), unnamed: undefined });
      continue;
    }
    // A quote's named speaker (quoteSpeaker) is a named mover, not a description.
    const named = sentence.persons.includes(person);
    out.push(named ? { ...mention(meaning, trigger, person, sentence, context), unnamed: undefined } : mention(meaning, trigger, person, sentence, context));
  }
  return out;
}

/** The people a colon right after a description lists: "three key executives: CTO Jane Roe, Max Poe, and VP Ann Lee". */
function namedAfterColon(sentence: Sentence, from: number): PersonMention[] | undefined {
  const colon = /^[^.;:,]{0,30}?:\s+/.exec(sentence.text.slice(from));
  if (!colon) return undefined;
  const at = from + colon[0].length;
  const first = sentence.persons.findIndex((p) => p.start >= at);
  // Only titles may stand between the colon and the first name.
  if (first < 0 || !/^(?:[A-Z][\w-]*\s+|(?:of|for|and)\s+){0,6}$/.test(sentence.text.slice(at, sentence.persons[first]!.start))) return undefined;
  const listed = expandForward(sentence.persons, first, sentence.text, false);
  return listed.length > 1 ? listed : undefined;
}

function mention({ weight, ...move }: Meaning, trigger: TriggerMatch, person: PersonMention, sentence: Sentence, context: Context): Mention {
  const binding: Binding = { persons: [person], gap: '', relative: false, viaPronoun: false };
  // "One co-founder just left, ..., and two leaders quit earlier this year": each listed move keeps its own date.
  const clause = clauseAround(sentence.text, Math.min(person.start, trigger.start), Math.max(person.end, trigger.end));
  const own = sentence.text.slice(clauseStart(sentence.text, Math.min(person.start, trigger.start)));
  const ownEnd = own.search(/,\s+(?:and\s+)?(?:another|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s)/);
  const old = isOldNews(ownEnd > 0 && clause.includes(own.slice(0, ownEnd)) ? own.slice(0, ownEnd) : clause, context.publishedAt);
  return { person, ...move, confidence: scoreMention({ weight, trigger, binding, person, sentence, old, context }), sentence, unnamed: true };
}

/** A sentence's move triggers (the detector finds each sentence's once). */
export type TriggersOf = (sentence: Sentence) => readonly TriggerMatch[];

/** Some word that can describe an unnamed mover; most leads have none and are not read further. */
const moverWord = new RegExp(String.raw`\b(?:${staffNoun}s?|hires?|acqui-?hir\w*|re-?hir\w*|lur\w* back|talent|departures|exits|resignations|leadership|management)\b`, 'i');

/** Moves the headline and the lead sentences report without naming the mover (see the module comment). */
export function unnamedMoves(sentences: readonly Sentence[], context: Context, triggersOf: TriggersOf): Mention[] {
  const lead = sentences.slice(0, 3);
  if (!lead.some((s) => moverWord.test(s.text) || /\bI\b/.test(s.text))) return [];
  const moves = lead.flatMap((s) => unnamedIn(s, context, triggersOf(s)));
  if (moves.length > 0) return moves;
  const split = lead.find((s) => roleSplit.test(s.text));
  if (!split) return moves;
  // OpenAI's split: OpenAI does it, or "the company" in an OpenAI story naming no other.
  const at = split.text.search(roleSplit);
  const announcer = hirerBefore(split.text, at);
  if (announcer.kind === 'other' || (announcer.kind === 'none' && (!context.titleAboutOpenAi || findOrganisations(split.text).some((o) => !o.openai)))) return moves;
  const person: PersonMention = { name: 'a role split', start: at, end: at };
  // Enough to count as a move, less sure than one with its people named.
  return [{ person, type: 'role_change', circumstance: 'reassigned', confidence: 0.6, sentence: split, unnamed: true }];
}
