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

describe("a headline's described mover known by the roster's title", () => {
  it('a known person holding the headline\'s job is its mover; one holding another job is not', () => {
    // Ilya Sutskever is on the roster as chief scientist and co-founder, gone on 14 May 2024.
    expect(moves('OpenAI co-founder chooses to step down', 'Ilya Sutskever will pursue a personal project, the company said.', '2024-05-15')).toEqual(['Ilya Sutskever:departure']);
    expect(moves('OpenAI economist chooses to step down', 'Ilya Sutskever will pursue a personal project, the company said.', '2024-05-15')).toEqual(['null:departure']);
  });
});

describe('a plural subject standing for the list before it', () => {
  it('each listed person takes the move; a plural doing something else, or a move elsewhere, is none', () => {
    const lead = 'The deal closed on Monday.';
    expect(moves('OpenAI buys hardware startup', `${lead} The startup team includes former Apple designers Jane Roe, Max Poe, and Ann Lee. All are joining OpenAI as employees.`)).toEqual(['Ann Lee:arrival', 'Jane Roe:arrival', 'Max Poe:arrival']);
    expect(moves('OpenAI buys hardware startup', `${lead} The startup was founded by Jane Roe, Max Poe, and Ann Lee. They are joining forces with Google on chips.`)).toEqual([]);
    expect(moves('OpenAI buys hardware startup', `${lead} Investors include Jane Roe, Max Poe, and Ann Lee. All are leaving the board of Helion.`)).toEqual([]);
  });
});
