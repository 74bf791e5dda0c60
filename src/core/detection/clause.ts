// The unit detection reads (one sentence with its people) and the clause around a span: the stretch
// of a sentence between semicolons, dashes and ", while"/", as", where one claim is made.
import type { PersonMention } from './person-mentions.js';

export interface Sentence {
  text: string;
  title: boolean;
  /** A Title Case headline. */
  titleCase: boolean;
  persons: PersonMention[];
}

/** The clause holding [start, end): sentence text between semicolons, dashes and ", while"/", as". */
export function clauseAround(text: string, start: number, end: number): string {
  const breaks = ['; ', ' — ', ', while ', ', as '];
  let left = 0;
  for (const b of breaks) {
    const i = text.lastIndexOf(b, start);
    if (i >= 0 && i + b.length <= start) left = Math.max(left, i);
  }
  let right = text.length;
  for (const b of breaks) {
    const i = text.indexOf(b, end);
    if (i >= 0) right = Math.min(right, i);
  }
  return text.slice(left, right);
}

/** Where the clause holding `at` starts (after a comma, semicolon or dash). */
export function clauseStart(text: string, at: number): number {
  return Math.max(0, ...[', ', '; ', ' — '].map((b) => {
    const i = text.lastIndexOf(b, at);
    return i < 0 ? 0 : i + b.length;
  }));
}
