// Rules added after the fifth blind set: plainly named arrivals the name shape missed (a short
// all-caps surname, a title-case job noun before the name, the name only in the summary), places
// taken for people, and petitions or threats read as moves. Invented headlines, one rule each.
import { describe, expect, it } from 'vitest';
import { detectStaffingEvents } from '../../../src/core/detection/detect.js';
import { detectionThreshold } from '../../../src/core/detection/candidate.js';

const published = new Date('2025-03-10T12:00:00Z');
const detect = (title: string, summary = '') =>
  detectStaffingEvents({ title, summary, publishedAt: published }).filter((c) => c.confidence >= detectionThreshold);
const moves = (title: string, summary = '') => detect(title, summary).map((c) => `${c.personName}:${c.type}`).sort();

describe('named arrivals', () => {
  it('a short all-caps surname closes a name', () => {
    expect(moves('OpenAI Hires Priya MK as Chief Data Officer', 'Priya MK will lead the data team.')).toEqual(['Priya MK:arrival']);
    // Acronyms after a name are no surname.
    expect(moves('OpenAI hires Jane Roe as HR chief')).toEqual(['Jane Roe:arrival']);
  });

  it('a Title Case job noun before the name describes the named mover', () => {
    expect(moves('OpenAI Taps Seasoned Strategist Dana Wolfe As Communications Chief', 'The appointment comes as the company grows.').map((m) => m.split(':')[0])).toEqual(['Dana Wolfe']);
  });

  it("the summary names a headline's hire described as the company's new role", () => {
    expect(moves('OpenAI hires Asian top lobbyist', 'Kenji Arata, the company\'s new head of Asian policy, will build a team in Tokyo.')).toEqual(['Kenji Arata:arrival']);
  });

  it("the summary names a headline's leaver once on OpenAI's staff, and the name wins over the description", () => {
    const found = detect('OpenAI engineer quits, calling the company chaotic', "Marta Lindqvist, once a key engineer behind OpenAI's search product, has written about life inside the company.");
    expect(found.map((c) => `${c.personName}:${c.type}`)).toEqual(['Marta Lindqvist:departure']);
  });
});

describe('places are no people', () => {
  it('a region in a job title is not the hire', () => {
    const found = detect('OpenAI recruits former Uber leader for expansion', 'OpenAI has recruited an executive from Uber to serve as its first director for Latin America and the Middle East.');
    expect(found.map((c) => c.personName)).toEqual([null]);
  });
});

describe('petitions and threats', () => {
  it('what protesters want along with something else is not done', () => {
    expect(detect('Staff threaten to walk out at OpenAI', 'They demanded the reinstatement of the chief executive, along with the return of co-founder Greg Brockman.')).toEqual([]);
  });

  it('calling on a board to resign over a firing is no move of the fired', () => {
    expect(detect('OpenAI researchers ask the board to resign over Jane Roe’s firing')).toEqual([]);
    expect(detect('Petition at OpenAI', 'Researchers have called on the company’s board of directors to resign following the dismissal of Jane Roe.')).toEqual([]);
  });

  it('a plan told in the past tense was not carried out', () => {
    expect(detect('Meta hired Google engineer who planned to join OpenAI')).toEqual([]);
  });
});
