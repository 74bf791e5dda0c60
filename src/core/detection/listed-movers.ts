// Movers named in one sentence and moved in the next. A list after the sentence that counted them:
// "Three executives at OpenAI announced their departures on Wednesday. These include CTO Jane Roe,
// VP Max Poe and Ann Lee" (the list has no move word of its own; its people take the counted group's
// move; a bare plural is a trend, so "They include" after one says nothing about who moved). And a
// plural subject standing for the list right before it: "The team includes Jane Roe, Max Poe and
// Ann Lee. All are joining OpenAI".
import { interpret, type Context } from './interpret.js';
import { expandForward } from './binding.js';
import type { Sentence } from './clause.js';
import { isLiveTrigger } from './live-triggers.js';
import type { Mention } from './merge.js';
import { roleNear } from './roles.js';
import { staffNoun, type TriggersOf } from './unnamed-movers.js';

/** A sentence opening on the group it lists: "These include", "They are", "Among them are". */
const listOpening = /^(?:(?:These|Those|They)(?:\s+(?:executives|leaders|researchers|people|staff|departures|exits|hires))?\s+(?:include|included|are|were)|Among\s+(?:them|those|the\s+\w+))\b\s*(?:are\s+|were\s+)?/;
/** A counted group of staff before the move: "Three high-profile executives", "a trio of the company's leaders". */
const countedGroup = new RegExp(String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|trio|pair|duo|handful)\s+(?:[\w'’-]+\s+){0,4}?${staffNoun}s\b`, 'i');

/** "All are joining", "They have left", "Both will join": a plural subject and its auxiliaries, right before the move. */
const pluralSubject = /^(?:They|All|Both|All of them|All (?:two|three|four|five|six)|The (?:two|three|four|five|six)(?: of them)?)\s+(?:(?:are|were|have|had|will|also|now|all|both|each|reportedly)\s+)*$/;

/**
 * Moves of the people the previous sentence lists ("A, B and C") when a sentence opens on a plural
 * subject and its move: each listed person gets it, read like a named subject's.
 */
export function pluralSubjectMovers(sentences: readonly Sentence[], context: Context, triggersOf: TriggersOf, found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 2; i < Math.min(sentences.length, 5); i++) {
    const sentence = sentences[i]!;
    // Cheap checks first: most sentences opening on "The" follow no list, and their triggers were never needed.
    if (sentence.persons.length > 0 || sentences[i - 1]!.persons.length < 2 || !/^(?:They|All|Both|The)\b/.test(sentence.text)) continue;
    const trigger = triggersOf(sentence).find((t) => t.rule.side === 'before' && pluralSubject.test(sentence.text.slice(0, t.start)) && isLiveTrigger(t, sentence.text));
    if (!trigger) continue;
    const previous = sentences[i - 1]!;
    const first = previous.persons[0];
    const listed = first ? expandForward(previous.persons, 0, previous.text, false) : [];
    if (listed.length < 2) continue;
    for (const person of listed) {
      if (found.some((f) => f.person.name === person.name && f.type === trigger.rule.type)) continue;
      const meaning = interpret(trigger, person, previous, context, false, sentence);
      if (!meaning) continue;
      out.push({ person, type: meaning.type, circumstance: meaning.circumstance, destination: meaning.destination, confidence: Math.min(0.8, meaning.weight), sentence, role: roleNear(previous.text, person.start, person.end) });
    }
  }
  return out;
}

/** Moves of the people a list sentence names after a sentence that reports a counted group's move. */
export function listedMovers(sentences: readonly Sentence[], context: Context, triggersOf: TriggersOf, found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 1; i < Math.min(sentences.length, 5); i++) {
    const list = sentences[i]!;
    const opening = listOpening.exec(list.text);
    if (!opening || list.persons.length < 2 || triggersOf(list).length > 0) continue;
    const first = list.persons.findIndex((p) => p.start >= opening[0].length);
    // Only titles may stand between the opening and the first name ("These include Chief Technology Officer Jane Roe").
    if (first < 0 || !/^(?:[A-Z][\w-]*\s+|(?:of|for|and)\s+){0,6}$/.test(list.text.slice(opening[0].length, list.persons[first]!.start))) continue;
    const group = sentences[i - 1]!;
    const trigger = triggersOf(group).find((t) => t.rule.type !== 'role_change' && isLiveTrigger(t, group.text) && countedGroup.test(group.text.slice(0, t.start)));
    if (!trigger) continue;
    for (const person of expandForward(list.persons, first, list.text, false)) {
      if (found.some((f) => f.person.name === person.name && f.type === trigger.rule.type)) continue;
      const meaning = interpret(trigger, person, list, context, false, group);
      if (!meaning) continue;
      out.push({ person, type: meaning.type, circumstance: meaning.circumstance, destination: meaning.destination, confidence: Math.min(0.8, meaning.weight), sentence: list, role: roleNear(list.text, person.start, person.end) });
    }
  }
  return out;
}
