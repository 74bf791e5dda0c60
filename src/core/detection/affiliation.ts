// Where a person works, as the text around their name says it ("Meta's chief AI scientist Yann
// LeCun", "OpenAI CTO Mira Murati", "former OpenAI researcher", "X, who worked at OpenAI's Zurich
// office,"), and where a verb points ("leaves OpenAI", "joins Anthropic", "left for OpenAI").
import { findOrganisations, mentionsOpenAi as mentionsOpenAiText, openAiPattern } from './organisations.js';
import { findTriggers } from './lexicon.js';

export type Affiliation = 'openai' | 'former-openai' | 'other' | 'none';

export interface AffiliationClue {
  affiliation: Affiliation;
  /** The other organisation, when affiliation is "other". */
  organisation?: string;
}

// Up to five descriptive words between organisation and name: "Meta's chief AI scientist", "OpenAI VP of post-training".
const roleWords = String.raw`(?:(?!(?:announced|announces|said|says|that|it|has|have|had|is|are|was|were|will|and|to|with|for|by|on|in|after|as|names|named|hires|hired|fires|fired|adds|added|appoints|appointed|taps|tapped|poaches|poached|welcomes|welcomed|brings|brought)\b)(?:[a-z][a-z-]*|[A-Z]{2,5}|'[^']{1,30}')\s+){0,5}`;
const attributivePattern = new RegExp(`(?:^|[^\\w])((?:[Ff]ormer\\s+|[Ee]x-\\s*|[Ee]x\\s+))?([A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*){0,2})(?:'s|')?\\s+${roleWords}$`);
// After a possessive, a product or unit name may stand among the words: "OpenAI's Sora chief", "OpenAI's GPT-4o lead".
const possessiveRoleWords = String.raw`(?:(?!(?:announced|announces|said|says|that|it|has|have|had|is|are|was|were|will|and|to|with|for|by|on|in|after|as|names|named|hires|hired|fires|fired|adds|added|appoints|appointed|taps|tapped|poaches|poached|welcomes|welcomed|brings|brought)\b)(?:[a-z][a-z-]*|[A-Z][\w.-]*|'[^']{1,30}')\s+){1,5}`;
const possessivePattern = new RegExp(`(?:^|[^\\w])((?:[Ff]ormer\\s+|[Ee]x-\\s*|[Ee]x\\s+))?([A-Z][\\w.]*)'s\\s+${possessiveRoleWords}$`);
// "two OpenAI researchers, Jane Roe and Max Poe": a plural of staff before a comma describes the list after it
// (a plural only: "at OpenAI, Jane Roe said" names no job).
const appositivePlural = new RegExp(`(?:^|[^\\w])((?:[Ff]ormer\\s+|[Ee]x-\\s*|[Ee]x\\s+))?([A-Z][\\w.]*)(?:'s|’s)?\\s+(?:[a-z][a-z-]*\\s+|[A-Z]{2,5}\\s+){0,3}(?:researchers|engineers|executives|scientists|leaders|employees|staffers|founders|co-?founders),\\s*$`);
const readings = [attributivePattern, possessivePattern, appositivePlural];
// "the corporate" (sic, "left the corporate on Wednesday") is the corporation; "the corporate world" is not.
// "the San Francisco A.I. company": up to two such descriptive words.
const generic = /^(?:(?:the|its|his|her|their)\s+)?(?:(?:ai|a\.i\.|artificial intelligence|san francisco|chatgpt)\s+){0,2}(?:company|startup|start-up|firm|organi[sz]ation|corporation|corporate(?!\s+(?:world|ladder|life|sector|jobs?)\b)|lab|ai lab|chatgpt maker|board|post|role|position|job|team|company's board|nonprofit|research lab)\b/i;

// "... Sam Altman and Greg Brockman", "Altman, Brockman": a later list member shares the first one's description.
const listTail = /([A-Z][\p{L}'.-]+(?:\s+[A-Z][\p{L}'.-]+){0,3})(?:\s*,\s*|,?\s+and\s+|\s*&\s*)$/u;

/** Capitalised words before a person, from after the last verb taking that person as object. */
function wordsAfterVerb(words: string): string {
  if (!words.includes(' ')) return words;
  const verbs = findTriggers(words).filter((t) => t.rule.side === 'after');
  return verbs.length === 0 ? words : words.slice(verbs[verbs.length - 1]!.end).trim();
}

/** Affiliation stated just before the person (possessive or attributive) or in an appositive after. */
export function affiliationOf(sentence: string, start: number, end: number, depth = 0): AffiliationClue {
  const head = sentence.slice(Math.max(0, start - 70), start);
  // Cheap check first: most heads do not end in a list separator.
  const member = depth < 4 && /(?:,|\band|&)\s*$/.test(head) ? listTail.exec(head) : null;
  if (member && findOrganisations(member[1]!).length === 0) {
    const previousStart = start - head.length + member.index;
    const shared = affiliationOf(sentence, previousStart, previousStart + member[1]!.length, depth + 1);
    if (shared.affiliation !== 'none') return shared;
  }
  const former = /\b(?:former|ex-|ex\s|one-time|onetime|erstwhile)/i;
  // "former OpenAI CTO Mira Murati", "OpenAI's chief scientist Ilya Sutskever", "Meta's former hardware lead".
  // The possessive reading is tried when the plain one finds no organisation ("OpenAI's Sora chief": "Sora" is none).
  for (const pattern of readings) {
    const attributive = pattern.exec(head);
    // "Microsoft Hires Sam Altman" in Title Case: a verb taking the person as object is no description;
    // only the words after it describe ("Meta Poaches OpenAI Researcher": OpenAI's).
    const describing = attributive ? wordsAfterVerb(attributive[2]!) : '';
    const orgs = attributive && describing ? findOrganisations(describing) : [];
    if (attributive && orgs.length > 0) {
      const isFormer = !!attributive[1] || former.test(head.slice(Math.max(0, head.length - 30)));
      if (orgs[0]!.openai) return { affiliation: isFormer ? 'former-openai' : 'openai' };
      return { affiliation: 'other', organisation: orgs[0]!.name };
    }
  }
  // Appositive after the name: ", OpenAI's chief technology officer," / ", a former OpenAI researcher," / ", who led Apple's team,".
  const tail = /^\s*,([^,;]{1,120})/.exec(sentence.slice(end, end + 130));
  // ", Luke Metz and Sam Schoenholz" continues a list; it says nothing about the first person.
  // A clause with its own verb (", and Sam Schoenholz are rejoining ... at Thinking Machines") is no appositive.
  if (tail && !/^\s*(?:and\s+|&\s+)?[A-Z][\p{Ll}'-]+\s+[A-Z]/u.test(tail[1]!) && !/^\s*(?:and|or)\b|^(?!\s*(?:who|which)\b)[^]*\b(?:is|are|was|were|will)\s/.test(tail[1]!)) {
    const text = tail[1]!;
    const orgs = findOrganisations(text);
    if (orgs.length > 0) {
      if (orgs[0]!.openai) return { affiliation: former.test(text) || /\b(?:who (?:left|quit|resigned|departed)|previously|formerly|once|used to|had (?:a )?stints?)\b/.test(text) ? 'former-openai' : 'openai' };
      if (!/\b(?:rival|competitor)\b/i.test(text)) return { affiliation: 'other', organisation: orgs[0]!.name };
    }
  }
  // "Lucas Beyer, Alexander Kolesnikov and Xiaohua Zhai, who were all working at the ChatGPT-owner's Zurich office".
  const from = /^[^.;]{0,80}?\b(?:from|at|of)\s+(?:the\s+)?(OpenAI|ChatGPT[- ](?:maker|owner)|[A-Z][\w.]+)(?:'s)?\b/.exec(sentence.slice(end, end + 100));
  if (from && /^(?:,|\s+(?:from|at|of)\b)/.test(sentence.slice(end, end + 8)) && openAiPattern.test(from[1]!)) return { affiliation: 'openai' };
  return { affiliation: 'none' };
}

export type Target = { kind: 'openai' } | { kind: 'other'; organisation: string } | { kind: 'generic' } | { kind: 'none' } | { kind: 'foreign' };

// An unknown capitalised target is an employer only when it looks like one ("Periodic Labs", "joined
// Acme as CTO"); otherwise it is a place, a person or an event ("heads to Washington", "joins Trump").
const orgSuffix = /\b(?:Inc|Labs?|AI|Corp|Corporation|Technologies|Capital|Ventures|Partners|Systems|Robotics|Research|Intelligence|Studios?|Co|Group|Holdings|Networks|Software|Computing|Machines|Dynamics|Bio|Therapeutics)\.?$/;
const employerTail = /^[^,;.]{0,40}?\b(?:as (?:its |the |a |an )?(?:new |first |founding |chief |head |CEO|CTO|CFO|COO|CPO|VP|vice|president|director|lead|researcher|scientist|engineer|member of technical staff)|startup|company|lab\b)/i;

/**
 * Where the verb points: the organisation right after it ("leaves OpenAI", "joined Anthropic"),
 * a generic company noun ("left the company"), nothing (end of clause, "to pursue"), or something
 * that is not an employer at all ("leave the EU", "left users confused").
 */
export function targetAfter(sentence: string, triggerEnd: number, titleCase = false): Target {
  const rest = sentence.slice(triggerEnd).replace(/^\s+/, '');
  // "return to her former employer and xAI rival OpenAI": the former employer, named or not.
  const formerEmployer = /^(?:his|her|their)\s+(?:former|old|previous|first)\s+(?:employer|company|workplace)\b([^,;.]{0,40})/i.exec(rest.replace(/^to\s+/i, ''));
  if (formerEmployer) {
    // "xAI rival OpenAI" names OpenAI; the rival is only its description.
    const named = findOrganisations(formerEmployer[1]!.replace(/\S+\s+(?:rival|competitor)\s+/gi, ' '))[0];
    return !named ? { kind: 'generic' } : named.openai ? { kind: 'openai' } : { kind: 'other', organisation: named.name };
  }
  // "leaves to launch a startup", "returns as CEO": no employer named, nothing odd either.
  if (/^(?:to|as)\s+(?!join\b|(?:the\s+)?[A-Z])/i.test(rest) || /^to\s+[a-z]/.test(rest)) return { kind: 'none' };
  // "joined as OpenAI's business finance officer": the role names the employer.
  if (/^as\s+(?:the\s+)?(?:OpenAI's|OpenAI’s|ChatGPT maker's)\s/i.test(rest)) return { kind: 'openai' };
  // "returns to helm Safe Superintelligence", "to lead Acme Labs": the organisation led is the target.
  const stripped = rest.replace(/^(?:(?:from|at|with|to join|to|for|the ChatGPT-maker|rival|its rival|AI rival|artificial intelligence rival|AI startup|AI company|startup|(?<=to\s+)(?:helm|lead|run|steer|head))\s+)+/i, '');
  if (/^ChatGPT\b/.test(stripped)) return { kind: 'openai' };
  const orgs = findOrganisations(stripped.slice(0, 60));
  if (orgs.length > 0 && orgs[0]!.start <= 2) {
    // "joins Microsoft's Satya Nadella on stage": the organisation only says whose person.
    if (!orgs[0]!.openai && /^'s\s+(?:[a-z]+\s+)*[A-Z][a-z]+\s+[A-Z]/.test(stripped.slice(orgs[0]!.end))) return { kind: 'foreign' };
    return orgs[0]!.openai ? { kind: 'openai' } : { kind: 'other', organisation: orgs[0]!.name };
  }
  // "leaves his AI startup": their own company, not OpenAI.
  if (/^(?:his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:startup|start-up|company|firm|venture)\b/i.test(stripped)) return { kind: 'other', organisation: 'own company' };
  if (generic.test(stripped)) return { kind: 'generic' };
  if (/^(?:$|[,.;:!?)"'—-]|(?:to|in|on|after|amid|as|over|this|last|earlier|later|at the end|(?:the )?end of|effective|and|but|because|due|following|with immediate|for (?:good|now|personal|health|family|a new|new|his|her|another|other)|since|following|just|weeks|days|months|less|more|yesterday|today|tomorrow|next|late|early|citing|saying|said|over|abruptly|amidst|while|within|the same day|shortly|hours?|a day|a week|a month|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)/i.test(stripped)) {
    return { kind: 'none' };
  }
  if (/^[A-Z]/.test(stripped)) {
    // An organisation the list does not know ("joined Periodic Labs"); in a Title Case headline a
    // capital proves nothing ("Returns to Steer OpenAI").
    const name = /^([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})/.exec(stripped)![1]!;
    if (mentionsOpenAiText(name)) return { kind: 'openai' };
    if (titleCase) return { kind: 'none' };
    if (!orgSuffix.test(name) && !employerTail.test(stripped.slice(name.length))) return { kind: 'foreign' };
    return { kind: 'other', organisation: name };
  }
  return { kind: 'foreign' };
}

/** The hiring organisation before a hire verb ("Meta hires", "OpenAI has hired", "Microsoft on Tuesday hired", "Meta successfully hired"). */
export function hirerBefore(sentence: string, triggerStart: number): Target {
  // "Microsoft, which has invested $13 billion in OpenAI, has hired", "Alphabet, criticised for trailing
  // OpenAI's ChatGPT, is bringing back": an aside is not the hirer.
  const before = sentence.slice(0, triggerStart).replace(/,[^,;]{1,100},/g, ' ');
  const head = before.slice(Math.max(0, before.length - 60));
  const orgs = findOrganisations(head);
  const last = orgs[orgs.length - 1];
  if (!last) return { kind: 'none' };
  const between = head.slice(last.end);
  if (!/^(?:'s|')?\s*(?:(?:CEO|chief|boss|founder|co-founder|has|have|had|is|was|also|now|just|reportedly|[a-z]+ly|on \w+|this week|said|says|announced|announces|confirmed|that|it|in a blog post|[A-Z][\w.-]+)\s+)*$/.test(between)) return { kind: 'none' };
  return last.openai ? { kind: 'openai' } : { kind: 'other', organisation: last.name };
}
