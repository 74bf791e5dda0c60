// Rules added for the error classes of the seventh blind set (a natural sample) and the misses the
// fourth to sixth still had after the second annotator's review: a seat on OpenAI's board joined or
// regained is a move, another organisation's board is not. Invented headlines, one rule each, each
// with a negative.
import { describe, expect, it } from 'vitest';
import { detectedMoves } from '../../helpers/detected-moves.js';

const moves = (title: string, summary = '', published = '2025-03-10') => detectedMoves(title, summary, published);

describe('board seats', () => {
  it("a seat on OpenAI's board regained is a return; another organisation's board is none of OpenAI's", () => {
    expect(moves('OpenAI President Returns to Board of Directors', 'The company restored the seat it took away last year.')).toEqual(['null:return']);
    expect(moves("Jane Roe Returns to OpenAI's Board of Directors", 'Jane Roe, the OpenAI CEO, is back on the board.')).toEqual(['Jane Roe:return']);
    expect(moves("Jane Roe returns to Helion's board", 'The OpenAI CEO had left the fusion company board in 2023.')).toEqual([]);
  });

  it('a board seat regained months after a known comeback is news of its own, unlike a report of the comeback', () => {
    // Sam Altman is on the roster with a comeback on 21 November 2023.
    expect(moves('OpenAI Reinstates Sam Altman as a Board Member', 'Sam Altman will rejoin the OpenAI board of directors, the company said.', '2024-03-09')).toEqual(['Sam Altman:return']);
    expect(moves('How the board reinstated Sam Altman', 'A look back at the five days of chaos.', '2024-03-09')).toEqual([]);
  });
});
