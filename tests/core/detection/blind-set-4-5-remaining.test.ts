// Rules added for the classes the fourth and fifth blind sets still missed after their first fixes:
// a board seat regained, an exit told with its undoing, a headline's hire named in the summary next
// to a cited exit, a roster leaver's next job weeks after leaving. Invented headlines, one rule each.
import { describe, expect, it } from 'vitest';
import { detectedMoves } from '../../helpers/detected-moves.js';

describe('non-moves', () => {
  it('a seat on the board regained is no return to the staff', () => {
    expect(detectedMoves('OpenAI President Returns to Board of Directors', 'The company restored the seat it took away last year.', '2025-03-10')).toEqual([]);
  });

  it('an exit told with "and then" its undoing is a past episode', () => {
    expect(detectedMoves('OpenAI unveils its new advisory council', 'During the turmoil, co-founder Jane Roe was abruptly fired and then reinstated as CEO of OpenAI.', '2025-03-10')).toEqual([]);
  });
});

describe("a headline's described mover named in the summary", () => {
  it('a company appointing someone tells its headline hire again, though another sentence cites their exit', () => {
    expect(detectedMoves('Amazon Hires Former OpenAI CTO to Run Its Lab', 'Amazon has appointed Jane Roe, the former CTO of OpenAI, to run its new lab. The decision comes after Roe\'s recent departure from OpenAI.', '2025-03-10')).toEqual(['Jane Roe:departure']);
  });
});

describe('known tenure', () => {
  it("a roster person who left weeks ago joining elsewhere is the exit's destination", () => {
    const title = 'Former OpenAI Scientist Joins Anthropic to lead a new group';
    const summary = 'Jan Leike, a former OpenAI scientist, joins Anthropic after his high-profile exit.';
    expect(detectedMoves(title, summary, '2024-06-05')).toEqual(['Jan Leike:departure']);
    // A year on, the same words are a former staffer's new job, no OpenAI move.
    expect(detectedMoves(title, summary, '2025-06-05')).toEqual([]);
  });
});
