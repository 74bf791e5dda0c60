// Roster tenure dates: parsing vague dates conservatively, the "left long before" window, and
// earlier stints (coming back is a return; an exit since undone is history weeks later).
import { describe, expect, it } from 'vitest';
import { leftLongBefore, tenureTime } from '../../../src/core/detection/known-tenure.js';
import { detectStaffingEvents } from '../../../src/core/detection/detect.js';
import { detectionThreshold } from '../../../src/core/detection/candidate.js';
import { buildRosterIndex } from '../../../src/core/detection/roster-index.js';

describe('tenureTime', () => {
  it('reads a year or month as its end when asked, so a vague exit never looks older', () => {
    expect(tenureTime('2018', 'end')).toBe(Date.UTC(2018, 11, 31));
    expect(tenureTime('2024-02', 'end')).toBe(Date.UTC(2024, 1, 29));
    expect(tenureTime('2024-02', 'start')).toBe(Date.UTC(2024, 1, 1));
    expect(tenureTime('2024-08-05', 'end')).toBe(Date.UTC(2024, 7, 5));
    expect(tenureTime('August 2024', 'end')).toBeUndefined();
    expect(tenureTime(undefined, 'end')).toBeUndefined();
  });
});

describe('leftLongBefore', () => {
  const entry = { name: 'Jane Roe', aliases: [], leftOpenAI: '2024-02' };
  it('needs a known exit about four months before the article', () => {
    expect(leftLongBefore(entry, new Date('2024-05-13'))).toBe(false);
    expect(leftLongBefore(entry, new Date('2024-08-01'))).toBe(true);
    expect(leftLongBefore(entry, null)).toBe(false);
    expect(leftLongBefore({ name: 'Max Poe', aliases: [] }, new Date('2030-01-01'))).toBe(false);
  });
});

describe('earlier stints', () => {
  // Invented people: Jane Roe left in 2018 and came back; Max Poe was out for four days.
  const roe = { name: 'Jane Roe', aliases: ['Roe'], earlierStints: [{ joined: '2016', left: '2018-03' }], joinedOpenAI: '2024-05-01' };
  const poe = { name: 'Max Poe', aliases: ['Poe'], earlierStints: [{ left: '2024-01-10' }], joinedOpenAI: '2024-01-14' };
  const rosterIndex = buildRosterIndex([roe, poe]);
  const moves = (title: string, published: string) =>
    detectStaffingEvents({ title, summary: '', publishedAt: new Date(`${published}T12:00:00Z`) }, { rosterIndex })
      .filter((c) => c.confidence >= detectionThreshold)
      .map((c) => `${c.personName}:${c.type}`);

  it('are out between stints and back after, for the "left long before" window too', () => {
    expect(leftLongBefore(roe, new Date('2020-01-01'))).toBe(true);
    expect(leftLongBefore(roe, new Date('2024-05-02'))).toBe(false);
    expect(leftLongBefore(poe, new Date('2024-06-01'))).toBe(false);
  });

  it('make joining OpenAI again a return', () => {
    expect(moves('Jane Roe joins OpenAI to lead a new research team', '2024-05-02')).toEqual(['Jane Roe:return']);
  });

  it('make an exit the person has since come back from history weeks later, but not at the time or months later', () => {
    expect(moves('Microsoft hires Max Poe after OpenAI board fires him', '2024-01-12')).toEqual(['Max Poe:departure']);
    expect(moves('Max Poe returns to OpenAI', '2024-01-15')).toEqual(['Max Poe:return']);
    expect(moves('Why was Max Poe forced out by the OpenAI board?', '2024-02-10')).toEqual([]);
    expect(moves("A podcast on Max Poe's return to OpenAI", '2024-02-10')).toEqual([]);
    expect(moves('Max Poe leaves OpenAI', '2024-02-10')).toEqual(['Max Poe:departure']);
    expect(moves('Max Poe takes a sabbatical', '2024-09-10')).toEqual(['Max Poe:departure']);
  });
});
