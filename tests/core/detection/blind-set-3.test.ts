// Rules added for the error classes the third blind set (unseen-3) exposed: returns told with a
// noun or "again", who moves where when two companies are named, commentary on a past ousting,
// names in Title Case headlines, successors and leaves, and the wider wording of arrivals.
// Names are invented where the rule is general, so the tests do not lean on the roster.
import { describe, expect, it } from 'vitest';
import { detectStaffingEvents } from '../../../src/core/detection/detect.js';
import { detectionThreshold } from '../../../src/core/detection/candidate.js';
import { affiliationOf } from '../../../src/core/detection/affiliation.js';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const moves = (title: string, summary = '', published = '2025-06-20') =>
  detectStaffingEvents({ title, summary, publishedAt: at(published) })
    .filter((c) => c.confidence >= detectionThreshold)
    .map((c) => `${c.personName ?? `(${c.moverDescription})`}:${c.type}${c.destination ? `>${c.destination}` : ''}`)
    .sort();

describe('returns', () => {
  it('"announces her return to OpenAI" points the noun at OpenAI, whoever employs the person now', () => {
    expect(moves("Jane Roe, Tesla's former AI chief, announces her return to OpenAI")).toEqual(['Jane Roe:return']);
  });

  it('joining OpenAI "again" is a return', () => {
    expect(moves('Google researcher Jane Roe has joined OpenAI again')).toEqual(['Jane Roe:return']);
  });
});

describe('who moves where when two companies are named', () => {
  it('an owner named in the possessive is no mover', () => {
    expect(moves("One of the first engineers at Max Poe's Acme Labs has left and returned to OpenAI", 'Jane Roe, a founding engineer at Acme Labs, left to return to her former employer and Acme rival OpenAI.', '2024-06-28'))
      .toEqual(['Jane Roe:return']);
    expect(moves('OpenAI Hires Former Acme CFO After Abrupt Exit', "In a move that sharpens the rivalry between OpenAI and Max Poe's Acme Labs, former Acme Labs CFO Jane Roe has joined OpenAI.", '2025-09-16'))
      .toEqual(['Jane Roe:arrival']);
  });

  it('someone the summary makes the subject of another deed is not the headline\'s mover', () => {
    expect(moves('An early Acme Labs employee has left and returned to OpenAI', 'Max Poe formally launched Acme Labs last year, and one of its first employees has already parted ways with it.', '2024-06-28'))
      .toEqual(['(An early Acme Labs employee):return']);
  });

  it('hired "from OpenAI" is an OpenAI departure, whoever hires', () => {
    expect(moves("Max Poe's AI lab poaches xAI cofounder Jane Roe from OpenAI", '', '2026-04-07')).toEqual(['Jane Roe:departure']);
  });

  it('a Title Case hire verb is no description of the person hired', () => {
    const title = 'Microsoft Hires Jane Roe Hours After OpenAI Rejects Her Return';
    expect(affiliationOf(title, title.indexOf('Jane'), title.indexOf(' Hours')).affiliation).toBe('none');
  });

  it('an aside between a company and its hire verb is not the hirer, and another company bringing someone back is its own comeback', () => {
    expect(moves('AI talent moves', "Microsoft, OpenAI's biggest investor, has hired Jane Roe to lead its consumer AI group.")).toEqual([]);
    expect(moves('Ex-Google engineers who founded a chatbot startup re-join company', "Alphabet, criticised for getting beaten to the chatbot craze by OpenAI's ChatGPT, is bringing back Jane Roe and Max Poe.")).toEqual([]);
  });

  it('returning to lead another company is no return to OpenAI, and its hire is no OpenAI arrival', () => {
    expect(moves('Former OpenAI researcher Jane Roe Returns to Helm Safe Superintelligence')).toEqual([]);
    expect(moves('Acme Labs changes course', "Acme Labs, the startup co-founded by OpenAI's former chief scientist, has a new leader after Meta successfully hired its CEO Jane Roe.")).toEqual([]);
  });
});

describe('commentary on a past ousting', () => {
  it('someone who helped oust a person, or wants someone to join, reports no move', () => {
    expect(moves("Max Poe Wants OpenAI's Cofounder To Join xAI After He Helped Fire CEO Jane Roe")).toEqual([]);
    expect(moves('Max Poe wants OpenAI researcher Jane Roe to join xAI')).toEqual([]);
  });

  it('an exit named together with its undoing is one past episode', () => {
    expect(moves("A documentary about OpenAI CEO Jane Roe's firing and rehiring is in the works")).toEqual([]);
    expect(moves('OpenAI director speaks', 'Three weeks after the sudden departure and subsequent return of OpenAI CEO Jane Roe, former director Max Poe said he is still puzzled.')).toEqual([]);
  });
});

describe('names, successors and leaves', () => {
  it('a Title Case headline verb or adjective is no name', () => {
    expect(moves('OpenAI Faces Exodus of Senior Executive Cites Ongoing Turmoil', 'The departure of OpenAI research chief Jane Roe has triggered an exodus.'))
      .toEqual(['Jane Roe:departure']);
  });

  it('an interim stand-in taking over from a leaver is covering, not moving', () => {
    expect(moves("OpenAI's Communications Reset as Jane Roe Prepares to Exit", "OpenAI's communications chief Jane Roe will leave in January. Interim VP Max Poe takes over.", '2025-12-16'))
      .toEqual(['Jane Roe:departure']);
  });

  it('a leave for treatment is a departure (a leave, not for good)', () => {
    const [leave] = detectStaffingEvents({ title: "OpenAI's Design Head Takes Leave for Cancer Treatment", summary: "OpenAI's Jane Roe steps away for cancer treatment.", publishedAt: at('2025-06-20') });
    expect(leave).toMatchObject({ personName: 'Jane Roe', type: 'departure', circumstance: 'sabbatical' });
  });

  it('an -ing move after a comma continues the subject opening the sentence', () => {
    expect(moves('Personal stories and health', "In recent news, Jane Roe, OpenAI's head of design, has shared her diagnosis, stepping away from her role as she begins treatment."))
      .toEqual(['Jane Roe:departure']);
  });

  it('"assuming the job of" is a role change, and "the corporate" is the company left', () => {
    expect(moves('OpenAI reshuffles its research leaders', 'The company also said that Max Poe is assuming the job of chief research officer.')).toEqual(['Max Poe:role_change']);
    expect(moves("OpenAI's research chief has left the corporate", "OpenAI's chief research officer Jane Roe left the corporate on Wednesday.")).toEqual(['Jane Roe:departure']);
  });
});

describe('the wider wording of arrivals', () => {
  it('"to serve as" and "take on a ... position" at OpenAI are an outsider\'s arrival', () => {
    expect(moves("Acme's Jane Roe to Serve as OpenAI Board Observer as Part of Partnership", 'Acme Fellow Jane Roe will take on a board observer position at OpenAI, reports Bloomberg.', '2024-07-02'))
      .toEqual(['Jane Roe:arrival']);
  });

  it('"joined from" names where the person came from', () => {
    expect(moves('OpenAI finance news', "Jane Roe, OpenAI's new chief financial officer, joined from Nextdoor this week.")).toEqual(['Jane Roe:arrival']);
  });

  it('"makes the move" in an OpenAI headline, and a name ended by a possessive or a capitalised verb', () => {
    expect(moves("Robot's Mom Just Joined OpenAI — RoboKit Creator Jane Roe Makes the Move", "This post is compiled from Jane Roe's blog and Reuters reporting.", '2026-02-15'))
      .toEqual(['Jane Roe:arrival']);
  });

  it('"the newest departures" are unnamed movers; a bare exodus or an announced reshuffle naming nobody is not', () => {
    expect(moves('OpenAI is suffering an exodus of senior talent', 'The newest departures leave OpenAI with only two of its original founders.', '2024-08-06'))
      .toEqual(['(The newest departures):departure']);
    expect(moves('OpenAI is suffering an exodus of senior talent', 'Talent keeps leaving.', '2024-08-06')).toEqual([]);
    expect(moves('OpenAI Buys a Startup and Shakes Up Leadership', 'Alongside the purchase, the company unveiled sweeping leadership changes.', '2025-09-03'))
      .toEqual([]);
    expect(moves('OpenAI rival shakes up', 'Meta, which trails OpenAI, announced leadership changes on Monday.', '2025-09-03')).toEqual([]);
  });

  it('a date in an aside closing the sentence belongs to what the aside describes, not to the move', () => {
    expect(moves('Jane Roe Steps Down From Nonprofit AI Group', 'Jane Roe will be stepping down from her role as chair of the board for OpenAI, a nonprofit organization she co-founded in late 2015.', '2018-02-21'))
      .toEqual(['Jane Roe:departure']);
  });
});
