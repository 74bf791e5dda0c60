import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../src/core/detection/person-mentions.js';
import { buildRosterIndex, fuzzySurname } from '../../../src/core/detection/roster-index.js';
import { roster } from '../../../src/core/detection/roster.js';

const index = buildRosterIndex(roster);
const names = (text: string, memory = new Map<string, string>()) => findPersons(text, index, memory).map((p) => p.name);

describe('findPersons', () => {
  it('finds roster people by full name, alias and the misspellings the press uses', () => {
    expect(names('Leopold Aschenbrenner, Pavel Ismailov, Daniel Cocateo, and William Saunders left.')).toEqual([
      'Leopold Aschenbrenner', 'Pavel Izmailov', 'Daniel Kokotajlo', 'William Saunders',
    ]);
    expect(names('Sutskever and Ilya Sutskevar are one person')).toEqual(['Ilya Sutskever', 'Ilya Sutskever']);
    expect(names("Murati's exit")).toEqual(['Mira Murati']);
  });

  it('corrects a close misspelling of a roster surname', () => {
    expect(names('Leopold Aschenbrenner and Pavel Izmalkov were fired')).toEqual(['Leopold Aschenbrenner', 'Pavel Izmailov']);
    expect(fuzzySurname(index, 'Brundadge')?.name).toBe('Miles Brundage');
    expect(fuzzySurname(index, 'Bruno')).toBeUndefined();
  });

  it('finds unknown people by the shape of their name, skipping titles and organisations', () => {
    expect(names("OpenAI appoints Dylan Scandinaro as Head of Preparedness")).toEqual(['Dylan Scandinaro']);
    expect(names("Meta's chief AI scientist Yann LeCun plans to leave")).toEqual(['Yann LeCun']);
    expect(names('Physical Intelligence raised money in San Francisco')).toEqual([]);
  });

  it('does not take another Sam for Sam Altman', () => {
    expect(names('Sam Bowman welcomed Jan Leike')).toEqual(['Sam Bowman', 'Jan Leike']);
  });

  it('resolves a bare surname to a full name seen earlier in the article', () => {
    const memory = new Map<string, string>();
    names('OpenAI hires Caitlin Kalinowski', memory);
    names('Dylan Scandinaro joins OpenAI', memory);
    expect(names('Scandinaro will lead preparedness', memory)).toEqual(['Dylan Scandinaro']);
  });
});
