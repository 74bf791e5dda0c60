// Detection: article -> staffing-event candidates. Pure, synchronous and deterministic; rules only
// (no model), so it runs tens of thousands of articles a second. The title and each summary
// sentence are read on their own: find people, find move triggers, bind them by position, decide
// whether the move is at OpenAI (affiliation, verb target, hirer), drop background and negated
// mentions, score, then merge per person and type. When nobody named moves, a move whose mover the
// headline or lead only describes ("OpenAI's robotics chief resigns") is reported without a name.
import { detectionThreshold, type ArticleText, type StaffingCandidate } from './candidate.js';
import { nameKey } from '../domain.js';
import { articleAffiliation, interpret, type Context } from './interpret.js';
import { bindTrigger, pronounSubject, stripAppositives, type Binding } from './binding.js';
import { findTriggers, type TriggerMatch } from './lexicon.js';
import type { TriggersOf } from './unnamed-movers.js';
import { hirerBefore, type Affiliation, type Target } from './affiliation.js';
import { mentionsOpenAi } from './organisations.js';
import { describedAsInHeadline, describedAtOpenAi, jobWord, speakingMover } from './headline-mover.js';
import { findPersons, type NameMemory, type PersonMention } from './person-mentions.js';
import { roleNear } from './roles.js';
import { buildRosterIndex, type RosterIndex } from './roster-index.js';
import { roster } from './roster.js';
import { clauseAround, clauseStart, type Sentence } from './clause.js';
import { isLiveTrigger, isVisit } from './live-triggers.js';
import { causeOfAnotherMove, citedAfter, scoreMention } from './scoring.js';
import { isOldNews } from './temporal.js';
import { normalizeText, splitSentences } from './text.js';
import { mergeMentions, type Mention } from './merge.js';
import { applyKnownTenure } from './known-tenure.js';
import { staffNoun, unnamedMoves } from './unnamed-movers.js';
import { listedMovers, pluralSubjectMovers } from './listed-movers.js';

export interface DetectOptions {
  /** Defaults to the built-in roster. */
  rosterIndex?: RosterIndex;
  /** Sentences of the summary read (long bodies carry mostly background). Default 40. */
  maxSentences?: number;
}

const defaultIndex = buildRosterIndex(roster);
const attribution = /\b(?:by|according to|from|per)\s+(?:[\w'-]+\s+){0,4}$/i;
/**
 * Someone the summary names as an owner ("Elon Musk's xAI", "Mira Murati's startup") or as the
 * subject of another deed ("Elon Musk formally launched his company") is not the headline's mover.
 */
const otherRole = /^(?:'s|’s|')\s|^\s+(?:[a-z]+ly\s+)?(?!(?:left|quit|resigned|departed|joined|returned|exited|stepped|moved|rejoined)\b)[a-z]+ed\b/;
/**
 * "several co-founders of Acme, the venture associated with former OpenAI CTO Jane Roe, have decided to
 * return": a name closing an aside about something else describes that thing; the aside's subject moves.
 */
const closesAside = (text: string, p: PersonMention) => /^\s*,/.test(text.slice(p.end)) && /,\s*(?:a|an|the)\s[^,]*\b(?:associated with|led by|founded by|run by|started by|backed by|headed by|of)\s[^,]*$/i.test(text.slice(Math.max(0, p.start - 100), p.start));
/** Someone who speaks about a move (announces, confirms, comments, welcomes, denies a link to it) is not its mover. */
const speaker = /^(?:'s)?\s*(?:,[^,]*,\s*)?(?:(?:has |had |also )*(?:said|says|posted|posts|wrote|writes|told|tells|acknowledged|added|explained|noted|argued|warned|announced|announces|confirmed|confirms|revealed|reveals|tweeted|welcomed|welcomes|praised|praises|thanked|thanks|commented|comments|denied|denies|refuted|refutes|rejected|rejects|dismissed|dismisses|clarified|clarifies|downplayed|downplays|addressed|addresses|defended|defends|responded|responds))\b|^'s\s+(?:response|reaction|statement|comment|memo|post|letter|message|note|tweet|remarks)\b/;

/**
 * A Title Case headline ("Greg Brockman Cuts Sabbatical Short, Returns to OpenAI"): capitals say
 * nothing about names there. Told by capitalised small words or a capitalised move verb mid-title.
 */
function isTitleCase(text: string, triggers: readonly TriggerMatch[]): boolean {
  if (/\s(?:To|For|Of|With|From|After|In|On|At|As|And|The|Its|Amid|Over|Into)\s/.test(text)) return true;
  return triggers.some((t) => t.start > 0 && /^[A-Z]/.test(t.text));
}

/**
 * A Title Case headline's name as the summary writes it: "Peter Steinberger Makes (the Move)" is
 * "Peter Steinberger" when the summary names him so (the headline's next word is a capitalised verb).
 */
function namedInSummary(p: PersonMention, summary: string): PersonMention {
  const words = p.name.split(' ');
  for (let n = words.length - 1; n >= 2 && !summary.includes(p.name); n--) {
    const shorter = words.slice(0, n).join(' ');
    if (summary.includes(shorter)) return { ...p, name: shorter, end: p.start + shorter.length };
  }
  return p;
}

/** The people a pronoun at `at` can stand for: the last person named before it, else the previous sentence's first. */
function antecedent(sentence: Sentence, at: number, previous: PersonMention | undefined): PersonMention | undefined {
  const before = sentence.persons.filter((p) => p.end <= at);
  return before[0] ?? previous;
}

/**
 * "Avi Verma and Ethan Knight each spent less than a month at Meta before returning to OpenAI": an
 * -ing move after "before"/"after"/"then" continues the clause's subject (the people opening it).
 */
function continuedSubject(trigger: TriggerMatch, sentence: Sentence): Binding | undefined {
  if (!/ing\b/i.test(trigger.text) || !/\b(?:before|after|then)\s+$/.test(sentence.text.slice(Math.max(0, trigger.start - 8), trigger.start))) return undefined;
  const start = clauseStart(sentence.text, trigger.start);
  const inClause = sentence.persons.filter((p) => p.start >= start && p.end <= trigger.start);
  const first = inClause[0];
  if (!first || first.start - start > 40) return undefined;
  const group = [first];
  for (const next of inClause.slice(1)) {
    if (!/^\s*(?:,|,?\s*and)\s+$/.test(sentence.text.slice(group[group.length - 1]!.end, next.start))) return undefined;
    group.push(next);
  }
  // The subject must be followed by its own verb, not be the object of something else.
  if (!/^\s+(?:(?:each|both|all|also|had|have|has)\s+)?[a-z]+(?:ed|ent|pent|ook|ame|ere|as)\b/.test(sentence.text.slice(group[group.length - 1]!.end))) return undefined;
  return { persons: group, gap: '', relative: false, viaPronoun: false };
}

/**
 * "Jane Roe, OpenAI's head of marketing, has shared her diagnosis, stepping away from her role": an
 * -ing move after a comma continues the subject opening the sentence, once that subject has its own verb.
 */
function participleSubject(trigger: TriggerMatch, sentence: Sentence): Binding | undefined {
  if (!/^[a-z]+ing\b/i.test(trigger.text) || !/,\s+$/.test(sentence.text.slice(Math.max(0, trigger.start - 3), trigger.start))) return undefined;
  const subject = sentence.persons[0];
  if (!subject || subject.end > trigger.start || !/^(?:[A-Z][\w']*(?:\s+[\w']+){0,3},\s+)?$/.test(sentence.text.slice(0, subject.start))) return undefined;
  if (!/^\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|s)\b/.test(stripAppositives(sentence.text.slice(subject.end, trigger.start)))) return undefined;
  return { persons: [subject], gap: '', relative: false, viaPronoun: false };
}

/**
 * "Ilya Sutskever, the co-founder who in November joined the board members to force out Sam Altman,
 * ..., is leaving the company": a verb closing a run of asides is the move of the name opening the
 * sentence, not of anyone named inside the asides.
 */
function openingSubject(trigger: TriggerMatch, sentence: Sentence): Binding | undefined {
  // Only a verb whose mover is its subject: the subject of "has hired" is the hirer.
  if (trigger.rule.side !== 'before') return undefined;
  const subject = sentence.persons[0];
  if (!subject || subject.start > 0 || !/^,\s/.test(sentence.text.slice(subject.end))) return undefined;
  if (!asideClosedByVerb.test(sentence.text.slice(subject.end, trigger.start))) return undefined;
  return { persons: [subject], gap: '', relative: false, viaPronoun: false };
}
const asideClosedByVerb = /^,[^;]*,\s+(?:(?:is|was|has|have|had|will|just|now|also)\s+)*$/;

const closingAside = /,\s+(?:a|an|the|which|who|whose|where)\b[^,;]*$/;

/**
 * The clause without a closing aside after the move ("steps down as chair of OpenAI, a nonprofit he
 * co-founded in late 2015"): the aside's date belongs to what it describes, not to the move.
 */
function withoutClosingAside(clause: string, from: number): string {
  const aside = closingAside.exec(clause.slice(Math.max(0, from)));
  return aside ? clause.slice(0, Math.max(0, from) + aside.index) : clause;
}

const pronounOrQuote = /\b(?:he|she|He|She)\b|"I\b/;

function mentionsIn(sentence: Sentence, previous: PersonMention | undefined, context: Context, triggers: readonly TriggerMatch[]): Mention[] {
  const out: Mention[] = [];
  for (const trigger of triggers) {
    if (!isLiveTrigger(trigger, sentence.text)) continue;
    let binding: Binding | undefined = bindTrigger(trigger, sentence.persons, sentence.text, sentence.title);
    if (!binding) binding = continuedSubject(trigger, sentence) ?? participleSubject(trigger, sentence) ?? openingSubject(trigger, sentence);
    if (!binding && pronounSubject(trigger, sentence.text)) {
      const person = antecedent(sentence, trigger.start, previous);
      if (person) binding = { persons: [person], gap: '', relative: false, viaPronoun: true };
    }
    if (!binding) {
      if (sentence.title) context.unboundTitleTriggers.push(trigger);
      continue;
    }
    const clause = clauseAround(sentence.text, trigger.start, trigger.end);
    // "Campbell, who joined OpenAI in 2021, is departing": the date belongs to the aside, not the move.
    // A move told in the aside itself ("Schulman, who left OpenAI in August 2024,") is dated by that aside.
    const old = isOldNews(binding.relative ? clause : stripAppositives(withoutClosingAside(clause, trigger.end - sentence.text.indexOf(clause))), context.publishedAt);
    for (const person of binding.persons) {
      const meaning = interpret(trigger, person, sentence, context, binding.viaPronoun);
      // "X left OpenAI in 2019" counts even when it is no move today (former staff): a later
      // "joins Anthropic" in the same article is then no OpenAI exit either.
      if (old && (meaning?.type === 'departure' || (trigger.rule.type === 'departure' && mentionsOpenAi(clause)))) context.leftLongAgo.add(person.name);
      if (!meaning) continue;
      out.push({
        person,
        type: meaning.type,
        circumstance: meaning.circumstance,
        destination: meaning.destination,
        confidence: scoreMention({ weight: meaning.weight, trigger, binding, person, sentence, old, context }),
        sentence,
        // Through a pronoun, the role is still the one written next to the name when that is in this sentence.
        role: !binding.viaPronoun || sentence.persons.includes(person) ? roleNear(sentence.text, person.start, person.end) : undefined,
      });
    }
  }
  return out;
}

/**
 * A headline whose subject is unnamed ("OpenAI's 'AGI Readiness' chief quits", "Meta hires three
 * OpenAI researchers") names the person in the summary: the move goes to the first OpenAI person
 * there when the summary itself did not bind anyone to a move of that type.
 */
function bindHeadline(context: Context, sentences: Sentence[], found: Mention[], triggersOf: TriggersOf): Mention[] {
  const title = sentences[0]!;
  const extra: Mention[] = [];
  for (const trigger of context.unboundTitleTriggers) {
    const hiredByOpenAi = (trigger.rule.hire || trigger.rule.side === 'after') && context.titleHirer.kind === 'openai';
    if (hiredByOpenAi) {
      // "OpenAI hires former xAI finance chief" over "Mike Liberatore will oversee ...": the person the
      // summary gives an OpenAI role is the hire, unless the text already says they work there.
      for (const f of found) {
        if (f.type === 'role_change' && f.confidence >= 0.5 && !f.person.roster && context.affiliationOf(f.person.name) !== 'openai') extra.push({ ...f, type: 'arrival', circumstance: 'hired' });
      }
    }
    if (found.some((f) => f.confidence >= 0.5 && (f.type === trigger.rule.type || trigger.rule.hire || (hiredByOpenAi && f.type === 'arrival')))) continue;
    const around = title.text.slice(Math.max(0, trigger.start - 60), Math.min(title.text.length, trigger.end + 60));
    if (!mentionsOpenAi(around) || !jobWord.test(around)) continue;
    // "OpenAI researcher quits" over "Steven Adler ... left the company in mid-November": the summary's
    // dated move is the headline's news, not background. Only a sentence's subject (its first person),
    // so bosses, successors, speakers and cited earlier exits named later stay out.
    // A move the sentence gives as the cause of another ("employees are leaving after the dismissal of X") is no such news.
    const dated = found.find((f) => !f.sentence.title && f.type === trigger.rule.type && f.confidence < 0.5 && f.confidence >= 0.15 && f.sentence.persons[0] === f.person && sentences.indexOf(f.sentence) <= 2 && !causeOfAnotherMove(f.sentence.text, f.person.start));
    if (dated) {
      extra.push({ ...dated, confidence: Math.max(dated.confidence, 0.7) });
      continue;
    }
    for (const sentence of sentences.slice(1, 3)) {
      // The summary sentence must itself speak of such a move, about someone who is not just quoted.
      // A company's appointing someone ("Microsoft has appointed Sam Altman") is the headline's hire told again.
      const sameKindTrigger = triggersOf(sentence).find((t) => t.rule.type === trigger.rule.type || (trigger.rule.hire && (t.rule.type === 'arrival' || (t.rule.side === 'after' && t.rule.type === 'role_change'))));
      const sameKind = sameKindTrigger !== undefined;
      // "A former OpenAI researcher has resigned ..., warning that CEO Sam Altman ...": a verb whose mover
      // stands before it is not about anyone named only after it.
      const before = sameKindTrigger?.rule.side === 'before' ? sameKindTrigger.start : Infinity;
      // Someone another summary sentence only cites ("after Altman's recent departure", below the threshold) may still be the headline's described mover.
      const candidates = sentence.persons.filter((p) => p.end <= before && !found.some((f) => f.person.name === p.name && (f.confidence >= 0.5 || f.sentence === sentence || f.sentence.title)) && !speaker.test(sentence.text.slice(p.end, p.end + 30)) && !attribution.test(sentence.text.slice(Math.max(0, p.start - 40), p.start)) && !otherRole.test(sentence.text.slice(p.end, p.end + 30)) && !closesAside(sentence.text, p));
      // Either the sentence speaks of such a move, or it names an OpenAI person outright ("Rosie Campbell, a policy researcher at OpenAI, said ...").
      const person = (sameKind ? candidates[0] : candidates.find((p) => describedAtOpenAi(sentence.text, p, trigger, hiredByOpenAi))) ?? speakingMover(title.text, trigger, sentence) ?? candidates.find((p) => describedAsInHeadline(sentence.text, p, around));

      if (!person) continue;
      const meaning = interpret(trigger, person, { ...sentence, text: sentence.text }, context, false, title);
      if (!meaning) break;
      extra.push({ person, type: meaning.type, circumstance: meaning.circumstance, destination: meaning.destination, confidence: Math.min(0.8, meaning.weight), sentence: title, role: roleNear(sentence.text, person.start, person.end) });
      break;
    }
  }
  return extra;
}

/**
 * "Welcomes Former Top US Cyberwarrior Paul Nakasone": after "Former ..." a Title Case run of three
 * or more words ends in a name, the words before it being the description ("Paul Nakasone"). A
 * two-word run there is as likely a description ("Former NSA Mass Surveillance Chief").
 */
const formerBefore = /\b(?:Former|Ex-|Retired)\s+(?:[A-Z][\w.-]*\s+){0,3}$/;
const cutAfterFormer = new WeakSet<PersonMention>();
function afterFormer(p: PersonMention, title: string, summary: string): PersonMention {
  const words = p.name.split(' ');
  // A summary naming the surname otherwise ("Aaron Chatterji" under "Ronnie Chatterji") has the name's right form.
  if (words.length < 3 || !formerBefore.test(title.slice(0, p.start)) || summary.includes(words[words.length - 1]!)) return p;
  const name = words.slice(-2).join(' ');
  const cut: PersonMention = { ...p, name, start: p.end - name.length };
  cutAfterFormer.add(cut);
  return cut;
}
/** A Title Case headline's unknown name right after a job noun ("Taps Political Veteran Chris Lehane") is a name, not a capitalised phrase. */
const describedBefore = new RegExp(String.raw`\b(?:${staffNoun}s?|Creator)\s+$`, 'i');

const reshuffle = /\b(?:leadership (?:updates?|changes?|shake-?ups?|reshuffle)|(?:executive|exec|leadership|management) (?:team )?(?:reshuffle|shake-?up|overhaul)|reshuffles? (?:its|the) (?:exec|executive|leadership))\b/i;
const asRole = /^,?\s+as (?:its |the |OpenAI's )?(?:new )?(?:Chief|chief|Head|head|President|president|VP|Vice|vice|CEO|CTO|CFO|COO|CPO|CRO|CMO|General|general)\b/;

/**
 * "OpenAI announces leadership updates with Mark Chen as Chief Research Officer, Brad Lightcap as
 * Chief Operating Officer": a list of people and their new OpenAI titles, each a role change.
 */
function leadershipUpdate(sentences: Sentence[], found: Mention[]): Mention[] {
  const title = sentences[0]!;
  const extra: Mention[] = [];
  for (const sentence of sentences.slice(0, 3)) {
    if (!reshuffle.test(sentence.text) && !(sentence !== title && reshuffle.test(title.text))) continue;
    if (!mentionsOpenAi(sentence.text) && !mentionsOpenAi(title.text)) continue;
    for (const person of sentence.persons) {
      if (found.some((f) => f.person.name === person.name) || !asRole.test(sentence.text.slice(person.end, person.end + 40))) continue;
      extra.push({ person, type: 'role_change', circumstance: 'promoted', confidence: 0.7, sentence, role: roleNear(sentence.text, person.start, person.end) });
    }
  }
  return extra;
}

/** Staffing moves at OpenAI reported by `article`, one per person and event type, best first. */
export function detectStaffingEvents(article: ArticleText, options: DetectOptions = {}): StaffingCandidate[] {
  const index = options.rosterIndex ?? defaultIndex;
  const publishedAt = article.publishedAt ?? null;
  const title = normalizeText(article.title.replace(/<[^>]+>/g, ' '));
  const summary = normalizeText(article.summary.replace(/<[^>]+>/g, ' '));
  const titleAboutOpenAi = mentionsOpenAi(title);
  const articleAboutOpenAi = titleAboutOpenAi || mentionsOpenAi(summary);
  const memory: NameMemory = new Map();
  const summarySentences = splitSentences(summary).slice(0, options.maxSentences ?? 40);
  // Cheap exit: most articles name neither OpenAI nor anyone on the roster.
  if (!articleAboutOpenAi && !findPersons(`${title} ${summary}`, index, new Map()).some((p) => p.roster)) return [];

  const titleTriggers = findTriggers(title);
  const titleCase = isTitleCase(title, titleTriggers);
  let titlePersons = findPersons(title, index, new Map());
  // In a Title Case headline, an unknown "name" must also appear in the summary, perhaps without the
  // capitalised verb after it ("Cuts Sabbatical Short" does not).
  if (titleCase) titlePersons = titlePersons.map((p) => (p.roster ? p : namedInSummary(p, summary))).map((p) => (p.roster || summary.includes(p.name) ? p : afterFormer(p, title, summary))).filter((p) => p.roster || summary.includes(p.name) || describedBefore.test(title.slice(0, p.start)) || cutAfterFormer.has(p));
  // The headline's full names come first, so a bare "Roe" in the summary is the headline's "Jane Roe".
  for (const p of titlePersons) {
    const parts = p.name.split(' ');
    if (parts.length > 1) memory.set(nameKey(parts[parts.length - 1]!), p.name);
  }
  const body = summarySentences.map((text) => ({ text, title: false, titleCase: false, persons: findPersons(text, index, memory) }));
  const sentences: Sentence[] = [{ text: title, title: true, titleCase, persons: titlePersons }, ...body];

  const affiliationCache = new Map<string, Affiliation>();
  let recentCache: boolean | undefined;
  const context: Context = {
    publishedAt,
    titleAboutOpenAi,
    articleAboutOpenAi,
    titleHirer: hirerOfTitle(title),
    titleHasTrigger: titleTriggers.length > 0,
    titleReportsMove: titleTriggers.some((t) => isLiveTrigger(t, title) && !citedAfter(title, t.start)),
    titleNames: new Set(titlePersons.map((p) => p.name)),
    unboundTitleTriggers: [],
    leftLongAgo: new Set(),
    // Computed per person on first use: most articles bind no trigger and never need it.
    affiliationOf(name: string) {
      let a = affiliationCache.get(name);
      if (a === undefined) affiliationCache.set(name, (a = articleAffiliation(sentences, name)));
      return a;
    },
    titleDeparture: titleTriggers.some((t) => t.rule.type === 'departure'),
    get recentExit() {
      // Read only after the sentence loop has started, when triggersOf (below) exists.
      return (recentCache ??= recentExitIn(sentences, triggersOf));
    },
  };
  // Each sentence's triggers, found once: the unnamed-mover reading and headline binding reread them.
  const triggerCache = new Map<Sentence, TriggerMatch[]>([[sentences[0]!, titleTriggers]]);
  const triggersOf: TriggersOf = (sentence) => {
    let triggers = triggerCache.get(sentence);
    if (!triggers) triggerCache.set(sentence, (triggers = findTriggers(sentence.text)));
    return triggers;
  };
  const found: Mention[] = [];
  let previous: PersonMention | undefined;
  for (const sentence of sentences) {
    // Nobody named and no pronoun: nothing can be bound (the headline is read regardless).
    if (sentence.title || sentence.persons.length > 0 || pronounOrQuote.test(sentence.text)) {
      found.push(...mentionsIn(sentence, previous, context, triggersOf(sentence)));
    }
    previous = sentence.persons[0] ?? previous;
  }
  found.push(...bindHeadline(context, sentences, found, triggersOf));
  found.push(...leadershipUpdate(sentences, found));
  found.push(...listedMovers(sentences, context, triggersOf, found), ...pluralSubjectMovers(sentences, context, triggersOf, found));
  // "Karpathy, who left OpenAI in 2024, joins Anthropic": the article itself says the exit is old,
  // so joining another company now is not an OpenAI move.
  // "Sam Altman is back at OpenAI with a guest badge": the summary's "is back at OpenAI" is that visit told again.
  const titleVisit = titleTriggers.some((t) => isVisit(t, title));
  const current = found
    .filter((m) => !(m.type === 'departure' && m.destination && context.leftLongAgo.has(m.person.name) && m.confidence >= 0.5))
    .filter((m) => !(titleVisit && m.type === 'return'))
    // "hired by Meta weeks ago, they left to rejoin OpenAI", "joined OpenAI again": joining OpenAI told as going back is a return.
    .map((m) => (m.type === 'arrival' && backToOpenAi.test(m.sentence.text) ? { ...m, type: 'return' as const, circumstance: 'returned' as const } : m))
    // "CMO steps back for cancer treatment": a leave, like a sabbatical, is a departure, though not for good.
    .map((m) => (m.type === 'departure' && !m.destination && medicalLeave.test(m.sentence.text) ? { ...m, circumstance: 'sabbatical' as const } : m));
  const tenured = applyKnownTenure(current, publishedAt, sentences.map((s) => s.text));
  const named = mergeMentions(tenured, publishedAt);
  // A move whose mover goes unnamed is reported only when nobody named moves (a named report of the
  // same move says more, and most articles name their movers) and only at OpenAI. Nor when the roster
  // showed a named move of that type to be history ("Anthropic Poaches OpenAI Co-Founder" over
  // Karpathy, who left long before): the description is that person.
  if (!articleAboutOpenAi || named.some((c) => c.confidence >= detectionThreshold)) return named;
  const settled = new Set(current.filter((m) => m.person.roster && m.confidence >= detectionThreshold && !tenured.some((t) => t.person === m.person)).map((m) => m.type));
  const unnamed = unnamedMoves(sentences, context, triggersOf).filter((m) => !(m.unnamed && settled.has(m.type)));
  return [...named, ...mergeMentions(unnamed, publishedAt)];
}

const backToOpenAi = /\b(?:rejoin(?:s|ed|ing)?|return(?:s|ed|ing)? to|back to|boomerang(?:s|ed|ing)? (?:back )?to) OpenAI\b|\bjoin(?:s|ed|ing)? OpenAI (?:once )?again\b|\bagain join(?:s|ed|ing)? OpenAI\b/i;

const medicalLeave = /\b(?:for|to (?:focus on|undergo|receive|seek)|during) (?:(?:his|her|their) )?(?:cancer|medical|health|recovery|treatment|illness)\b(?:[\w ]{0,20}\b(?:treatment|recovery|reasons|issues?))?/i;

const recency = /\b(?:(?:days|weeks|hours|a day|a week|a month|months?) (?:after|since|ago|earlier)|(?:earlier|late) this (?:week|month)|this (?:week|month)|last (?:week|month|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:on|since) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:just|recently) (?:left|quit|resigned|departed|exited|been (?:fired|ousted)))\b/i;

/** Some sentence both reports an exit and dates it to the last days or weeks. */
function recentExitIn(sentences: readonly Sentence[], triggersOf: TriggersOf): boolean {
  return sentences.some((s) => recency.test(s.text) && triggersOf(s).some((t) => t.rule.type === 'departure'));
}

function hirerOfTitle(title: string): Target {
  const m = /\b(?:hir(?:es|ed|ing)|poach(?:es|ed)|recruit(?:s|ed)|lure(?:s|d)|appoint(?:s|ed)?|names|taps)\b/i.exec(title);
  return m ? hirerBefore(title, m.index) : { kind: 'none' };
}
