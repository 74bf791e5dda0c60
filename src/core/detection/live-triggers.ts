// Which move words in a sentence report a move that happened, before anyone is bound to them: not
// negated ("not leaving"), wanted or threatened ("threaten to quit unless", "wants him to join"),
// petitioned ("asked the board to resign over Altman's firing"),
// an adjective ("departing employees"), a participle describing someone ("Ousted CEO Sam Altman"),
// someone's part in another's move ("after he helped fire Altman"), covering for a leaver, or a move
// noun naming a threat or rumour ("Mass Resignation Threat"), or a visit ("back at OpenAI with a guest badge").
// Shared by the named and the unnamed-mover readings so both drop the same non-moves.
import { clauseStart } from './clause.js';
import type { TriggerMatch } from './lexicon.js';

/**
 * Words right before a trigger that cancel it: "not leaving", "no plans to leave", "tried to oust",
 * "who planned to join" (a plan told in the past tense was not carried out);
 * "helped (to) oust" is the helper's part in a move told as background, neither their move nor news.
 */
const cancelled = /\b(?:not|never|no plans to|n't|denie[sd]|den(?:y|ying)|rule[sd]? out|won't|refus(?:es|ed) to|declined to|threaten(?:s|ed|ing)? to|would|could|might|may|attempt(?:s|ed)? to|tried to|try(?:ing)? to|planned to|intended to|effort to|bid to|plot to|push to|vote(?:d)? to|moves? to|help(?:s|ed|ing)?(?: to)?)\s+(?:\w+\s+){0,2}$/i;

const reportedFuture = /\b(?:announce(?:d|s|ment)|confirm(?:ed|s|ation)|revealed|disclosed|news)\s+that\s+[^,;.]{1,60}?\bwould\s+(?:also\s+|soon\s+)?(?:be\s+)?$/i;

const hypothetical = /\b(?:if|unless|demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|want(?:s|ed)?|threat(?:en|ens|ened|ening)?|would|could|should|might)\b/i;

const continued = /^(?:along with|as well as|and|plus)\b/i;

/** Calling on a board to go ("called on the company's board of directors to resign"). */
const petition = /\b(?:ask(?:s|ed|ing)?|call(?:s|ed|ing)? on|urg(?:es|ed|ing)|press(?:es|ed|ing)?|demand(?:s|ed|ing)?)\s+(?:[\w'-]+\s+){0,5}?(?:board(?: of directors)?|directors|trustees)\s+to\s+(?:resign|step down|quit|leave|go)\b/i;

const describedRole = /^\s+(?:[\w-]+\s+){0,2}?(?:CEO|CTO|CFO|COO|chief|president|founder|co-?founder|researcher|scientist|executive|exec|head|leader|boss|chair(?:man|woman)?|director|engineer)\b/i;

const coverFor = /^\s+(?:the (?:search|hunt) for\b|(?:his|her|their) (?:role|duties|responsibilities|function|team|work)\b|[^.;]{0,40}\b(?:in the interim|on an interim basis)\b)/;

const threatNoun = /^\s+(?:threats?|ultimatums?|rumou?rs?|fears?|speculation|talks|demands?|warnings?|risks?|scares?)\b/i;

const visit = /^[^,;.]{0,30}?\b(?:with an? (?:guest|visitor)(?:'s|’s)? (?:badge|pass)|as an? (?:guest|visitor)|for (?:a visit|talks|negotiations|a meeting)|to (?:visit|negotiate|hold talks))\b/i;

const joinedOthersTo = /\bjoin(?:s|ed|ing)?\s+(?:[\w'-]+\s+){1,5}to\s+$/i;

/** "... and Altman (Rejoins)": a new subject after "and" opens a clause of its own. */
const andNewSubject = /\band\s+(?:[A-Z][\w'’-]+\s+){1,3}$/;

/**
 * The part of a clause a threat or wish before the verb still governs: "Top Lawyers Threaten Exit
 * ... and Altman Rejoins the Company" reports the rejoining, while a condition ("unless the board
 * resigns and Altman returns") reaches past the "and".
 */
function ownSubjectClause(lead: string): string {
  const and = andNewSubject.exec(lead);
  return and && !/\b(?:if|unless)\b/i.test(lead.slice(0, and.index)) ? lead.slice(and.index) : lead;
}

/** A return trigger told as a visit ("is back at OpenAI with a guest badge"); a headline's visit makes the article's returns that visit. */
export function isVisit(trigger: TriggerMatch, text: string): boolean {
  return trigger.rule.type === 'return' && visit.test(text.slice(trigger.end, trigger.end + 60));
}

/** True when `trigger` in `text` may report a move (see the module comment). */
export function isLiveTrigger(trigger: TriggerMatch, text: string): boolean {
  // "the announcement that CTO Jane Roe would also be leaving": a future told in reported speech is the news, not a hypothesis.
  const reported = reportedFuture.test(text.slice(Math.max(0, trigger.start - 120), trigger.start));
  if (!reported && cancelled.test(text.slice(Math.max(0, trigger.start - 40), trigger.start))) return false;
  // "threaten to quit unless the board brings back Altman", "demand Sam Altman's return": wanted, not done.
  const start = clauseStart(text, trigger.start);
  if (!reported && hypothetical.test(ownSubjectClause(text.slice(start, trigger.start)))) return false;
  // "wanted the reinstatement of Altman, along with the return of Brockman": a clause that only adds
  // to the one before is wanted when that one is.
  if (continued.test(text.slice(start, trigger.start)) && hypothetical.test(text.slice(clauseStart(text, Math.max(0, start - 3)), start))) return false;
  // "staff asked the board to resign over Altman's firing": a petition and its grievance, no move of anyone named.
  if (petition.test(text.slice(0, trigger.start))) return false;
  // "joined three other board members to force out Sam Altman": the joiner's part in another's move, like "helped oust".
  if (trigger.rule.side === 'after' && trigger.rule.type === 'departure' && joinedOthersTo.test(text.slice(Math.max(0, trigger.start - 60), trigger.start))) return false;
  // "Mass Resignation Threat", "exit talks", "departure rumours": a move noun modifying another names a move threatened or talked of.
  if (threatNoun.test(text.slice(trigger.end))) return false;
  // "is back at OpenAI with a guest badge", "back at OpenAI for talks": a visit, not a return to work.
  if (isVisit(trigger, text)) return false;
  // "departing employees", "leaving staff": an adjective, not a move.
  if (/ing$/i.test(trigger.text) && /^\s+(?:employees|staff|staffers|workers|members|researchers|executives|execs|board members)\b/.test(text.slice(trigger.end))) return false;
  // "Ousted CEO Sam Altman returns", "the fired researcher Jane Roe": a participle describing the person, not a move.
  if (trigger.rule.side === 'after' && /ed$/i.test(trigger.text) && /(?:^|\b(?:the|a|an|former|recently|newly|its|his|her|their)\s+|'s\s+)$/i.test(text.slice(0, trigger.start)) && describedRole.test(text.slice(trigger.end, trigger.end + 40))) return false;
  // "Kwon will lead her role in the interim", "Simo will lead the search for her successor": covering
  // for someone who leaves is the leaver's news, not a move of the one who covers.
  if (trigger.rule.type === 'role_change' && coverFor.test(text.slice(trigger.end, trigger.end + 60))) return false;
  return true;
}
