// Families of wordings the unseen-10 blind run missed, written as invented headlines before the rules
// that read them: an unnamed mover described by what they built ("Sora Creator Rejoins OpenAI"), a
// company reorganised under someone, someone taking charge of an area or taking on a new role named
// by its area, a headline's OpenAI staff quitting, idioms for leaving ("leave the ship", "on the way
// out the door"), a described mover's possessive move. Each family has negatives it must not fire on.
import { describe, expect, it } from 'vitest';
import { detectedMoves } from '../../helpers/detected-moves.js';

const moves = (title: string, summary = '', published = '2025-03-10') => detectedMoves(title, summary, published);

describe('an unnamed mover described by what they built', () => {
  it.each([
    ['Sora Creator Rejoins OpenAI', 'null:return'],
    ['ChatGPT Architect Returns to OpenAI to Lead New Team', 'null:return'],
    ['GPT-4 Architect Leaves OpenAI for Anthropic', 'null:departure'],
    ['DALL-E Inventor Quits OpenAI', 'null:departure'],
    ['Codex mastermind rejoins OpenAI after a year at a startup', 'null:return'],
  ])('%s', (title, move) => expect(moves(title)).toEqual([move]));

  it('a builder named only as a trend or a product is no move', () => {
    expect(moves('Sora creator tools come to OpenAI app')).toEqual([]);
    expect(moves('Why architects of AI models keep leaving')).toEqual([]);
    // "AI pioneer" is an honorific, not a job: the pioneer's exit from Meta is no OpenAI move.
    expect(moves('AI Pioneer Jane Roe Exits Meta Amid Rivalry With OpenAI', 'AI researcher Jane Roe has left Meta.')).toEqual([]);
  });
});

describe('a company reorganised under someone is their role change', () => {
  it.each([
    ['OpenAI Reorganizes Under Brockman, Merges Two Product Teams', 'Greg Brockman:role_change'],
    ['OpenAI reorganizes under Jane Roe, merges two product teams', 'Jane Roe:role_change'],
    ['OpenAI restructures under Jane Roe', 'Jane Roe:role_change'],
    ['OpenAI regroups research under Max Poe', 'Max Poe:role_change'],
  ])('%s', (title, move) => expect(moves(title)).toEqual([move]));

  it('a reorganisation under a plan or law is no move', () => {
    expect(moves('OpenAI reorganizes under Delaware law')).toEqual([]);
    expect(moves('OpenAI restructures under pressure from investors')).toEqual([]);
  });
});

describe('taking charge of an area, taking on a new role named by its area', () => {
  it.each([
    ['Jane Roe takes charge of OpenAI products', 'Jane Roe:role_change'],
    ['OpenAI’s Max Poe takes charge of research', 'Max Poe:role_change'],
    ['OpenAI’s Jane Roe takes on new global policy role', 'Jane Roe:role_change'],
    ['OpenAI researcher Max Poe takes up new safety research role', 'Max Poe:role_change'],
    ['OpenAI CFO Jane Roe steps into expanded operations role', 'Jane Roe:role_change'],
    ['OpenAI’s Max Poe takes the reins of the hardware unit', 'Max Poe:role_change'],
    ['Andrej Karpathy Joins Anthropic, Greg Brockman Takes Charge of OpenAI Products', 'Greg Brockman:role_change'],
  ])('%s', (title, move) => expect(moves(title).filter((m) => m.endsWith('role_change'))).toEqual([move]));

  it('a Title Case headline names an unknown person in charge when its summary names them too', () => {
    expect(moves('Jane Roe Takes Charge of OpenAI Products', 'Jane Roe has worked at the company since 2021.')).toEqual(['Jane Roe:role_change']);
  });

  it('charge in another sense is no move', () => {
    expect(moves('OpenAI’s Jane Roe takes charge of the conversation on AI safety at summit')).toEqual([]);
    expect(moves('Prosecutors bring charges against former OpenAI worker Max Poe')).toEqual([]);
  });
});

describe("a headline's OpenAI staff set apart by team or task leaving, in plain words or an idiom", () => {
  it.each([
    ['OpenAI Safety Staffers Quit', 'null:departure'],
    ['OpenAI safety staffers quit Sam Altman', 'null:departure'],
    ['OpenAI Hardware Engineers Quit Over Military Deal', 'null:departure'],
    ['OpenAI Employees Responsible for Security Leave the Ship', 'null:departure'],
    ['OpenAI researchers working on alignment abandon ship', 'null:departure'],
    ['OpenAI staffers tasked with safety leave the company', 'null:departure'],
  ])('%s', (title, move) => expect(moves(title)).toEqual([move]));

  it('a trend, a question or a threat is no move', () => {
    expect(moves('Why OpenAI engineers quit')).toEqual([]);
    // The rank and file with nothing setting them apart are a mass: a trend.
    expect(moves('OpenAI Engineers Quit Over Military Deal')).toEqual([]);
    expect(moves('OpenAI employees threaten to quit unless the board resigns')).toEqual([]);
    expect(moves('OpenAI staffers leave the ship metaphor to investors')).toEqual([]);
  });
});

describe("a described mover's move in the possessive", () => {
  it.each([
    ["The OpenAI safety chief's exit, explained", 'null:departure'],
    ['What the Sora Creator’s Return to OpenAI Means', 'null:return'],
  ])('%s', (title, move) => expect(moves(title)).toEqual([move]));

  it('a described mover\'s move "of" them to a rival, in the summary under a headline that does not say whose they were', () => {
    expect(moves('Why the GPT-5 Architect’s Move to Anthropic Matters', 'The abrupt switch of OpenAI’s chief GPT‑5 designer to rival Anthropic rattled investors.')).toEqual(['null:departure']);
    expect(moves('A Big Loss', 'The move of OpenAI’s lead model architect to Meta surprised staff.')).toEqual(['null:departure']);
  });

  it("a move that is not a staffing move stays out", () => {
    expect(moves('Markets', 'The move of OpenAI’s headquarters to a new building in San Francisco is done.')).toEqual([]);
    expect(moves("Why the GPT-5 architect's move to sparse models matters")).toEqual([]);
  });
});

describe('the errors the last blind runs left', () => {
  it('whoever denies, refutes or clarifies a link to departures is a commenter, not the mover', () => {
    expect(moves('OpenAI CEO Jane Roe denies link between executive departures and funding plans', 'OpenAI CEO Jane Roe has refuted claims linking the recent departures of two senior executives to the funding round.')).toEqual(['null:departure']);
    expect(moves('OpenAI CEO rejects link between staff exits and the new structure', 'Jane Roe, CEO of OpenAI, has denied reports that the departure of two senior executives is tied to the new structure.')).toEqual(['null:departure']);
    // Her own exit, announced by her, is still hers.
    expect(moves('OpenAI CTO Jane Roe announces her departure')).toEqual(['Jane Roe:departure']);
  });

  it('a move noun naming a threat, a rumour or talks is no move', () => {
    expect(moves('OpenAI Employees’ Mass Resignation Threat: What Happened', 'Staff threatened mass resignations if their former CEO, Jane Roe, was not reinstated.')).toEqual([]);
    expect(moves('OpenAI CTO Jane Roe exit rumours swirl')).toEqual([]);
    expect(moves("OpenAI CTO Jane Roe's resignation letter, published")).toEqual(['Jane Roe:departure']);
  });

  it('"Will" is a first name after a description of a person, a modal after a company or before a verb', () => {
    expect(moves('OpenAI Loses Second Board Member With Exit of Former Congressman Will Poe', 'OpenAI has lost another board member with the departure of former congressman Will Poe.')).toEqual(['Will Poe:departure']);
    expect(moves('OpenAI Will Add Two Board Observers')).toEqual([]);
    expect(moves('Former CEO Will Return to OpenAI, Board Says', 'The former CEO will return to OpenAI.')).toEqual(['null:return']);
  });

  it('a return told as a visit is no return, in the headline or the summary that repeats it', () => {
    expect(moves('Jane Roe is back at OpenAI with a guest badge', 'Jane Roe is back at OpenAI. Well, she is back at its headquarters.')).toEqual([]);
    expect(moves('Ousted OpenAI CEO Jane Roe back at headquarters for talks')).toEqual([]);
    expect(moves('Jane Roe is back at OpenAI as chief scientist', '', '2025-03-10')).toEqual(['Jane Roe:return']);
  });

  it("a British office before a name is no part of it (\"Chancellor of the Exchequer George Osborne\")", () => {
    expect(moves('Jane Roe joins OpenAI', 'Former Chancellor of the Exchequer Jane Roe has announced that she is joining OpenAI as managing director.')).toEqual(['Jane Roe:arrival']);
  });

  it('a future told in reported speech ("the announcement that X would be leaving") is the news; a bare "would" is a hypothesis', () => {
    expect(moves('OpenAI news', 'OpenAI confirmed that CTO Jane Roe would also be leaving the company.')).toEqual(['Jane Roe:departure']);
    expect(moves('OpenAI news', 'Insiders say CTO Jane Roe would leave the company if the deal goes ahead.')).toEqual([]);
  });
});

describe('movers told in asides, clauses and acquisitions', () => {
  it('a move set off as an aside is its subject\'s ("A researcher for OpenAI, similarly on the way out, said")', () => {
    expect(moves('Researchers sound the alarm', 'A researcher for OpenAI, similarly on the way out, said the risks are growing.')).toEqual(['null:departure']);
    expect(moves('Researchers sound the alarm', 'An engineer at OpenAI, also heading for the exit, warned of the risks.')).toEqual(['null:departure']);
    // An aside that is no move leaves the sentence as it was.
    expect(moves('Researchers sound the alarm', 'A researcher for OpenAI, similarly worried, said the risks are growing.')).toEqual([]);
  });

  it('"the news that <counted movers> have decided to return" opens the subject at "that"', () => {
    expect(moves('OpenAI news', 'The week peaked with the news that several former co-founders of Acme Labs have decided to return to OpenAI.')).toEqual(['null:return']);
  });

  it('a founder who sold their startup to OpenAI and stays on to lead has joined', () => {
    expect(moves('Design Legend and OpenAI Promise a New Device', 'Jane Roe has sold her hardware startup, Acme, to OpenAI and will take on design leadership across the merged businesses.')).toEqual(['Jane Roe:arrival']);
    expect(moves('OpenAI buys Acme', 'Max Poe sold his company to OpenAI and will lead its new devices team.')).toEqual(['Max Poe:arrival']);
    // Selling to OpenAI and walking away is no arrival.
    expect(moves('OpenAI buys Acme', 'Max Poe sold his company to OpenAI and plans to travel.')).toEqual([]);
  });

  it("a name closing an aside about a company is not the headline's described mover", () => {
    expect(moves('Acme Founders Return to OpenAI', 'Two former co-founders of Acme, the venture associated with former OpenAI CTO Jane Roe, have decided to return to OpenAI.')).not.toContain('Jane Roe:return');
  });
});

describe('more of each family, written before widening it', () => {
  it.each([
    ['Whisper creator returns to OpenAI', '', 'null:return'],
    ['OpenAI welcomes back Sora co-creator', '', 'null:return'],
    ['GPT-4 co-creator heads back to OpenAI', '', 'null:return'],
    ['OpenAI lures back o1 architect from Meta', '', 'null:return'],
    ['OpenAI Consolidates Research Under Jane Roe', 'Jane Roe has led the safety team since 2022.', 'Jane Roe:role_change'],
    ['OpenAI reorganises its product teams under Max Poe', '', 'Max Poe:role_change'],
    ['OpenAI puts Jane Roe in charge of ChatGPT', '', 'Jane Roe:role_change'],
    ['Jane Roe to take charge of OpenAI research', '', 'Jane Roe:role_change'],
    ['OpenAI’s Jane Roe assumes control of the devices unit', '', 'Jane Roe:role_change'],
    ['OpenAI’s Jane Roe moves into new hardware leadership role', '', 'Jane Roe:role_change'],
    ['OpenAI’s Jane Roe takes on expanded Asia-Pacific policy role', '', 'Jane Roe:role_change'],
    ['OpenAI Policy Staffers Resign', '', 'null:departure'],
    ['OpenAI Safety Team Members Quit Over Priorities', '', 'null:departure'],
    ['OpenAI’s Jane Roe shown the exit', '', 'Jane Roe:departure'],
    ['The Sora lead’s departure from OpenAI, explained', '', 'null:departure'],
    ['What the ChatGPT architect’s defection to Google means', 'The lead architect of ChatGPT left OpenAI.', 'null:departure'],
  ])('%s', (title, summary, move) => expect(moves(title, summary)).toEqual([move]));

  it.each([
    ['OpenAI engineers leave'],
    ['OpenAI says its employees quit buying rivals’ products'],
    ['OpenAI staff walkout threat grows'],
    ['OpenAI CEO Jane Roe dismisses link between departures and IPO'],
    ['Max Poe is back at OpenAI for a visit'],
    ['OpenAI puts safety in charge of product decisions'],
  ])('%s: no move', (title) => expect(moves(title)).toEqual([]));
});

it('a transition into a role with no "new" before its words stays where it was said (another company\'s chairman role)', () => {
  expect(moves('Jane Roe steps down as president of Acme Ventures', "Jane Roe is stepping down as president of Acme Ventures to spend more time on OpenAI. She'll transition into a chairman role.")).toEqual([]);
});

describe('an acqui-hire hires the people bought with their company', () => {
  it.each([
    ['OpenAI Acqui-Hires Acme Team to Bolster Cloud Efforts', 'OpenAI has officially acqui-hired the three-person founding team behind Acme, a startup.'],
    ['OpenAI acqui-hires the founders of Acme', ''],
    ['OpenAI acquihires Acme’s staff', ''],
  ])('%s', (title, summary) => expect(moves(title, summary)).toEqual(['null:arrival']));

  it("another company's acqui-hire, or one that buys a product, is no OpenAI move", () => {
    expect(moves('Meta acqui-hires the team behind Acme')).toEqual([]);
    expect(moves('OpenAI acqui-hires its way into cloud tools', '')).toEqual([]);
  });
});

describe('everyday wordings probed beside the families', () => {
  it.each([
    ['OpenAI’s Jane Roe named chief operating officer', 'Jane Roe:role_change'],
    ['OpenAI’s new CFO Jane Roe named to the board', 'Jane Roe:arrival'],
    ['OpenAI’s Jane Roe to oversee new devices division', 'Jane Roe:role_change'],
    ['Jane Roe out at OpenAI', 'Jane Roe:departure'],
    ['OpenAI hardware chief leaves for startup', 'null:departure'],
    ['OpenAI safety lead departs for a stealth startup', 'null:departure'],
    ['OpenAI appoints first chief economist', 'null:arrival'],
  ])('%s', (title, move) => expect(moves(title)).toEqual([move]));

  it('no move where the words point elsewhere', () => {
    // Someone named at another company, or "out" in another sense.
    expect(moves('Meta’s Jane Roe named chief operating officer')).toEqual([]);
    expect(moves('Jane Roe speaks out at OpenAI event')).toEqual([]);
    expect(moves('Acme founder leaves for startup')).toEqual([]);
  });
});

it('a leave dated "at the end of the month" is a time, not a place left', () => {
  expect(moves('Big changes at the ChatGPT maker', 'OpenAI said Jane Roe will leave at the end of the month.')).toEqual(['Jane Roe:departure']);
  expect(moves('Big changes at the ChatGPT maker', 'OpenAI said Jane Roe will leave the EU at the end of the month.')).toEqual([]);
});

describe('a first-person quote names its speaker as the mover', () => {
  it.each([
    ['Leaving OpenAI', 'After six years, I am leaving OpenAI, Jane Roe wrote on X.'],
    ['Leaving', '"I have decided to leave OpenAI," said Jane Roe.'],
  ])('%s', (title, summary) => expect(moves(title, summary)).toEqual(['Jane Roe:departure']));

  it('a quote about staying, or one nobody is named for, stays as it was', () => {
    expect(moves('Staying', '"I am not leaving OpenAI," Jane Roe wrote on X.')).toEqual([]);
    expect(moves('Leaving OpenAI', 'I have decided to leave OpenAI.')).toEqual(['null:departure']);
  });
});

describe('described movers with a product between owner and job, and more job nouns', () => {
  it.each([
    ['OpenAI’s GPT-4o lead defects to Google', 'null:departure'],
    ['OpenAI’s Sora chief defects to Google', 'null:departure'],
    ['Key ChatGPT developer leaves OpenAI', 'null:departure'],
    ['OpenAI mainstay calls it quits', 'null:departure'],
    ['OpenAI adds former NSA director to board', 'null:arrival'],
    ['OpenAI adds ex-Treasury official to its board', 'null:arrival'],
  ])('%s', (title, move) => expect(moves(title)).toEqual([move]));

  it('developers in the plural are customers; a product owned elsewhere is elsewhere', () => {
    expect(moves('OpenAI developers leave for Anthropic’s API')).toEqual([]);
    expect(moves('Google’s Gemini lead defects to Meta')).toEqual([]);
    expect(moves('OpenAI adds new safety features to its board game app')).toEqual([]);
  });
});
