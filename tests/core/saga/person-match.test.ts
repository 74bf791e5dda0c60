// Fuzzy name matching: exact, whole word, prefix, typo; ambiguity refuses to guess.
import { describe, expect, it } from 'vitest';
import { confidentMatch, rankPeople, suggestions } from '../../../src/core/saga/person-match.js';
import { nameKey } from '../../../src/core/domain.js';

const people = [
  { id: 1, name: 'Jan Leike', key: 'jan leike' },
  { id: 1, name: 'Jan Leike', key: 'leike' },
  { id: 2, name: 'Joanne Jang', key: 'joanne jang' },
  { id: 3, name: 'Sam Altman', key: 'sam altman' },
  { id: 4, name: 'Greg Brockman', key: 'greg brockman' },
  { id: 5, name: 'Ilya Sutskever', key: 'ilya sutskever' },
];
const best = (query: string) => confidentMatch(rankPeople(nameKey(query), people, 5))?.name;

describe('person matching', () => {
  it('finds exact names, whole words, prefixes and typos', () => {
    expect(best('Leike')).toBe('Jan Leike');
    expect(best('jan')).toBe('Jan Leike');
    expect(best('brock')).toBe('Greg Brockman');
    expect(best('d koko')).toBeUndefined();
    expect(best('Ilia Sutskevar')).toBe('Ilya Sutskever');
    expect(best('sutskevr')).toBe('Ilya Sutskever');
  });

  it('refuses to guess between two close candidates, and suggests them', () => {
    const ranked = rankPeople(nameKey('Greg Altman'), people, 5);
    expect(confidentMatch(ranked)).toBeUndefined();
    expect(suggestions(ranked).slice(0, 2).sort()).toEqual(['Greg Brockman', 'Sam Altman']);
  });

  it('ranks one entry per person', () => {
    expect(rankPeople('leike', people, 5).filter((r) => r.id === 1)).toHaveLength(1);
    expect(suggestions(rankPeople('zzzzzz', people, 5))).toEqual([]);
  });
});
