// Who in the summary is the mover a headline only describes ("OpenAI researcher quits", "OpenAI hires
// former Twitter India head"): someone the summary calls OpenAI's, someone described with the
// headline's own job noun and employer, or the person opening the summary with the headline mover's
// own speech. Used by the detector's headline binding once the summary bound nobody to the move.
import { affiliationOf } from './affiliation.js';
import type { Sentence } from './clause.js';
import type { TriggerMatch } from './lexicon.js';
import { findOrganisations } from './organisations.js';
import type { PersonMention } from './person-mentions.js';
import { staffNoun } from './unnamed-movers.js';

/**
 * A summary person described as OpenAI's ("Rosie Campbell, a policy researcher at OpenAI, said ..."),
 * as once OpenAI's when the headline reports an exit ("once a key engineer behind OpenAI's Codex"),
 * or as its new hire when OpenAI hires ("Jane Roe, the company's new head of policy, will ...").
 */
export function describedAtOpenAi(text: string, p: PersonMention, trigger: TriggerMatch, hiredByOpenAi: boolean): boolean {
  const after = text.slice(p.end, p.end + 80);
  if (hiredByOpenAi && /^,\s+(?:the company's|its|OpenAI's) new\b/.test(after)) return true;
  const affiliation = affiliationOf(text, p.start, p.end).affiliation;
  const ours = affiliation === 'openai' || (affiliation === 'former-openai' && trigger.rule.type === 'departure');
  return ours && /\b(?:at|of) OpenAI\b|OpenAI's/.test(after);
}

/**
 * "OpenAI researcher quits over ads, warns of risk" over "Jane Roe says advertising ...": when the
 * headline's mover also speaks, the person opening the summary with the same speech is that mover.
 */
export function speakingMover(title: string, trigger: TriggerMatch, sentence: Sentence): PersonMention | undefined {
  const opener = sentence.persons[0];
  if (!opener || opener.start > 0 || !headlineSpeech.test(title.slice(trigger.end))) return undefined;
  return /^\s+(?:says|said|warns|warned|writes|wrote|argues|argued|explains|explained)\b/.test(sentence.text.slice(opener.end)) ? opener : undefined;
}
/** The headline's mover speaking after the move: "quits over ads, warns of ...", "resigns, says ...". */
const headlineSpeech = /^[^.;:]{0,60}?,\s+(?:and\s+)?(?:says|warns|slams|blasts|cites|calls|argues|explains)\b/i;

/** Job titles the press writes both ways. */
const titleSpelled: Record<string, string> = { ceo: 'chief executive', cto: 'chief technology', cfo: 'chief financial', coo: 'chief operating', cpo: 'chief product', cro: 'chief revenue' };

/**
 * "hires former Twitter India head" over "Rishi Jaitly, the former head of Twitter India, ...", "OpenAI
 * CEO returns" over "the chief executive Sam Altman": a summary person described with the headline
 * mover's job noun and its other employer (if it names one), or known by the roster to hold that job, is that mover.
 */
export function describedAsInHeadline(text: string, p: PersonMention, headline: string): boolean {
  const job = jobWord.exec(headline)?.[0].toLowerCase().replace(/s$/, '');
  if (!job) return false;
  const appositive = /^\s*,\s*([^,;]{1,80})/.exec(text.slice(p.end))?.[1] ?? '';
  // The press calls a known person by any title they hold: "OpenAI co-founder" over "chief scientist Ilya Sutskever".
  const description = `${text.slice(Math.max(0, p.start - 40), p.start)} ${appositive} ${p.roster?.role ?? ''}`.toLowerCase();
  if (!new RegExp(String.raw`\b(?:${job}|${titleSpelled[job] ?? job})\b`).test(description)) return false;
  return findOrganisations(headline).every((o) => o.openai || description.includes(o.name.toLowerCase()));
}

/** A job noun near a headline's move: its mover is described, so the summary may name them. */
export const jobWord = new RegExp(String.raw`\b${staffNoun}s?\b`, 'i');
