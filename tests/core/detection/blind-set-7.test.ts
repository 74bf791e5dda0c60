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

describe('departures', () => {
  it('stepping back from a role is leaving it; stepping back from a plan or market is not', () => {
    expect(moves('Turmoil at OpenAI', 'Three OpenAI executives stepped back from their roles this week.')).toEqual(['null:departure']);
    expect(moves('OpenAI steps back from the consumer market')).toEqual([]);
  });

  it('whatever forces someone to step down or resign, they are the mover', () => {
    expect(moves('Board pressure forces OpenAI CFO Jane Roe to step down')).toEqual(['Jane Roe:departure']);
    expect(moves('Investors force OpenAI to step back from its plan')).toEqual([]);
  });

  it('a worker fired is an unnamed mover like an employee', () => {
    expect(moves('OpenAI fires worker over leaked documents')).toEqual(['null:departure']);
    expect(moves('OpenAI workers fear the new rules')).toEqual([]);
  });

  it('"the company that built ChatGPT" is OpenAI, also as where a hire came from', () => {
    expect(moves('Amazon Hires Two Engineers From the Company That Built ChatGPT', 'Reuters – Amazon has hired two engineers from the company that built ChatGPT.')).toEqual(['null:departure']);
    expect(moves('Amazon Hires Two Engineers From the Company That Built Llama', 'Reuters – Amazon has hired two engineers from the company that built Llama.')).toEqual([]);
  });
});

describe('returns and arrivals', () => {
  it('reclaiming or winning back people is bringing them back', () => {
    expect(moves('OpenAI Reclaims Two Researchers From a Rival Lab')).toEqual(['null:return']);
    expect(moves('OpenAI wins back market share from a rival')).toEqual([]);
  });

  it('a hire of a title the press quotes is an unnamed arrival; recruiting for it is not', () => {
    expect(moves('A new post at OpenAI', 'OpenAI has hired a “Head of Devices.”')).toEqual(['null:arrival']);
    expect(moves('A new post at OpenAI', 'OpenAI is hiring a “Head of Devices.”')).toEqual([]);
  });

  it('an office-holder title before a name is not part of the name', () => {
    expect(moves('OpenAI hires former Mayor Jane Roe to run government deals')).toEqual(['Jane Roe:arrival']);
    expect(moves('OpenAI hires former Chancellor Max Poe', 'Poe will advise on policy.')).toEqual(['Max Poe:arrival']);
  });
});

describe("a headline's described mover named in the summary", () => {
  it('a verb whose mover stands before it is not about someone the summary names after it', () => {
    expect(moves('OpenAI Ad Row Grows as Engineer Quits', 'A senior OpenAI engineer has resigned in protest, warning that CEO Max Poe is repeating old mistakes.')).toEqual(['null:departure']);
    // The mover before the verb still binds.
    expect(moves('OpenAI Ad Row Grows as Engineer Quits', 'Jane Roe, a senior OpenAI engineer, has resigned in protest.')).toEqual(['Jane Roe:departure']);
  });

  it("the person opening the summary with the headline mover's own speech is that mover", () => {
    expect(moves('OpenAI engineer quits over ads, warns of manipulation', 'Jane Roe says advertising in a chatbot recreates old incentives.')).toEqual(['Jane Roe:departure']);
    // Without the headline's speech, the speaker is someone commenting.
    expect(moves('OpenAI engineer quits over ads', 'Jane Roe says advertising in a chatbot recreates old incentives.')).toEqual(['null:departure']);
  });

  it("a summary person described with the headline's job noun and employer is the headline's hire", () => {
    expect(moves('OpenAI hires former Uber Brazil head to open an office', 'OpenAI has teamed up with Jane Roe, the former head of Uber Brazil, to open its office.')).toEqual(['Jane Roe:arrival']);
    // Another employer in the description is someone else.
    expect(moves('OpenAI hires former Uber Brazil head to open an office', 'OpenAI has teamed up with Jane Roe, the former head of Lyft Brazil, to open its office.')).toEqual(['null:arrival']);
  });
});

describe('groups of movers', () => {
  it('a colon after a described group lists the movers by name', () => {
    expect(moves('Shake-up at OpenAI', 'OpenAI confirmed the departures of three executives: CTO Jane Roe, Chief Research Officer Max Poe, and VP Ann Lee.'))
      .toEqual(['Ann Lee:departure', 'Jane Roe:departure', 'Max Poe:departure']);
    // A colon followed by a clause, not names, leaves the group unnamed.
    expect(moves('Shake-up at OpenAI', 'OpenAI confirmed the departures of two executives: the company said it would replace them.')).toEqual(['null:departure']);
  });

  it("a headline opening on OpenAI's senior group and its move needs no count; a why-question or a mass of employees stays a trend", () => {
    expect(moves('OpenAI policy leaders resign over the new strategy')).toEqual(['null:departure']);
    expect(moves('Why OpenAI policy leaders are leaving')).toEqual([]);
    expect(moves('OpenAI employees quit over the new strategy')).toEqual([]);
  });
});

describe('roles', () => {
  it('the transition of someone to a new role is a role change; to a place is not', () => {
    // Jason Kwon is on the roster (an invented name's role change scores just under the threshold).
    expect(moves('Changes at OpenAI', 'The company announced the transition of chief strategy officer Jason Kwon to a new role overseeing special projects.')).toEqual(['Jason Kwon:role_change']);
    expect(moves('Changes at OpenAI', 'The company announced the transition of chief strategy officer Jason Kwon to the new office.')).toEqual([]);
  });

  it("an outsider who is now an advisor to OpenAI has joined it; an advisor elsewhere has not", () => {
    expect(moves('OpenAI builds a team in Brazil', 'Jane Roe, a former Uber executive, is now a senior advisor to OpenAI.')).toEqual(['Jane Roe:arrival']);
    expect(moves('OpenAI builds a team in Brazil', 'Jane Roe, a former Uber executive, is now a senior advisor to Anthropic, a rival of OpenAI.')).toEqual([]);
  });

  it('a relative clause missing its opening comma is an aside between the name and its verb', () => {
    expect(moves('New faces at OpenAI', 'Jane Roe who led sales at Uber, has joined OpenAI.')).toEqual(['Jane Roe:arrival']);
    // The aside's own move, dated long ago, is still background.
    expect(moves('New faces', 'Jane Roe who left OpenAI in 2019, has joined Anthropic.')).toEqual([]);
  });
});

describe('old news', () => {
  it('an exact day more than half a year before publication dates a recap, even opening the sentence between commas', () => {
    const summary = 'On March 3, 2024, OpenAI announced the appointment of Jane Roe as its first chief legal officer.';
    expect(moves('The lawyer OpenAI chose for its hardest year', summary, '2025-11-12')).toEqual([]);
    // Days before publication, the same words are the news.
    expect(moves('The lawyer OpenAI chose for its hardest year', summary, '2024-03-05')).toEqual(['Jane Roe:arrival']);
  });
});

describe('talent', () => {
  it("talent hired with the companies it came from is an unnamed move; the talent war is not", () => {
    expect(moves('OpenAI Lures Away Apple and Google Talent')).toEqual(['null:arrival']);
    expect(moves('Meta poaches talent from OpenAI')).toEqual(['null:departure']);
    expect(moves('OpenAI hires top talent as the race heats up')).toEqual([]);
    // Only a hire takes talent as its object: "picked up talent from a startup" is another company's deal.
    expect(moves('OpenAI loses a deal', 'Google picked up talent from AI startup Windsurf after OpenAI talks failed.')).toEqual([]);
  });
});

describe('who a Title Case headline describes', () => {
  it("the words after a hire verb describe its object: 'Meta Poaches OpenAI Researcher' is OpenAI's researcher", () => {
    expect(moves('Meta Poaches OpenAI Researcher for New AI Lab')).toEqual(['null:departure']);
    expect(moves('OpenAI Poaches Meta Researcher for New Lab')).toEqual(['null:arrival']);
    expect(moves('Meta Poaches Google Researcher for New AI Lab')).toEqual([]);
  });

  it('a described mover the roster shows to be a named person whose move is history is no new mover', () => {
    // Andrej Karpathy is on the roster, out of OpenAI since 2024: "OpenAI Co-Founder" is him, and his move is Anthropic's news.
    expect(moves('Anthropic Poaches OpenAI Co-Founder', 'Andrej Karpathy, an OpenAI co-founder, joins Anthropic to lead a new team.', '2026-05-21')).toEqual([]);
    expect(moves('Anthropic Poaches OpenAI Co-Founder', 'The co-founder joins Anthropic to lead a new team.', '2026-05-21')).toEqual(['null:departure']);
  });
});

describe('returns told as a deed', () => {
  it("a return made or staged is the subject's return; a company's comeback in a market is not", () => {
    expect(moves('A second act', "Jane Roe, OpenAI's former CTO, is staging a comeback at OpenAI.")).toEqual(['Jane Roe:return']);
    expect(moves('A second act', 'Apple is staging a comeback in AI, OpenAI said.')).toEqual([]);
  });

  it("a return to the helm of OpenAI's board months after a known comeback is the board seat, not that comeback told again", () => {
    expect(moves('Boardroom revolution', "Sam Altman, the prodigal visionary, staging a triumphant return to the helm of OpenAI's board.", '2024-03-09')).toEqual(['Sam Altman:return']);
  });
});

describe('Title Case names after "Former"', () => {
  it('a run of three or more capitalised words after "Former" ends in the name', () => {
    expect(moves('OpenAI Welcomes Former Top US Codebreaker Jane Roe to its Board of Directors', 'The company said she will advise on security.')).toEqual(['Jane Roe:arrival']);
    // Two capitalised words there are as likely a description: no name.
    expect(moves('OpenAI Recruits Former NSA Signals Chief', 'The company said she will advise on security.')).toEqual(['null:arrival']);
    // A summary naming the surname otherwise has the right form of the name.
    expect(moves('Former White House Trade Adviser Max Poe Named OpenAI Chief Economist', 'OpenAI has named Maxwell Poe its first chief economist.')).toEqual(['Maxwell Poe:arrival']);
  });
});
