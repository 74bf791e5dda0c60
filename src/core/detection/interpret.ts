// Decides what a bound (person, trigger) pair means: which event type, whether it happened at
// OpenAI at all, and where the person went. The rules follow how the press writes moves:
// "Meta's chief AI scientist quits" is Meta's news; "Meta hires three OpenAI researchers" is an
// OpenAI departure with a destination; "former OpenAI CTO raises $100M" is no move at all.
import type { Circumstance, EventType } from '../domain.js';
import { affiliationOf, hirerBefore, targetAfter, type Affiliation, type Target } from './affiliation.js';
import type { TriggerMatch } from './lexicon.js';
import { findOrganisations, mentionsOpenAi, openAiPattern } from './organisations.js';
import type { PersonMention } from './person-mentions.js';
import { clauseAround, type Sentence } from './clause.js';
import { stripAppositives } from './binding.js';
import { leftRecently } from './known-tenure.js';

export interface Context {
  publishedAt: Date | null;
  titleAboutOpenAi: boolean;
  articleAboutOpenAi: boolean;
  /** The organisation hiring in the headline ("Meta hires ..."), for summary sentences that only name a person. */
  titleHirer: Target;
  titleHasTrigger: boolean;
  /** The headline reports a move of its own, not only one it cites ("exec says ... after CTO's departure"). */
  titleReportsMove: boolean;
  /** Names of the people the headline names (a backdrop move counts only for them). */
  titleNames: ReadonlySet<string>;
  unboundTitleTriggers: TriggerMatch[];
  /** People the article says left OpenAI long before publication. */
  leftLongAgo: Set<string>;
  /**
   * Where the article says each person works, for sentences that name them bare ("Wang told
   * employees ..." after "Scale AI CEO Alexandr Wang" in the headline). See articleAffiliation.
   */
  affiliationOf(name: string): Affiliation;
  /** The headline reports a departure. */
  titleDeparture: boolean;
  /** The article dates an exit to the last days or weeks ("days after his dismissal", "resigned earlier this month"). */
  recentExit: boolean;
}

/**
 * One affiliation per person for the whole article: an explicit "OpenAI's X" anywhere wins (that
 * is what makes it an OpenAI story); else "former OpenAI X" in the headline (the article is about
 * what they do now); else another employer stated anywhere. Summaries often call someone "former"
 * right after reporting the exit, so only the headline's "former" counts.
 */
export function articleAffiliation(sentences: readonly Sentence[], name: string): Affiliation {
  const seen = new Set<Affiliation>();
  for (const sentence of sentences) {
    for (const p of sentence.persons) {
      if (p.name !== name) continue;
      const a = affiliationOf(sentence.text, p.start, p.end).affiliation;
      if (a === 'none' || (a === 'former-openai' && !sentence.title)) continue;
      seen.add(a);
    }
  }
  if (seen.size === 0) return 'none';
  return seen.has('openai') ? 'openai' : seen.has('former-openai') ? 'former-openai' : 'other';
}

// "Meta, which has trailed OpenAI", "rivals such as OpenAI", "competing with OpenAI": OpenAI is named
// as a rival or a yardstick, not as anyone's employer.
const notEmployer = /,\s*which\b[^,;]*|\b(?:rivals?|competitors?|competing with|compete with|trail(?:s|ed|ing)?|than|like|such as|including|against|versus|vs\.?|take on|taking on|challenger to|alternative to|(?:competition|pressure|challenges?|threats?) from)\s+(?:the\s+)?(?:likes of\s+)?(?:Google(?:\s+and|,)\s+)?OpenAI\b/gi;

/** True when `clause` names OpenAI other than as a rival or yardstick. */
export function namesOpenAiAsEmployer(clause: string): boolean {
  return mentionsOpenAi(clause) && mentionsOpenAi(clause.replace(notEmployer, ' '));
}

export interface Meaning {
  type: EventType;
  circumstance: Circumstance;
  destination?: string;
  weight: number;
}

// Or the part of the company led: "to oversee new devices division", "to lead OpenAI's Asia push".
const roleWord = /\b(?:chief|head|lead|president|co-?founder|CEO|CTO|CFO|COO|CPO|officer|scientist|director|VP|vice president|team|role|position|research|board|chair|responsibilit|preparedness|safety|baton|helm|operations|oversight|duties|division|unit|department|push|expansion)/i;
const companyNoun = /\b(?:the|its) (?:company|startup|firm|ChatGPT maker|AI company|AI startup|organi[sz]ation)\b/i;

function destinationAfter(text: string, from: number): string | undefined {
  const window = text.slice(from, from + 80);
  const m = /\b(?:for|to join|joining|and joined|to work at|at)\s+(?:(?:rival|AI rival|competitor)\s+)?(?:(?:the\s+)?AI (?:startup|company|lab)\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})/.exec(window);
  if (!m) return undefined;
  const org = findOrganisations(m[1]!)[0];
  if (org) return org.openai ? undefined : org.name;
  return /^for\b/.test(m[0]) ? undefined : m[1];
}

/** The text before an organisation that a hire came from: "from Meta", "from Meta, xAI, and". */
const cameFrom = /\bfrom\s+(?:rival\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*,?\s+(?:and\s+)?)*$/;
const towards = /^\s*(?:to|for|to join)\s/;
/** "as chairman of nuclear developer Oklo", "from his role as CEO of Oklo Inc.", "from the board of Helion". */
const roleElsewhere = /^\s*(?:from\s+(?:(?:his|her|their|the)\s+)?(?:role\s+|post\s+|position\s+|seat\s+)?)?(?:as\s+)?(?:(?:the|its|a)\s+)?(?:[\w-]+\s+){0,3}?(?:chair(?:man|woman|person)?|CEO|chief executive|president|director|board member|member|head|CTO|CFO|COO|board)\s+(?:of|at)\s+(?:the\s+)?(?:board\s+of\s+)?(?:[a-z][\w-]*\s+){0,3}[A-Z][\w.&-]*|^\s*as\s+(?:the\s+)?[A-Z][\w.&-]*\s+(?:board\s+)?(?:chair(?:man|woman|person)?|CEO|president|director|board member)\b/i;

/** "from OpenAI", "from the company that created ChatGPT": where a hire came from, when it is OpenAI. */
const fromOpenAi = new RegExp(String.raw`^[^,;.]{0,40}?\bfrom\s+(?:the\s+|rivals?\s+)?(?:${openAiPattern.source})`, 'i');
/** A rival left unnamed ("has joined its rival"; a named one is the verb's target already). Any case, for Title Case headlines. */
// Or some other outfit it does not name ("leaves for startup", "joins a stealth startup").
const unnamedRival = /^\s+(?:(?:its|an?|OpenAI's|the company's)\s+(?:(?:AI|main|chief|biggest|top)\s+)?(?:rival|competitor)\b|(?:for\s+)?(?:an?\s+|(?:his|her|their)\s+own\s+)?(?:(?:new|stealth|AI|rival|robotics|hardware)\s+)?(?:startup|start-up|venture)\b)/i;
/** An aside calling someone former ("Jane Roe, formerly of OpenAI,") ... */
const madeFormer = /^\s*,\s*(?:(?:a|an|the)\s+former|formerly|once\s+(?:a|an|the))\b/;
/** ... closed by the sentence's own move verb: "..., has left the company". */
const exitAfterAside = /^\s*,[^,]*,\s+(?:(?:has|had|just|recently)\s+)*$/;

/**
 * Someone the text calls former OpenAI staff. Raising money, founding, testifying or publishing is
 * not an OpenAI move, nor is a bare "left OpenAI" (background). Two things still are: going to a
 * named employer ("Microsoft hires former OpenAI chief Sam Altman", "former OpenAI researcher joins
 * Anthropic"; the recorder's old-news check drops exits the article dates long ago), and coming back.
 */
function formerStaff(rule: TriggerMatch['rule'], target: Target, text: string, trigger: TriggerMatch, recentExit: boolean, headline = false): Meaning | undefined {
  const weight = rule.weight - 0.05;
  // Going somewhere counts only when the article shows the exit was recent: "former OpenAI board member
  // joins Georgetown" years later is no OpenAI news. Below the threshold otherwise, not dropped.
  const goingWeight = recentExit ? weight : 0.3;
  if (rule.type === 'return') return target.kind === 'other' ? undefined : { type: 'return', circumstance: rule.circumstance, weight };
  if (rule.hire || (rule.side === 'after' && rule.type === 'role_change')) {
    const hirer = hirerBefore(text, trigger.start);
    if (hirer.kind === 'openai') return { type: 'return', circumstance: 'rehired', weight };
    // "Meta Hires Former OpenAI Leader X as Research Principal": a company's hire of OpenAI talent is the
    // headline's news (the talent war), unlike a former staffer joining something years later.
    if (hirer.kind === 'other' && rule.type !== 'role_change') return { type: 'departure', circumstance: 'left', destination: hirer.organisation, weight: headline && rule.hire ? weight : goingWeight };
    return undefined;
  }
  if (rule.type === 'arrival' && rule.needsObject) {
    if (target.kind === 'openai') return { type: 'return', circumstance: 'returned', weight };
    if (target.kind === 'other' && target.organisation !== 'own company') return { type: 'departure', circumstance: 'left', destination: target.organisation, weight: goingWeight };
  }
  return undefined;
}

export function interpret(
  trigger: TriggerMatch,
  person: PersonMention,
  sentence: Sentence,
  context: Context,
  viaPronoun: boolean,
  triggerSentence: Sentence = sentence,
): Meaning | undefined {
  const rule = trigger.rule;
  const text = triggerSentence.text;
  const clue = viaPronoun ? { affiliation: 'none' as const } : affiliationOf(sentence.text, person.start, person.end);
  const clause = triggerSentence === sentence
    ? clauseAround(text, Math.min(person.start, trigger.start), Math.max(person.end, trigger.end))
    : clauseAround(text, trigger.start, trigger.end);
  const otherOrgsInClause = findOrganisations(clause).filter((o) => !o.openai && o.name !== (clue as { organisation?: string }).organisation);
  const employerInClause = namesOpenAiAsEmployer(clause);
  const openAiNearby = employerInClause
    || (context.titleAboutOpenAi && companyNoun.test(clause))
    || (context.titleAboutOpenAi && !triggerSentence.title && otherOrgsInClause.length === 0);
  const known = !!person.roster;
  let affiliation = clue.affiliation;
  if (affiliation === 'none') affiliation = context.affiliationOf(person.name);
  if (affiliation === 'none' && known) affiliation = 'openai';
  // A verb points at what follows it; so does a return noun with "to" ("announces her return to OpenAI").
  // "joined from Nextdoor" names where the person came from, not where they went.
  const pointing = (rule.side === 'before' && !(rule.type === 'arrival' && /^\s+from\s/i.test(text.slice(trigger.end)))) || (rule.side === 'noun' && rule.type === 'return' && /^\s+to\s/.test(text.slice(trigger.end)));
  const target: Target = pointing ? targetAfter(text, trigger.end, triggerSentence.titleCase) : { kind: 'none' };
  // "Gretchen Krueger, a former policy researcher at OpenAI, announced her resignation" under a headline
  // reporting the exit ("Calvin French-Owen, once a key engineer behind OpenAI's Codex"): the move itself made them former.
  // So does the sentence's own exit right after that aside ("Max Roe, formerly VP of Research at OpenAI, has left the company").
  if (affiliation === 'former-openai' && !sentence.title && rule.type === 'departure' && madeFormer.test(sentence.text.slice(person.end)) && (context.titleDeparture || (triggerSentence === sentence && exitAfterAside.test(text.slice(person.end, trigger.start))))) affiliation = 'openai';
  // "Jan Leike, a key OpenAI researcher who resigned earlier this week,": the aside that makes them former
  // is this very move (scoring still discounts it when the aside dates it long ago).
  if (affiliation === 'former-openai' && triggerSentence === sentence && trigger.start > person.end && /^\s*,[^,]*\bwho\s+(?:(?:has|had|just|recently)\s+)*$/.test(text.slice(person.end, trigger.start))) affiliation = 'openai';
  if (affiliation === 'former-openai') return formerStaff(rule, target, text, trigger, context.recentExit || leftRecently(person.roster, context.publishedAt), triggerSentence.title);
  const atOpenAi = affiliation === 'openai' || (affiliation === 'none' && employerInClause);
  // "departs Davos", "returns to India": a named place or event, not an employer.
  // "Staffers Quit Sam Altman": a person quit is their boss, not a place.
  const namedElsewhere = target.kind === 'foreign' && /^\s*(?:(?:to|at|in|from|for)\s+)?(?:the\s+)?[A-Z]/.test(text.slice(trigger.end)) && !triggerSentence.persons.some((p) => p.start > trigger.end && p.start <= trigger.end + 1);

  if (rule.loss) {
    // "OpenAI loses Jason Wei to Meta", "Apple loses its Vision Pro chief to OpenAI".
    const loser = hirerBefore(text, trigger.start);
    const to = /^[^,;.]{0,60}?\bto\s+(?:rival\s+|AI rival\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})/.exec(text.slice(person.end));
    const winner = to ? findOrganisations(to[1]!)[0] : undefined;
    if (winner?.openai && loser.kind !== 'openai') return { type: 'arrival', circumstance: 'hired', weight: rule.weight };
    if (loser.kind === 'openai' && to && !winner?.openai) return { type: 'departure', circumstance: 'left', destination: winner?.name ?? to[1], weight: rule.weight };
    // "OpenAI loses its head of safety": a loss with no winner named is still OpenAI's exit.
    if (loser.kind === 'openai' && !to) return { type: 'departure', circumstance: 'left', weight: rule.weight - 0.05 };
    return undefined;
  }

  if (rule.hire) {
    let hirer = hirerBefore(text, trigger.start);
    if (hirer.kind === 'none') hirer = context.titleHirer;
    // "Jeff Bezos' AI lab poaches xAI cofounder X from OpenAI": whoever hires, X leaves OpenAI.
    if (hirer.kind !== 'openai' && fromOpenAi.test(text.slice(person.end))) {
      return { type: 'departure', circumstance: 'left', destination: hirer.kind === 'other' ? hirer.organisation : undefined, weight: rule.weight };
    }
    if (hirer.kind === 'openai') return { type: 'arrival', circumstance: 'hired', weight: rule.weight };
    if (hirer.kind === 'other') {
      // Another company hiring: an OpenAI departure only when the person is OpenAI's.
      if (affiliation !== 'openai' || otherOrgsInClause.some((o) => o.name !== hirer.organisation && !/\bfrom\b/.test(clause))) return undefined;
      return { type: 'departure', circumstance: 'left', destination: hirer.organisation, weight: rule.weight };
    }
    if (rule.type === 'departure') return undefined;
    // "The AI giant recruited three founders from Thinking Machines Lab": where the hires came from is not who hired.
    const employers = otherOrgsInClause.filter((o) => !cameFrom.test(clause.slice(0, o.start)));
    return employerInClause || (context.titleAboutOpenAi && employers.length === 0) ? { type: 'arrival', circumstance: 'hired', weight: rule.weight - 0.1 } : undefined;
  }

  if (rule.type === 'arrival' && rule.needsObject) {
    if (target.kind === 'openai') return { type: 'arrival', circumstance: 'joined', weight: rule.weight + 0.05 };
    if (target.kind === 'other') {
      if (affiliation !== 'openai') return undefined;
      return { type: 'departure', circumstance: 'left', destination: target.organisation, weight: rule.weight - 0.05 };
    }
    // "the Vice President of Research at OpenAI has joined its rival": an unnamed rival is still another company.
    // An unnamed mover's own words may say where they work ("the Vice President of Research at OpenAI").
    if ((affiliation === 'openai' || mentionsOpenAi(person.name)) && unnamedRival.test(text.slice(trigger.end))) return { type: 'departure', circumstance: 'left', weight: rule.weight - 0.05 };
    if (target.kind === 'foreign') return undefined;
    // "joins as chief product officer", "is joining the startup", "will join later this year" in an OpenAI story.
    if (!(context.titleAboutOpenAi || employerInClause)) return undefined;
    if (/^\s*(?:for|to)\b/.test(text.slice(trigger.end))) return undefined;
    return { type: 'arrival', circumstance: 'joined', weight: rule.weight - 0.1 };
  }

  if (rule.type === 'arrival') {
    // "X was hired/tapped": at OpenAI only when the clause says so.
    return openAiNearby ? { type: 'arrival', circumstance: rule.circumstance, weight: rule.weight } : undefined;
  }

  // Who acts before the verb ("Meta appoints X", "OpenAI brings back X"): read once, and only by
  // the branches below that need it.
  let actorSeen: ReturnType<typeof hirerBefore> | undefined;
  const actor = () => (actorSeen ??= hirerBefore(text, trigger.start));
  // Someone described by another employer: only a return to OpenAI can still be an OpenAI move.
  const backToOpenAi = () => target.kind === 'openai' || (rule.side === 'after' && actor().kind === 'openai');
  if (affiliation === 'other' && rule.type !== 'role_change' && !(rule.type === 'return' && backToOpenAi())) return undefined;

  if (rule.type === 'departure') {
    // "steps down as chairman of nuclear developer Oklo": a role at another organisation.
    // After a verb whose mover follows it ("bids farewell to its head of research"), the words are the mover, not a post elsewhere.
    const roleOf = rule.side === 'after' ? null : roleElsewhere.exec(text.slice(trigger.end, trigger.end + 110));
    if (roleOf && !mentionsOpenAi(roleOf[0]) && !/\bChatGPT\b/.test(roleOf[0])) return undefined;
    if (target.kind === 'other' && /^\s*(?:\w+\s+){0,4}?(?:for|to join)\s+(?:OpenAI|the ChatGPT maker)\b/.test(text.slice(trigger.end).replace(/^\s*(?:from\s+)?(?:rival\s+)?/, '').slice(target.organisation.length))) {
      return { type: 'arrival', circumstance: 'joined', weight: rule.weight };
    }
    if (target.kind === 'other') {
      // "defects to Meta", "exits for Anthropic": the organisation is where they went, not what they left.
      if (towards.test(text.slice(trigger.end)) && atOpenAi) return { type: 'departure', circumstance: rule.circumstance, destination: target.organisation, weight: rule.weight };
      return undefined; // "leaving Meta", "exits Anthropic"
    }
    if (target.kind === 'foreign' && (rule.needsObject || namedElsewhere)) return undefined; // "leave the EU", "left users confused"
    // "leaving the AI lab and rejoining OpenAI", "left to return to her former employer, OpenAI": the
    // exit is from somewhere else.
    if (/^[^;.]{0,60}?\b(?:and|to)\s+(?:re)?join(?:s|ed|ing)?\s+(?:OpenAI|the ChatGPT maker)|^[^;.]{0,60}?\breturn(?:s|ed|ing)? to\b[^;.]{0,50}?\b(?:OpenAI|the ChatGPT maker)\b/.test(text.slice(trigger.end))) return undefined;
    // "Roe's move to Anthropic" / "her switch to OpenAI": the noun says which way.
    if (rule.side === 'noun' && /^(?:move|switch|jump|defection|transition)$/i.test(trigger.text)) {
      const to = /^\s+(?:of\s+[^.;,]{1,60}?\s+)?(?:from\s+[^,;]{1,60}?\s+)?to\s+(?:rival\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})/.exec(text.slice(trigger.end));
      const org = to ? findOrganisations(to[1]!)[0] : undefined;
      if (org?.openai) return affiliation === 'openai' ? undefined : { type: 'arrival', circumstance: 'joined', weight: rule.weight };
      if (!to || !(atOpenAi || /^\s+from\s+OpenAI/.test(text.slice(trigger.end)))) return undefined;
      return { type: 'departure', circumstance: 'left', destination: org?.name ?? to[1], weight: rule.weight };
    }
    if (!atOpenAi && target.kind !== 'openai' && !(affiliation === 'none' && openAiNearby && !person.roster && context.titleAboutOpenAi)) return undefined;
    return { type: 'departure', circumstance: rule.circumstance, destination: destinationAfter(text, trigger.end), weight: rule.weight + (target.kind === 'openai' ? 0.1 : 0) };
  }

  if (rule.type === 'return') {
    // "Alphabet is bringing back Noam Shazeer": another company's comeback.
    if (target.kind === 'other' || namedElsewhere || (rule.side === 'after' && actor().kind === 'other')) return undefined;
    return atOpenAi || target.kind === 'openai' || (affiliation !== 'openai' && openAiNearby) ? { type: 'return', circumstance: rule.circumstance, weight: rule.weight } : undefined;
  }

  // Role changes: an OpenAI person with a role named nearby; an outsider named to an OpenAI role is an arrival.
  if ((target.kind === 'other' && /^\s*(?:at|with|for|to)\s/.test(text.slice(trigger.end))) || /\bat (?:the |a )?(?:rival|competitor)\b/.test(clause)) return undefined;
  // The role may sit past an aside: "appointed Dylan Scandinaro, formerly of Anthropic, as its new Head of Preparedness".
  if (!rule.remit && !roleWord.test(clause) && !roleWord.test(stripAppositives(text.slice(trigger.start, trigger.end + 200)).slice(0, 100))) return undefined;
  if (affiliation === 'other') return openAiNearby ? { type: 'arrival', circumstance: 'hired', weight: rule.weight - 0.05 } : undefined;
  // "Meta appoints X as chief scientist": another company's appointment.
  if (rule.side === 'after') {
    let appointer = actor();
    if (appointer.kind === 'none') appointer = context.titleHirer;
    if (appointer.kind === 'other') return undefined;
  }
  // "named CEO of his AI startup", "becomes CEO of Microsoft AI": the role belongs to another company.
  if (/^\s*(?:as\s+)?(?:the\s+)?(?:new\s+)?[\w -]{0,40}?\b(?:of|at)\s+(?:his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:startup|start-up|company|firm|venture|lab)\b/i.test(text.slice(trigger.end, trigger.end + 80))) return undefined;
  const roleTail = /^[^,;]{0,50}/.exec(text.slice(trigger.end))![0];
  if (findOrganisations(roleTail).some((o) => !o.openai) && /\b(?:of|at)\s+[A-Z]/.test(roleTail)) return undefined;
  // "Interim VP Lindsey Held takes over" under another's exit: a stand-in covers, unless the headline makes it the news.
  if (/\b(?:interim|acting)\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(Math.max(0, person.start - 40), person.start)) && !/^\s+(?:as|to)\s/.test(text.slice(trigger.end)) && !context.titleNames.has(person.name)) return undefined;
  if (!known) {
    if (!openAiNearby) return undefined;
    // Someone not known as OpenAI's, named to or to serve in an OpenAI role, is arriving; "OpenAI's Jane Roe named COO" is already there.
    const alreadyOurs = /\bOpenAI(?:'s|’s)\s+(?!new\b)(?:[\w-]+\s+){0,3}$/.test(sentence.text.slice(Math.max(0, person.start - 40), person.start));
    if (!alreadyOurs && /nam|appoint|tap|pick|install|serv/i.test(trigger.text)) return { type: 'arrival', circumstance: 'hired', weight: rule.weight - 0.1 };
    return { type: 'role_change', circumstance: 'promoted', weight: rule.weight - 0.15 };
  }
  if (!atOpenAi) return undefined;
  const circumstance: Circumstance = /reassign|mov|transfer|remov|demot/i.test(trigger.text) ? 'reassigned' : 'promoted';
  return { type: 'role_change', circumstance, weight: rule.weight };
}
