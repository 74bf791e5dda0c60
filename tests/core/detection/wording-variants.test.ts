// Wording variants of moves the detector already knew, written before the rules that read them: light
// and control verbs between mover and move ("goes on sabbatical", "decides to resign"), every
// inflection of a move verb ("to rehire", "is reinstating"), and the synonyms journalists reach for
// ("retakes the helm", "bids farewell to", "loses its CTO", "gets a job at"). Invented headlines, each
// family with a negative it must not fire on.
import { describe, expect, it } from 'vitest';
import { detectedMoves } from '../../helpers/detected-moves.js';

const moves = (title: string, summary = '', published = '2025-03-10') => detectedMoves(title, summary, published);

describe('light and control verbs between mover and move (one list for named and unnamed movers)', () => {
  it.each([
    ['OpenAI CTO Jane Roe goes on sabbatical', 'Jane Roe:departure'],
    ['OpenAI research chief Max Poe went on leave', 'Max Poe:departure'],
    ['OpenAI CFO Jane Roe decides to step down', 'Jane Roe:departure'],
    ["OpenAI's Jane Roe opts to leave the company", 'Jane Roe:departure'],
    ['OpenAI safety head Max Poe is set to depart', 'Max Poe:departure'],
    ['OpenAI CTO Jane Roe is poised to exit', 'Jane Roe:departure'],
    ['OpenAI president Max Poe agrees to step aside', 'Max Poe:departure'],
    ['OpenAI researcher Max Poe is preparing to leave the company', 'Max Poe:departure'],
    ['OpenAI CTO Jane Roe chooses to quit', 'Jane Roe:departure'],
    ['OpenAI exec Jane Roe plans to depart', 'Jane Roe:departure'],
    ['Anthropic researcher Max Poe decides to join OpenAI', 'Max Poe:arrival'],
    ['Jane Roe set to join OpenAI', 'Jane Roe:arrival'],
    ['Jane Roe is expected to join OpenAI', 'Jane Roe:arrival'],
    ['OpenAI CTO Jane Roe decides to take on a new role', 'Jane Roe:role_change'],
    ['OpenAI co-founder decides to resign', 'null:departure'],
    ['OpenAI co-founder goes on leave', 'null:departure'],
    ['OpenAI CTO decided to resign', 'null:departure'],
    ['OpenAI chief scientist to leave', 'null:departure'],
    ['Former Apple designer to join OpenAI', 'null:arrival'],
  ])('%s', (title, move) => expect(moves(title)).toEqual([move]));

  it('a light verb before something other than a move is no move', () => {
    expect(moves('OpenAI CTO Jane Roe decides to stay')).toEqual([]);
    expect(moves('OpenAI CTO Jane Roe goes on a podcast to defend the company')).toEqual([]);
    expect(moves('OpenAI co-founder decides to invest in a robotics startup')).toEqual([]);
  });
});

describe('every inflection of a move verb', () => {
  it.each([
    ['Jane Roe to leave OpenAI', 'Jane Roe:departure', ''],
    ["OpenAI's Jane Roe will depart at year end", 'Jane Roe:departure', ''],
    ['OpenAI CTO Jane Roe is leaving', 'Jane Roe:departure', ''],
    ['OpenAI researcher Max Poe heading out', 'Max Poe:departure', ''],
    ['OpenAI to rehire Jane Roe as CEO', 'Jane Roe:return', ''],
    ['OpenAI to reinstate Jane Roe as CTO', 'Jane Roe:return', ''],
    ['Jane Roe to rejoin OpenAI', 'Jane Roe:return', ''],
    ['Jane Roe comes back to OpenAI', 'Jane Roe:return', ''],
    ['OpenAI CTO Jane Roe to take over as CEO', 'Jane Roe:role_change', ''],
    ["OpenAI's Jane Roe gets promoted to president", 'Jane Roe:role_change', ''],
    ['OpenAI to hire former Google VP Jane Roe as CFO', 'Jane Roe:arrival', ''],
    ['OpenAI safety lead quits (again)', 'null:departure', ''],
    ['OpenAI CTO to rejoin company', 'null:return', ''],
    ['OpenAI Bids Farewell to Senior Executives', 'null:departure', 'Several leaders of the AI company have quit.'],
  ])('%s', (title, move, summary) => expect(moves(title, summary)).toEqual([move]));

  it('a move wanted or refused in any inflection is no move', () => {
    expect(moves('OpenAI refuses to rehire Jane Roe')).toEqual([]);
    expect(moves('OpenAI researcher Max Poe heading out to Davos for the summit')).toEqual([]);
  });
});

describe('synonyms journalists use', () => {
  it("a company's farewell names its mover after it; anyone else's farewell is their own exit", () => {
    expect(moves('OpenAI bids farewell to CTO Jane Roe')).toEqual(['Jane Roe:departure']);
    expect(moves('OpenAI says goodbye to its head of research')).toEqual(['null:departure']);
    expect(moves('Jane Roe bids farewell to OpenAI')).toEqual(['Jane Roe:departure']);
    expect(moves('OpenAI bids farewell to its oldest model')).toEqual([]);
  });

  it("a loss needs no winner: OpenAI losing someone is OpenAI's exit, another company's loss is not", () => {
    expect(moves('OpenAI loses its head of safety')).toEqual(['null:departure']);
    expect(moves('OpenAI Loses Second Board Member With Exit of Former Senator Jane Roe', 'Jane Roe stepped down from the board.')).toEqual(['Jane Roe:departure']);
    expect(moves('Meta loses its chief AI scientist')).toEqual([]);
    expect(moves('OpenAI loses ground to Google in the enterprise market')).toEqual([]);
  });

  it('backing out is quitting; backing out of a deal is not', () => {
    expect(moves('OpenAI co-founder backs out', 'He said he is quitting.')).toEqual(['null:departure']);
    expect(moves('OpenAI backs out of the data-centre deal')).toEqual([]);
  });

  it('getting a job at OpenAI is joining it; a job elsewhere is not an OpenAI move', () => {
    expect(moves('Jane Roe gets a job at OpenAI', 'The former Google engineer will work on agents.')).toEqual(['Jane Roe:arrival']);
    expect(moves('Google veteran Jane Roe gets job at OpenAI')).toEqual(['Jane Roe:arrival']);
    expect(moves('Jane Roe gets a job at Meta', 'She studied with an OpenAI founder.')).toEqual([]);
  });

  it('a post taken again is a return; at another company it is none of OpenAI\'s', () => {
    expect(moves('Jane Roe retakes the helm at OpenAI')).toEqual(['Jane Roe:return']);
    expect(moves('Jane Roe reclaims CEO role at OpenAI')).toEqual(['Jane Roe:return']);
    expect(moves('Jane Roe Retakes Her Place as Head of OpenAI', 'The board confirmed that Jane Roe is back.')).toEqual(['Jane Roe:return']);
    expect(moves('Jane Roe regains her seat on the OpenAI board')).toEqual(['Jane Roe:return']);
    expect(moves('Jane Roe retakes the helm at Helion', 'The OpenAI investor left the fusion firm last year.')).toEqual([]);
    expect(moves('OpenAI regains its lead in coding benchmarks')).toEqual([]);
  });

  it("a headline's '<company> to recruit N researchers from OpenAI' is its future tense, unlike a wish", () => {
    expect(moves('Meta to recruit three researchers from OpenAI')).toEqual(['null:departure']);
    expect(moves('Meta wants to recruit three researchers from OpenAI')).toEqual([]);
    expect(moves('Meta is looking to recruit researchers from OpenAI')).toEqual([]);
  });

  it('a move after "since" is the past the news is dated from', () => {
    expect(moves('OpenAI fires engineer over leaks', 'Jane Roe was fired on Monday, the first exit since Ann Lee resumed her board seat in March.', '2025-06-10')).toEqual(['Jane Roe:departure']);
  });
});

describe('groups of unnamed movers', () => {
  it('a collective noun counts the movers like a number', () => {
    expect(moves('OpenAI says farewell to senior staff', "A trio of the company's leaders, including a co-founder, have quit the firm.")).toEqual(['null:departure']);
    expect(moves('A handful of OpenAI researchers leave')).toEqual(['null:departure']);
    expect(moves('A couple of OpenAI engineers want a raise')).toEqual([]);
  });

  it('a plural joined to a single post is a specific group', () => {
    expect(moves('OpenAI in turmoil as the CTO and research execs leave')).toEqual(['null:departure']);
    expect(moves('Why the CTO and other execs matter at OpenAI')).toEqual([]);
  });

  it("OpenAI's own staff taken by a rival count without a number; ex-Apple engineers hired are the talent war", () => {
    expect(moves('Google poaches top OpenAI engineers for its Gemini push')).toEqual(['null:departure']);
    expect(moves('Meta builds new lab', 'Meta has hired top researchers from rivals OpenAI and Google to staff it.')).toEqual(['null:departure']);
    expect(moves('OpenAI hires ex-Apple engineers for its hardware push')).toEqual([]);
    expect(moves('Google poaches top engineers for its Gemini push', 'OpenAI is not worried.')).toEqual([]);
  });
});

describe('words between a named mover and the move', () => {
  it('a manner adverb says how, not who', () => {
    expect(moves('OpenAI researcher Max Poe unexpectedly quits')).toEqual(['Max Poe:departure']);
    expect(moves('OpenAI co-founder Max Poe permanently departs for Anthropic')).toEqual(['Max Poe:departure']);
    expect(moves('OpenAI CTO Jane Roe only joined in May')).toEqual([]);
  });

  it('a pronoun after a verb of saying may carry its auxiliaries', () => {
    expect(moves('OpenAI turmoil', 'After a co-founder quit, OpenAI president Jane Roe says he is taking an extended leave of absence.')).toEqual(['Jane Roe:departure']);
    expect(moves('OpenAI turmoil', 'OpenAI president Jane Roe says the company is taking a break.')).toEqual([]);
  });
});
