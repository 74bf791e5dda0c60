// Rules added for the error classes of the sixth blind set (a natural sample) and the misses the
// fourth and fifth still had: a role change told as "X to lead Y", "assumed leadership of",
// responsibilities absorbed or taken on. Invented headlines, one rule each, each with a negative.
import { describe, expect, it } from 'vitest';
import { detectedMoves } from '../../helpers/detected-moves.js';

const moves = (title: string, summary = '', published = '2025-03-10') => detectedMoves(title, summary, published);

describe('role changes', () => {
  it('a headline "<Name> to lead <area>" is a role change', () => {
    expect(moves('Shake-up at OpenAI: Jane Roe to Lead Consumer Devices')).toEqual(['Jane Roe:role_change']);
    // A hirer before the name makes it a hire, told by the hire rules, not this one.
    expect(moves('Anthropic Taps Jane Roe to Lead Its Research Arm')).toEqual([]);
    // "to lead" after anything but a name opening the headline is no move of anyone's.
    expect(moves('OpenAI plans to lead on AI safety, says Jane Roe')).toEqual([]);
  });

  it('assuming the leadership of something is a role change', () => {
    expect(moves('A new chapter at OpenAI', 'OpenAI president Jane Roe has assumed leadership of the company\'s device effort.')).toEqual(['Jane Roe:role_change']);
    expect(moves('A new chapter at OpenAI', 'OpenAI president Jane Roe has assumed that the device will ship next year.')).toEqual([]);
  });

  it('absorbing or taking on further responsibilities is a role change', () => {
    expect(moves('OpenAI reorganises', 'OpenAI said COO Jane Roe will take on expanded responsibilities across sales.')).toEqual(['Jane Roe:role_change']);
    expect(moves('OpenAI reorganises', 'At OpenAI, Jane Roe is absorbing research duties as the company grows.')).toEqual(['Jane Roe:role_change']);
    expect(moves('OpenAI reorganises', 'At OpenAI, Jane Roe is absorbing the lessons of the launch.')).toEqual([]);
  });

  it("a transition to a post (not a company) is a role change", () => {
    expect(moves('Inside the OpenAI org chart', "OpenAI is changing course, with Jason Kwon's transition to a new role in partnerships.")).toEqual(['Jason Kwon:role_change']);
    // Toward a company it stays an exit.
    expect(moves('Inside the OpenAI org chart', "OpenAI researcher Jane Roe's transition to Anthropic surprised colleagues.")).toEqual(['Jane Roe:departure']);
  });

  it("a company widening someone's remit changes their role", () => {
    expect(moves('OpenAI streamlines', "OpenAI expanded CFO Jane Roe's portfolio to include the data centre build-out.")).toEqual(['Jane Roe:role_change']);
    expect(moves('OpenAI streamlines', "OpenAI expanded Jane Roe's startup programme to Europe.")).toEqual([]);
  });
});

describe('unnamed hires', () => {
  it('a company a counted group was hired from is not their hirer', () => {
    expect(moves('OpenAI raids a rival lab', 'The AI giant has quietly recruited two senior engineers from Mistral.')).toEqual(['null:arrival']);
    // Named as the hirer, the other company's hire is no OpenAI move.
    expect(moves('OpenAI raids a rival lab', 'Mistral has quietly recruited two senior engineers from Cohere.')).toEqual([]);
  });

  it('"by hiring" a counted group reports the hire done', () => {
    expect(moves('OpenAI answers the talent war', 'OpenAI responded by hiring five researchers from Google DeepMind.')).toEqual(['null:arrival']);
    // Without a number it is a strategy.
    expect(moves('OpenAI answers the talent war', 'OpenAI hopes to respond by hiring researchers from Google DeepMind.')).toEqual([]);
  });
});

describe('unnamed movers told with more words', () => {
  it('a relative clause between a described mover and the verb describes the mover', () => {
    expect(moves('OpenAI winds down its policy lab', 'OpenAI closed the lab, and three researchers who had run its projects have resigned.')).toEqual(['null:departure']);
    // A relative clause that is itself the move ("who have recently left") is no main verb.
    expect(moves('OpenAI winds down its policy lab', 'Two OpenAI researchers who have recently left are now speaking out.')).toEqual([]);
  });

  it('leaving one company to join OpenAI is an arrival, also after a relative clause', () => {
    expect(moves('Big hire for the ChatGPT maker', 'A veteran Google engineer who built its search ranking is leaving the company to join OpenAI.')).toEqual(['null:arrival']);
  });

  it('leaving to build something at OpenAI is an arrival', () => {
    expect(moves('Microsoft Executive Behind Xbox Cloud Leaves to Lead Gaming Effort at OpenAI')).toEqual(['null:arrival']);
    // Leaving OpenAI to build elsewhere is no arrival.
    expect(moves('OpenAI Researcher Leaves to Build a Robotics Startup')).toEqual(['null:departure']);
  });
});

describe('unnamed departures', () => {
  it('"at least three" counts a group of movers', () => {
    expect(moves('Turmoil at OpenAI', 'At least four senior engineers have left the company since the reorganisation.', '2024-05-20')).toEqual(['null:departure']);
    expect(moves('Turmoil at OpenAI', 'At least four senior engineers have asked about the reorganisation.', '2024-05-20')).toEqual([]);
  });

  it('each listed move keeps its own date', () => {
    expect(moves('Turnover at the top of OpenAI', 'One director just left, another took a sabbatical, and two researchers quit the company last year.', '2024-05-20')).toEqual(['null:departure']);
    // The old date in the mover's own clause still makes it background.
    expect(moves('Turnover at the top of OpenAI', 'One director left the company last year.', '2024-05-20')).toEqual([]);
  });

  it('"the departure of <described staff>" is the move of the staff it describes', () => {
    expect(moves('OpenAI confirms the resignation of its robotics lead')).toEqual(['null:departure']);
    // A plural without a number is a trend, and "after" makes it backdrop.
    expect(moves('OpenAI grapples with the departure of executives')).toEqual([]);
    expect(moves('OpenAI ships a model after the departure of its robotics lead')).toEqual([]);
  });
});

describe('hires told as additions and bringings', () => {
  it('"the addition of A, B and C to its team" is each one\'s arrival', () => {
    expect(moves('OpenAI grows its policy shop', 'OpenAI has announced the addition of Jane Roe and Max Poe to its policy team.')).toEqual(['Jane Roe:arrival', 'Max Poe:arrival']);
    // An addition to a product is no hire.
    expect(moves('OpenAI grows its policy shop', 'OpenAI has announced the addition of Canvas Mode to its ChatGPT app.')).toEqual([]);
  });

  it('bringing someone as a role is hiring them', () => {
    expect(moves('OpenAI fills a new post', 'OpenAI has brought a veteran retail executive as its chief commerce officer.')).toEqual(['null:arrival']);
    expect(moves('OpenAI fills a new post', 'OpenAI has brought its newest model as a preview to Europe.')).toEqual([]);
  });

  it("a pronoun's contraction (he'll) still binds the move to the name before it", () => {
    expect(moves('OpenAI loses another leader', "OpenAI co-founder Jane Roe announced that she'll be on sabbatical for the rest of the year.")).toEqual(['Jane Roe:departure']);
  });
});

describe('an unnamed reshuffle', () => {
  it('a reshuffle with no mover the text points at is no move (the labelling rule since the second review)', () => {
    expect(moves('OpenAI executive reshuffle')).toEqual([]);
    expect(moves('Changes at the top', 'OpenAI is reshuffling its executive team ahead of a listing.')).toEqual([]);
    // A named mover in the reshuffle is still the news.
    expect(moves('OpenAI executive reshuffle', 'OpenAI COO Jane Roe will take on expanded responsibilities across sales.')).toEqual(['Jane Roe:role_change']);
  });

  it('a role split between two people is an unnamed role change', () => {
    expect(moves('OpenAI splits its chief sales role between two executives')).toEqual(['null:role_change']);
    expect(moves('OpenAI splits the bill between two partners')).toEqual([]);
  });
});

describe('recaps', () => {
  it("a hire told as one of a company's deeds in a participle, under a headline reporting no move, is a recap", () => {
    expect(moves('OpenAI Unveils Its First Smart Speaker', 'OpenAI has pushed into consumer hardware, hiring designer Jane Roe and buying a chip startup.')).toEqual([]);
    // Under a headline that reports the hire, the same words are the news.
    expect(moves('OpenAI hires designer Jane Roe', 'OpenAI has pushed into consumer hardware, hiring designer Jane Roe and buying a chip startup.')).toEqual(['Jane Roe:arrival']);
  });
});
