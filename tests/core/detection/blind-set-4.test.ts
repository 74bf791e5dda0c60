// Rules added for the error classes the fourth blind set (unseen-4) exposed: lists of movers written
// with capitalised titles, dashes, stacked asides or after "among the exits are"; bare passives in
// headlines. Names are invented, so the tests do not lean on the roster.
import { describe, expect, it } from 'vitest';
import { detectedMoves } from '../../helpers/detected-moves.js';

const moves = (title: string, summary = '', published = '2024-05-20') => detectedMoves(title, summary, published);

describe('lists of movers', () => {
  it('capitalised titles between names and a closing dash keep the list', () => {
    expect(moves('Three OpenAI leaders walk at once', 'Three OpenAI staff members – CTO Jane Roe, Chief Product Officer Max Poe, and Research VP Ann Doe – are leaving the company.'))
      .toEqual(['Ann Doe:departure', 'Jane Roe:departure', 'Max Poe:departure']);
  });

  it('two asides in a row after the first name keep the list', () => {
    expect(moves('OpenAI COO, another executive resign', "Jane Roe, chief operating officer at OpenAI, the San Francisco-based maker of ChatGPT, along with the company's chief research officer Max Poe, resigned on Wednesday."))
      .toEqual(['Jane Roe:departure', 'Max Poe:departure']);
  });

  it('"among the exits are A, who ..., and B" names both movers', () => {
    expect(moves('OpenAI shake-up as key executives exit', "OpenAI is going through a transition. Among the exits are Jane Roe, who led the company's science work, and Max Poe, the creator of its video model."))
      .toEqual(['Jane Roe:departure', 'Max Poe:departure']);
  });

  it('a bare passive "A and B rehired by" binds the names before it', () => {
    expect(moves('Roe returns to OpenAI', 'Jane Roe and Max Poe rehired by OpenAI board after less than one week'))
      .toEqual(['Jane Roe:return', 'Max Poe:return']);
  });
});

describe('a move given as the cause of another', () => {
  it('"employees are leaving after the dismissal of X" does not make X the mover', () => {
    const found = moves('Dozens of staffers quit OpenAI after the board says Jane Roe will not return', 'Several OpenAI employees are leaving after the dismissal of CEO Jane Roe, potentially slowing the company down.', '2023-11-20');
    expect(found).not.toContain('Jane Roe:departure');
  });

  it('"a wave of departures since X\'s removal" does not make X the mover', () => {
    expect(moves('Senior researchers depart OpenAI following CEO shuffle', "OpenAI has witnessed a wave of departures since Jane Roe's removal as CEO on Friday.", '2023-11-20'))
      .not.toContain('Jane Roe:departure');
  });
});
