// Confidence for one bound mention: the trigger's own weight, raised by OpenAI being named in the
// sentence, a headline, a roster person; lowered by hedges, pronouns, relative clauses ("who left in
// 2018"), old news, questions, nouns in background phrases ("after Murati's exit") and exits named
// with their undoing ("firing and rehiring").
import type { Binding } from './binding.js';
import type { Context } from './interpret.js';
import type { Sentence } from './clause.js';
import { findTriggers, type TriggerMatch } from './lexicon.js';
import { mentionsOpenAi } from './organisations.js';
import type { PersonMention } from './person-mentions.js';


const hedged = /\b(?:reportedly|rumou?r|in talks|considering|is said to|plans? to|planning to|expected to|set to|could|may)\b/i;
const afterNoun = /\b(?:follow(?:s|ing)?|after|amid|since|comes? after|citing|in the wake of)\s+(?:[\w'-]+\s+){0,5}$/i;
const backdrop = /\b(?:(?:hours|days|weeks|shortly|soon|just|right)\s+after|following|in the wake of)\s+(?:[\w'-]+\s+){0,3}$/i;
/** The connective opening a cause clause: "employees are leaving after the dismissal of X". */
const causeClause = /\b(?:after|following|since|amid|in the wake of)\s+(?:[\w'-]+\s+){0,7}$/i;

/**
 * "Several employees are leaving after the dismissal of X", "a wave of departures since X's removal":
 * a move cited as the cause of another move the same sentence reports first is that move's backdrop.
 */
export function causeOfAnotherMove(text: string, from: number): boolean {
  const cause = causeClause.exec(text.slice(0, from));
  return cause !== null && findTriggers(text.slice(0, cause.index)).length > 0;
}
/** A move in an "after" clause closing a main clause: "Weil told BI the company has a great bench after CTO Mira Murati abruptly quit". */
const afterMainClause = /\S+\s+\S+.*?\b(?:after|following|in the wake of)\s+(?:[\w'’-]+\s+){0,8}$/i;

/** True when the text before `at` ends in such a clause's opening: the move there is cited, not reported. */
export function citedAfter(text: string, at: number): boolean {
  return afterMainClause.test(text.slice(Math.max(0, at - 200), at));
}
/** A "since" clause opening on its subject: "since Sam Altman (resumed ...)", "ever since the CEO (left)". */
const sinceClause = /\bsince\s+(?:[\w'’.-]+\s+){0,4}$/i;
/** "Sam Altman's brief ousting", "since Altman was briefly forced out": a move already undone, told as background. */
const undone = /\bbrief(?:ly)?\s+(?:[\w'-]+\s+){0,1}$/i;
/** "Altman's firing and rehiring", "the sudden departure and subsequent return of X", "fired and then reinstated": an exit and its undoing named as one past episode. */
const episodeWords = String.raw`(?:(?:then|his|her|their|the|subsequent|later|eventual|swift|quick|rapid|dramatic|sudden|brief)\s+){0,2}`;
const undoneAfterExit = new RegExp(String.raw`^\s+and\s+${episodeWords}(?:return|rehiring|reinstatement|comeback|rehired|reinstated|returned)\b`, 'i');
const exitBeforeReturn = new RegExp(String.raw`\b(?:departure|exit|ouster|ousting|firing|removal|dismissal|sacking|fired|ousted|removed|sacked)\s+and\s+${episodeWords}$`, 'i');
// Only determiners and modifiers may stand between the preposition and the noun: "about Murati's sudden exit",
// not "for several weeks and involves the return".
const insidePhrase = /\b(?:on|around|about|over|during|behind|into|of|from|for|detailing|explaining|why|latest in|string of|series of|wave of|list of|spate of)\s+(?:(?!(?:but|involves?|includes?|means?|marks?|is|was|are|were|has|have|had)\b)[\w'-]+\s+){0,4}$/i;


/** Words that make a relative clause the news itself: "who was just named", "who resigned earlier this week". */
const recent = /\b(?:just|newly|recently|this week|today|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;

export interface ScoreInput {
  weight: number;
  trigger: TriggerMatch;
  binding: Binding;
  person: PersonMention;
  sentence: Sentence;
  old: boolean;
  context: Context;
}

export function scoreMention({ weight, trigger, binding, person, sentence, old, context }: ScoreInput): number {
  let confidence = weight;
  if (mentionsOpenAi(sentence.text)) confidence += 0.07;
  if (sentence.title) confidence += 0.05;
  if (person.roster) confidence += 0.05;
  if (binding.viaPronoun) confidence -= 0.1;
  if (hedged.test(sentence.text)) confidence -= 0.05;
  // "X, who left OpenAI in 2018," is background; "X, who was just named VP," is the news itself.
  if (binding.relative && !recent.test(`${binding.gap} ${trigger.text} ${sentence.text.slice(trigger.end, trigger.end + 25)}`)) confidence -= 0.4;
  if (old) confidence -= 0.6;
  if (/\?\s*$/.test(sentence.text)) confidence -= 0.3;
  // "the board that fired Sam Altman": a move inside a relative clause describes, it does not report.
  if (trigger.rule.side === 'after' && /\b(?:that|who|which)\s+$/.test(sentence.text.slice(Math.max(0, trigger.start - 20), trigger.start))) confidence -= 0.4;
  if (trigger.rule.side === 'noun') {
    const head = sentence.text.slice(Math.max(0, trigger.start - 60), trigger.start);
    // "following the departure of co-founder Ilya Sutskever": the backdrop of the news; all the more so when
    // the headline reports a move of its own.
    if (afterNoun.test(head)) confidence -= context.titleHasTrigger ? 0.4 : 0.25;
    else if (insidePhrase.test(head.replace(/\b[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*'s\s+$/, ''))) confidence -= 0.4;
  }
  // "Shear confirmed his appointment days after the firm fired Sam Altman": a move the news follows is
  // its backdrop, unless the headline names that person too.
  if (trigger.rule.side !== 'noun' && !sentence.title && context.titleHasTrigger && !context.titleNames.has(person.name)) {
    const from = Math.min(person.start, trigger.start);
    if (backdrop.test(sentence.text.slice(Math.max(0, from - 50), from))) confidence -= 0.5;
  }
  // "OpenAI's CFO reassures investors" over "Friar emailed investors the day after three top execs left": under a
  // headline that reports no move (or only cites one), a move cited after the summary's news is that news's backdrop.
  // Dated to these days ("following the resignations of X and Y earlier this week"), it is news the article reports too.
  const movedAt = Math.min(person.start, trigger.start);
  if (!sentence.title && !context.titleReportsMove && !context.titleNames.has(person.name) && citedAfter(sentence.text, movedAt) && !recent.test(sentence.text.slice(movedAt, Math.max(person.end, trigger.end) + 40))) confidence -= 0.5;
  // "the first staffing changes since Sam Altman resumed his board seat": a move after "since" is the past the news is dated from.
  if (trigger.rule.side !== 'noun' && sinceClause.test(sentence.text.slice(Math.max(0, movedAt - 50), movedAt))) confidence -= 0.4;
  if (!sentence.title && causeOfAnotherMove(sentence.text, Math.min(person.start, trigger.start))) confidence -= 0.3;
  if (trigger.rule.type === 'departure' && undone.test(sentence.text.slice(Math.max(0, trigger.start - 30), trigger.start))) confidence -= 0.5;
  if (trigger.rule.type === 'departure' ? undoneAfterExit.test(sentence.text.slice(trigger.end, trigger.end + 50)) : trigger.rule.type === 'return' && exitBeforeReturn.test(sentence.text.slice(Math.max(0, trigger.start - 50), trigger.start))) confidence -= 0.5;
  // "it has explored the hardware market, hiring designer X and acquiring io": a hire told as one of a
  // company's deeds in a participle, under a headline reporting no move, is a recap of its strategy.
  if (trigger.rule.side === 'after' && !sentence.title && !context.titleReportsMove && /ing$/i.test(trigger.text) && /,\s+$/.test(sentence.text.slice(Math.max(0, trigger.start - 3), trigger.start))) confidence -= 0.2;
  // A story whose headline reports no move at all is usually analysis that recounts old moves.
  if (!sentence.title && !context.titleHasTrigger) confidence -= 0.12;
  return Math.max(0, Math.min(0.99, confidence));
}
