// Every named mover reported, not only the first: a list sentence after a counted group's move, a name
// set off as an appositive before its own move noun, and people added to a company's ranks. Invented
// headlines, each rule with a negative.
import { describe, expect, it } from 'vitest';
import { detectedMoves } from '../../helpers/detected-moves.js';

const moves = (title: string, summary = '', published = '2025-03-10') => detectedMoves(title, summary, published);

describe('a list sentence after a counted group', () => {
  it("the people a list names take the counted group's move", () => {
    expect(moves('Three leaders leave OpenAI', 'Three executives at OpenAI announced their departures on Monday. They include CTO Jane Roe, VP of Research Max Poe, and Chief Research Officer Ann Lee.')).toEqual(['Ann Lee:departure', 'Jane Roe:departure', 'Max Poe:departure']);
    expect(moves('Jane Roe is leaving OpenAI', 'Three executives at OpenAI announced their departures on Monday. These include Jane Roe, Max Poe and Ann Lee.')).toEqual(['Ann Lee:departure', 'Jane Roe:departure', 'Max Poe:departure']);
  });

  it('after a bare plural or no move, a list says nothing about who moved', () => {
    expect(moves('OpenAI researchers speak out', 'Executives at OpenAI announced their departures in the past. They include Jane Roe, Max Poe and Ann Lee.')).toEqual([]);
    expect(moves('OpenAI names its safety board', 'Three executives at OpenAI will advise the board. They include Jane Roe, Max Poe and Ann Lee.')).toEqual([]);
  });
});

describe('a name set off as an appositive before its move noun', () => {
  it("the appositive's own comma closes it", () => {
    expect(moves('OpenAI shake-up', "Max Poe and Ann Lee announced their departures shortly after the company's CTO, Jane Roe, revealed her exit.")).toEqual(['Ann Lee:departure', 'Jane Roe:departure', 'Max Poe:departure']);
    expect(moves('OpenAI shake-up', "The company's CTO, Jane Roe, revealed the hire of Max Poe.")).toEqual(['Max Poe:arrival']);
  });
});

describe("people added to a company's ranks", () => {
  it('are hired; things added to a roster are not', () => {
    expect(moves('Microsoft hires OpenAI CEO Jane Roe', "Microsoft CEO Tom Sato announced the move, adding both Roe and OpenAI president Max Poe to his company's ranks.", '2023-11-20')).toEqual(['Jane Roe:departure', 'Max Poe:departure']);
    expect(moves('OpenAI grows', 'The company added three new offices to its roster of locations.')).toEqual([]);
  });
});
