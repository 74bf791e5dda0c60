// Links a trigger to the people it is about, by position: the subject right before a verb
// ("Murati resigns"), the object right after ("fires Aschenbrenner"), a possessive or "of" phrase
// around a noun ("Murati's exit", "the departure of Murati"), and whole lists ("A, B and C").
// What may stand between person and trigger is deliberately narrow: that is most of the precision.
import type { PersonMention } from './person-mentions.js';
import type { TriggerMatch } from './lexicon.js';
import { lightVerbs } from './light-verbs.js';

export interface Binding {
  persons: PersonMention[];
  /** Text between the first person and the trigger, or the trigger and the person. */
  gap: string;
  /** The trigger sits in a relative clause about the person ("X, who left OpenAI in 2018,"). */
  relative: boolean;
  /** Bound through a pronoun ("she has made the decision to leave"). */
  viaPronoun: boolean;
}

const subjectFiller = new Set([
  ...lightVerbs,
  ...`has have had is are was were will would shall be been being also now officially abruptly quietly reportedly suddenly just finally formally
  publicly then too to announced announces announcing confirmed confirms confirm
  said says saying told tells posted posts wrote writes that his her their its the a an on in at this week today yesterday tonight
  monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night another and both all who which
  has made make makes the difficult decision to not no longer soon effective immediately who've both latest most recently recent
  after nearly almost more than over years year months six seven eight nine ten two three four five his her one several of
  he she they ll already other execs executives leaders colleagues staff employees reporters investors 2 3 4 5 out their way`.split(/\s+/),
]);
/** Words that end an object phrase: between "fires" and the name only descriptions may stand. */
const objectStop = new Set(
  `said says say told that to after before while as because following amid with for who which but when where if whether over about on in at by from
  and or than then said, announced confirmed is was are were has have had will would`.split(/\s+/),
);
// "A, B and C", "A and research VP B", "A as its new CFO and B".
// The words after the separator describe the next person ("and research VP B"); a verb or "that" ends the list
// ("Fidji Simo, announced that Barret Zoph ...").
// A capitalised title before the next name describes them too ("CTO Mira Murati, Chief Research Officer Bob McGrew").
const listSeparator = /^\s*(?:as\s+(?:[\w'-]+\s+){1,6})?(?:,|,?\s*and|,?\s*&|,?\s*(?:along with|as well as|alongside|plus))\s+(?:(?!(?:said|says|announced|announces|confirmed|confirms|that|who|which|is|are|was|were|has|have|had|will)\b)(?:[a-z][\w-]*|[A-Z]{2,4}|co-founder|former|OpenAI|Chief|Research|Technology|Product|Operating|Financial|Officer|Scientist|Vice|President|Head|Director|Senior|Executive|(?<=\b(?:of|for)\s+)[A-Z][a-z]+)\s+){0,5}$/;
// "says he is (taking a leave)": the pronoun may carry its auxiliaries.
const pronoun = /\b(?:he|she|they)(?:\s+(?:is|was|has|had|will|would|are|were|have))*\s*$/i;
/** "permanently departed", "unexpectedly quit": a manner adverb says how, not who; these -ly words are no adverbs. */
const adverb = /^[a-z]{3,}ly$/;
const notAdverb = new Set(['only', 'early', 'july', 'family', 'italy', 'reply', 'apply', 'supply', 'rally', 'ally', 'bully', 'holly', 'kelly', 'emily', 'sally', 'molly', 'lilly']);
const filler = (t: string) => subjectFiller.has(t) || (adverb.test(t) && !notAdverb.has(t));
/** "Musk's xAI" (an owner), not "Altman's been fired" or "Brockman's back" (a subject). */
const possessive = /^(?:'s|’s|')\s+(?![a-z]+ed\b|been\b|back\b)/;

function words(text: string): string[] {
  return text.toLowerCase().replace(/["'’()]/g, ' ').split(/[\s,]+/).filter(Boolean);
}

/** "Kokotajlo of the governance team and Saunders of the Superalignment team": a team named after a person describes them. */
const teamOf = /^\s+(?:of|from|on)\s+(?:the|its|OpenAI's)\s+(?:[\w-]+\s+){0,3}?(?:team|group|division|unit|lab)\b/i;

/**
 * The text between two listed names without the asides describing the first: "A, CTO at OpenAI,
 * the maker of ChatGPT, along with B" reads "A, along with B" (each aside runs up to the next comma).
 */
function listGap(between: string): string {
  return between.replace(teamOf, ' ').replace(/,[^,;]{1,120}(?=,)/g, '').replace(/\s+—[^—]{1,120}—/g, ' ');
}

/** A relative clause closed by a comma but not opened by one, right after a name. */
const openRelative = /^\s+(?:who|which)\s+[^,;]{1,100},(?=\s)/;

/** Removes ", an appositive," segments so "Murati, OpenAI's CTO, said" reads "Murati said". */
export function stripAppositives(gap: string): string {
  // A date's year between commas ("On June 14, 2024, OpenAI ...") is no appositive.
  return gap.replace(teamOf, ' ').replace(/,(?!\s*\d{4}\s*,)[^,;]{1,120},/g, ' ').replace(/\s+—[^—]{1,120}—/g, ' ');
}

// A list needs its "and" ("along with"): "A, B and C resign" is a list, "Sam Altman, Sutskever is leaving" is not.
const hasAnd = /\b(?:and|plus|along with|as well as|alongside)\b|&/;

function expandBackward(persons: PersonMention[], i: number, sentence: string): PersonMention[] {
  const group = [persons[i]!];
  for (let k = i - 1; k >= 0; k--) {
    const between = listGap(sentence.slice(persons[k]!.end, group[0]!.start) + ' ').replace(/'s\b/, '');
    if (!listSeparator.test(between)) break;
    if (group.length === 1 && !hasAnd.test(between)) break;
    group.unshift(persons[k]!);
  }
  return group;
}

/** The list of people starting at `persons[i]` ("A, B and C"), see listSeparator. */
export function expandForward(persons: PersonMention[], i: number, sentence: string, title: boolean): PersonMention[] {
  const group = [persons[i]!];
  let closed = false;
  for (let k = i + 1; k < persons.length; k++) {
    const between = listGap(sentence.slice(group[group.length - 1]!.end, persons[k]!.start) + ' ');
    if (!listSeparator.test(between)) break;
    group.push(persons[k]!);
    if (hasAnd.test(between)) {
      closed = true;
      break;
    }
  }
  // "fired A, B" without an "and" is not a list ("fires Altman, Brockman quits"): keep the first name
  // only, unless a headline's "A, B" ends there or runs into a preposition ("swipes Altman, Brockman to head").
  if (closed || !title || group.length !== 2) return closed ? group : group.slice(0, 1);
  return /^(?:\s*$|\s+(?:to|as|in|for|from|after|amid|over|on|at|with)\b)/.test(sentence.slice(group[1]!.end)) ? group : group.slice(0, 1);
}

function bindBefore(trigger: TriggerMatch, persons: PersonMention[], sentence: string, noun: boolean): Binding | undefined {
  let i = -1;
  for (let k = 0; k < persons.length; k++) if (persons[k]!.end <= trigger.start) i = k;
  if (i < 0) return undefined;
  // "..., are leaving Mira Murati's startup to rejoin OpenAI", "an employee at Elon Musk's xAI has left": a
  // possessive name is an owner, no verb's subject.
  if (!noun) {
    while (i >= 0 && possessive.test(sentence.slice(persons[i]!.end, persons[i]!.end + 12))) i--;
    if (i < 0) return undefined;
  }
  // "Mike Liberatore, the former CFO at Elon Musk's xAI, has joined": a name inside the aside is not the subject.
  if (i > 0 && /^\s*,[^,;]*$/.test(sentence.slice(persons[i - 1]!.end, persons[i]!.start)) && !/\b(?:and|plus|along with|as well as|alongside)\b|&/.test(sentence.slice(persons[i - 1]!.end, persons[i]!.start)) && /^[^,;]*,[^,;]*$/.test(sentence.slice(persons[i]!.end, trigger.start))) i--;
  const person = persons[i]!;
  const raw = sentence.slice(person.end, trigger.start);
  if (/[;:!?]|\.\s/.test(raw)) return undefined;
  // "The cofounder of Thinking Machines Lab, a startup led by Mira Murati, left": the name closes an aside
  // about someone else, who is the subject.
  if (/^\s*,/.test(raw) && /,\s*(?:a|an|the|who|which|whose)\s[^,]*$/i.test(sentence.slice(Math.max(0, person.start - 100), person.start))) return undefined;
  // "Three staff members — A, B and C — are leaving": the dash closes the list the sentence opened.
  // "Rishi Jaitly who is a former head of Twitter India, is now ...": a relative clause missing its opening comma is an aside too.
  const gap = stripAppositives((/\s—\s/.test(sentence.slice(0, person.start)) ? raw.replace(/^\s*—(?=\s)/, '') : raw).replace(openRelative, ' '));
  // The trigger sits inside ", who left OpenAI in 2018" (the clause is still open).
  // Also after a description: "Jan Leike, a key OpenAI researcher who resigned earlier this week,".
  const relative = /^(?:'s)?\s*,\s*(?:(?:a|an|the)\s[^,]*?)?\b(?:who|which)\b[^,]*$/.test(raw);
  if (noun) {
    // "the company's CTO, Mira Murati, revealed her exit": a name set off as an appositive closes with its own comma.
    const nounGap = /,\s*$/.test(sentence.slice(Math.max(0, person.start - 3), person.start)) && /^,\s[^,]*$/.test(raw) ? raw.slice(1) : gap;
    // "Murati's exit", "Sutskever's abrupt departure", "Ilya Sutskever and Jan Leike announced their departures"
    // (their own move only: "Altman announced the hire" names who hired, not who was hired).
    const possessive = /^(?:'s|')\s+(?:[a-z-]+\s+){0,2}$/.test(nounGap);
    const announced = /^\s+(?:(?:has|have|had|also|officially|just|publicly|formally|both)\s+)*(?:announced|announces|confirmed|confirms|revealed|reveals|shared|shares)\s+(?:(?:on|in|this|last)\s+\w+\s+)?(?:(?:his|her|their)\s+)?(?:[a-z-]+\s+)?$/.test(nounGap) && !/\b(?:the|a|an)\s+(?:[a-z-]+\s+)?$/.test(nounGap);
    if (!possessive && !announced) return undefined;
  } else {
    // In a relative clause only the words after "who" stand between subject and verb.
    // "announced her exit": after a possessive the word is a noun, not the verb "exit".
    if (/\b(?:his|her|their|its)\s+$/i.test(gap)) return undefined;
    const tokens = words((relative ? gap.replace(/^[^]*?\b(?:who|which)\b/, '') : gap).replace(/^'s\b/, ''));
    // "are leaving the AI lab and rejoining OpenAI", "left to return": a second verb of the same subject.
    const coordinated = /^,?\s+(?:(?:are|is|were|was|has|have|will|also)\s+)*(?:[a-z]+(?:ing|ed|s)|left|quit|went|came)\s+(?:[\w'-]+\s+){0,5}(?:and|to)\s+$/.test(gap) && tokens.length <= 9;
    if (!coordinated && (tokens.length > 9 || tokens.some((t) => !filler(t)))) return undefined;
    // "Altman said the company may leave": a verb of saying must be followed by a pronoun.
    if (/\b(?:said|says|told|tells|wrote|writes|posted)\b/.test(gap) && !pronoun.test(gap)) return undefined;
  }
  return { persons: expandBackward(persons, i, sentence), gap: raw, relative, viaPronoun: false };
}

function bindAfter(trigger: TriggerMatch, persons: PersonMention[], sentence: string, noun: boolean, title: boolean): Binding | undefined {
  const i = persons.findIndex((p) => p.start >= trigger.end);
  if (i < 0) return undefined;
  const raw = sentence.slice(trigger.end, persons[i]!.start);
  if (/[;:!?"]|\.\s/.test(raw)) return undefined;
  if (noun) {
    // "the departure of Murati", "the return of two of the startup's co-founders, Barret Zoph and Luke Metz".
    // "Among the exits are Kevin Weil ... and Bill Peebles": the noun's complement names the movers.
    if (!/^\s+(?:of|by)\s+(?:[\w'-]+\s+){0,6}$|^\s+(?:are|were|include|included|including)\s+$/i.test(raw.replace(/,\s*$/, ' '))) return undefined;
  } else {
    const tokens = words(raw);
    if (tokens.length > 7 || tokens.some((t) => objectStop.has(t))) return undefined;
  }
  return { persons: expandForward(persons, i, sentence, title), gap: raw, relative: false, viaPronoun: false };
}

/** The people `trigger` is about in `sentence`, or undefined when none is bound. */
export function bindTrigger(trigger: TriggerMatch, persons: PersonMention[], sentence: string, title = false): Binding | undefined {
  switch (trigger.rule.side) {
    case 'before':
      return bindBefore(trigger, persons, sentence, false);
    case 'after':
      // "Jane Roe and Max Poe rehired by OpenAI board": a headline's bare passive names its movers first.
      if (/ed$/i.test(trigger.text) && /^\s+by\b/.test(sentence.slice(trigger.end))) return bindBefore(trigger, persons, sentence, false);
      return bindAfter(trigger, persons, sentence, false, title);
    case 'noun':
      return bindBefore(trigger, persons, sentence, true) ?? bindAfter(trigger, persons, sentence, true, title);
  }
}

/**
 * True when a pronoun stands where the person should be: "she has decided to leave", "as he
 * announced his departure", or a first-person quote after a verb of saying ('wrote: "I resigned').
 */
export function pronounSubject(trigger: TriggerMatch, sentence: string): boolean {
  const head = sentence.slice(Math.max(0, trigger.start - 80), trigger.start);
  if (trigger.rule.side === 'noun') return /\b(?:he|she)\s+(?:has\s+|had\s+|also\s+)?(?:announced|announces|confirmed|confirms)\s+(?:his|her)\s+(?:[a-z-]+\s+)?$/i.test(head);
  if (trigger.rule.side !== 'before') return false;
  if (/\b(?:wrote|writes|said|says|posted|posts|added|told \w+)\s*[:,]?\s*"I\s+(?:have\s+|had\s+|just\s+)?$/.test(head)) return true;
  const m = /\b(?:he|she)\b([^,;.]*)$/i.exec(head);
  if (!m) return false;
  // "he has left his role as an Intel fellow and joined OpenAI": a second verb of the same subject.
  if (/^\s+(?:(?:has|have|had|also)\s+)*[a-z]+(?:ed|t)\s+(?:[\w'-]+\s+){1,7}and\s+$/.test(m[1]!)) return true;
  const tokens = words(m[1]!);
  return tokens.length <= 8 && tokens.every(filler);
}
