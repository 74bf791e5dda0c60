import { describe, expect, it } from 'vitest';
import { normalizeText, splitSentences } from '../../../src/core/detection/text.js';

describe('normalizeText', () => {
  it('unifies quotes, dashes, entities and spaces', () => {
    expect(normalizeText('Cullen O’Keefe said “I quit”\u00a0&amp;  left—today')).toBe(`Cullen O'Keefe said "I quit" & left — today`);
  });
  it('leaves plain ASCII alone apart from runs of spaces', () => {
    expect(normalizeText('  Mira  Murati leaves OpenAI ')).toBe('Mira Murati leaves OpenAI');
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends but not at abbreviations or initials', () => {
    expect(splitSentences('He left on Oct. 23 for the U.S. Senate. Then D. Kingma joined. "I quit," she said. Done')).toEqual([
      'He left on Oct. 23 for the U.S. Senate.',
      'Then D. Kingma joined.',
      '"I quit," she said.',
      'Done',
    ]);
  });
});
