// Rules added for the error classes the second blind set (unseen-2) exposed: headline Title Case
// around prepositions, abstract nouns and universities taken for names, the press's other spellings
// of OpenAI, unnamed movers in the headline, board seats, and returns after a short stint elsewhere.
// Names are invented where the rule is general, so the tests do not lean on the roster.
import { describe, expect, it } from 'vitest';
import { detectedMoves } from '../../helpers/detected-moves.js';
import { normalizeText } from '../../../src/core/detection/text.js';

const moves = (title: string, summary = '', published = '2025-06-20') => detectedMoves(title, summary, published);

describe('names in Title Case headlines', () => {
  it('a capitalised preposition ends a name ("Amid Controversy Over")', () => {
    expect(moves("OpenAI Fires VP Jane Roe Amid Controversy Over 'Adult Mode' Plan")).toEqual(['Jane Roe:departure']);
    expect(moves('OpenAI Terminates Top Safety Executive Amid Controversy Over Feature', 'OpenAI has fired Jane Roe, its vice president of product policy.'))
      .toEqual(['Jane Roe:departure']);
  });

  it('abstract nouns and universities are not people', () => {
    expect(moves('OpenAI Appoints Max Poe to Board of Directors', 'Max Poe, a professor at Carnegie Mellon, joins the board.')).toEqual(['Max Poe:arrival']);
    expect(moves('Meet the posterboy of the boom', 'The fund Situational Awareness left its rivals behind.')).toEqual([]);
  });
});

describe('OpenAI spellings', () => {
  it('"Open AI" and the OCR typo "OpenAl" read as OpenAI', () => {
    expect(normalizeText('Named Open AI’s first chief economist')).toBe("Named OpenAI's first chief economist");
    expect(normalizeText('Jane Roe leaves OpenAl')).toBe('Jane Roe leaves OpenAI');
    expect(normalizeText('Openness at AI labs')).toBe('Openness at AI labs');
  });
});

describe('unnamed mover in the headline', () => {
  it("binds the headline's move to the summary's subject even when the summary dates it months back", () => {
    expect(moves("OpenAI researcher quits, says he was 'terrified'", 'Jane Roe, who worked on safety at OpenAI for four years, said he left the company in mid-November.', '2025-01-30'))
      .toEqual(['Jane Roe:departure']);
    expect(moves('OpenAI Staffer Quits, Alleging Research Is Drifting', 'Economic researcher Max Poe left OpenAI in September, writing that the team faced tension.', '2025-12-09'))
      .toEqual(['Max Poe:departure']);
  });

  it('does not add the move someone else is cited for', () => {
    expect(moves('OpenAI researcher resigns over safety', "Jane Roe, who resigned this week following Max Poe's departure, posted that safety has taken a backseat.", '2024-05-17'))
      .toEqual(['Jane Roe:departure']);
  });

  it('without a headline move, an old dated exit stays background', () => {
    expect(moves('OpenAI publishes economic research', 'Economic researcher Max Poe left OpenAI in September 2023, writing that the team faced tension.', '2025-12-09')).toEqual([]);
  });
});

describe('returns after a short stint elsewhere', () => {
  it('joining OpenAI told as going back is a return', () => {
    expect(moves('Top Researchers Return to OpenAI Weeks After Joining Meta', 'Recently hired Meta researchers Jane Roe and Max Poe left after only a few weeks to rejoin OpenAI.', '2025-08-27'))
      .toEqual(['Jane Roe:return', 'Max Poe:return']);
  });

  it('a plain hire from a rival stays an arrival', () => {
    expect(moves('OpenAI hires Meta researcher', 'OpenAI has hired Jane Roe, a researcher at Meta, to work on reasoning.', '2025-08-27')).toEqual(['Jane Roe:arrival']);
  });
});

describe('board seats and outside hires', () => {
  it('an appointment to OpenAI\'s board is an arrival, a middle initial is no part of the name, a committee is no person', () => {
    expect(moves("Former NSA chief joins OpenAI's board of directors", "Retired general Jane Q. Roe was appointed to OpenAI's board and will focus on its Safety and Security Committee."))
      .toEqual(['Jane Roe:arrival']);
  });

  it('a board seat elsewhere is no OpenAI move', () => {
    expect(moves('Microsoft names new director', "Jane Roe was appointed to Microsoft's board on Monday.")).toEqual([]);
  });

  it('a nickname between first and last name is dropped', () => {
    expect(normalizeText('OpenAI hired Aaron “Ronnie” Roe as its chief economist')).toBe('OpenAI hired Aaron Roe as its chief economist');
    expect(moves('OpenAI Hires Former White House Official as Its Chief Economist', 'OpenAI said it had hired Aaron "Ronnie" Roe, a Duke professor, as its chief economist.'))
      .toEqual(['Aaron Roe:arrival']);
  });
});

describe('people covering for a leaver', () => {
  it('whoever leads the role in the interim or the search for a successor is not a mover', () => {
    expect(moves("OpenAI's head of people is leaving", 'OpenAI confirmed its chief people officer, Jane Roe, is exiting the company; chief strategy officer Max Poe will lead her role in the interim.'))
      .toEqual(['Jane Roe:departure']);
    expect(moves('Senior OpenAI executive Jane Roe departs', "OpenAI's chief people officer Jane Roe has stepped down; Ann Doe will lead the search for her successor."))
      .toEqual(['Jane Roe:departure']);
  });

  it('taking over a team permanently is still a role change', () => {
    expect(moves('OpenAI reshuffles research', "OpenAI's Max Poe will lead the reasoning team as its new head of research.")).toEqual(['Max Poe:role_change']);
  });
});

describe('other companies hiring former OpenAI staff', () => {
  it('"<company> hires former OpenAI leader X" in the headline is a departure with a destination', () => {
    expect(moves('Meta Hires Former OpenAI Leader Jane Roe as Research Principal After Poaching Spree', 'Meta hires former OpenAI leader Jane Roe as research principal, reporting to Max Poe.'))
      .toEqual(['Jane Roe:departure']);
  });

  it('a former staffer joining something years later is still not an OpenAI move', () => {
    expect(moves('Former OpenAI board member joins Georgetown', 'Jane Roe, a former OpenAI board member, joins Georgetown as a fellow.')).toEqual([]);
  });
});

describe('role changes in a reshuffle', () => {
  // Since unseen-3: a leave, medical or not, is a departure (circumstance sabbatical), as a sabbatical is.
  it('stepping away for medical treatment is a leave, moving to lead a new function a role change', () => {
    expect(moves('OpenAI Reshuffles Its Exec Team', 'COO Max Poe is moving to lead a new special projects function, while CMO Jane Roe is stepping away from the company to focus on cancer recovery.'))
      .toEqual(['Jane Roe:departure', 'Max Poe:role_change']);
  });

  it('stepping down for another reason stays a departure', () => {
    expect(moves('OpenAI CMO steps down', "OpenAI's CMO Jane Roe is stepping down to start a company.")).toEqual(['Jane Roe:departure']);
  });
});

describe('leadership updates', () => {
  it('a list of people with new OpenAI titles is a role change each', () => {
    expect(moves('Leadership updates', 'OpenAI announces leadership updates with Jane Roe as Chief Research Officer, Max Poe as Chief Operating Officer, and Ann Doe as Chief People Officer.'))
      .toEqual(['Ann Doe:role_change', 'Jane Roe:role_change', 'Max Poe:role_change']);
  });

  it('another company\'s leadership update is no OpenAI move', () => {
    expect(moves('Leadership updates', 'Anthropic announces leadership updates with Jane Roe as Chief Research Officer.')).toEqual([]);
  });
});

describe('a move continuing the clause subject', () => {
  it('"A and B each spent a month at Meta before returning to OpenAI" returns both', () => {
    expect(moves('Two Meta hires jump back to OpenAI after only weeks', 'Jane Roe and Max Poe each spent less than a month at Meta before returning to OpenAI.', '2025-08-27'))
      .toEqual(['Jane Roe:return', 'Max Poe:return']);
  });

  it('the object of another verb is no subject', () => {
    expect(moves('OpenAI news', 'OpenAI thanked Jane Roe before announcing a new model.', '2025-08-27')).toEqual([]);
  });
});

describe('starting a team inside OpenAI', () => {
  it('moving to start a new team inside the company is a role change, starting a company is not', () => {
    expect(moves('OpenAI reorganises a research team', "OpenAI is folding its Model Behavior team into Post Training; its founding leader Jane Roe is moving to start a new research team inside the company."))
      .toEqual(['Jane Roe:role_change']);
    expect(moves('OpenAI reorganises a research team', "OpenAI's research lead Jane Roe is moving to start a new company.")).toEqual([]);
  });
});
