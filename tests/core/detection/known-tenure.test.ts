// Roster tenure dates: parsing vague dates conservatively and the "left long before" window.
import { describe, expect, it } from 'vitest';
import { leftLongBefore, tenureTime } from '../../../src/core/detection/known-tenure.js';

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
