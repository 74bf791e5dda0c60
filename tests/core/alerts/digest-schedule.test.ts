import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, dueDigestDate, localTime, normaliseClockTime, parseClockTime } from '../../../src/core/alerts/digest-schedule.js';

const due = (iso: string, digestTime: string, timezone: string) => dueDigestDate(new Date(iso), { digestTime, timezone });

describe('digest schedule', () => {
  it('reads the wall clock of the zone', () => {
    expect(localTime(new Date('2024-05-17T23:30:00Z'), 'Europe/Paris')).toEqual({ date: '2024-05-18', minutes: 90 });
    expect(localTime(new Date('2024-05-17T03:00:00Z'), 'America/Los_Angeles')).toEqual({ date: '2024-05-16', minutes: 20 * 60 });
    expect(localTime(new Date('2024-05-17T00:00:00Z'), 'UTC')).toEqual({ date: '2024-05-17', minutes: 0 });
  });

  it('is due from the local time until the catch-up window closes, the same local day', () => {
    expect(due('2024-05-17T06:59:00Z', '09:00', 'Europe/Paris')).toBeUndefined();
    expect(due('2024-05-17T07:00:00Z', '09:00', 'Europe/Paris')).toBe('2024-05-17');
    expect(due('2024-05-17T09:59:00Z', '09:00', 'Europe/Paris')).toBe('2024-05-17');
    expect(due('2024-05-17T10:00:00Z', '09:00', 'Europe/Paris')).toBeUndefined(); // 3 h late: skip the day
    expect(due('2024-05-17T22:10:00Z', '23:30', 'Europe/Paris')).toBeUndefined();
    expect(due('2024-05-17T21:30:00Z', '23:30', 'Europe/Paris')).toBe('2024-05-17');
  });

  it('follows the zone across the spring-forward change (America/New_York, 10 March 2024)', () => {
    // 09:00 is 14:00 UTC under EST and 13:00 UTC under EDT.
    expect(due('2024-03-09T14:00:00Z', '09:00', 'America/New_York')).toBe('2024-03-09');
    expect(due('2024-03-10T12:59:00Z', '09:00', 'America/New_York')).toBeUndefined();
    expect(due('2024-03-10T13:00:00Z', '09:00', 'America/New_York')).toBe('2024-03-10');
    // 02:30 does not exist on 10 March: due from 03:00 EDT (07:00 UTC), not skipped.
    expect(due('2024-03-10T06:59:00Z', '02:30', 'America/New_York')).toBeUndefined();
    expect(due('2024-03-10T07:00:00Z', '02:30', 'America/New_York')).toBe('2024-03-10');
    expect(due('2024-03-11T06:30:00Z', '02:30', 'America/New_York')).toBe('2024-03-11');
  });

  it('names the same local date for both occurrences of a repeated hour (fall back, 3 November 2024)', () => {
    expect(due('2024-11-03T05:29:00Z', '01:30', 'America/New_York')).toBeUndefined();
    expect(due('2024-11-03T05:30:00Z', '01:30', 'America/New_York')).toBe('2024-11-03'); // 01:30 EDT
    expect(due('2024-11-03T06:30:00Z', '01:30', 'America/New_York')).toBe('2024-11-03'); // 01:30 EST, same date
  });

  it('handles Europe/Paris changes (31 March and 27 October 2024)', () => {
    expect(due('2024-03-31T00:59:00Z', '02:15', 'Europe/Paris')).toBeUndefined(); // 01:59 CET
    expect(due('2024-03-31T01:00:00Z', '02:15', 'Europe/Paris')).toBe('2024-03-31'); // 03:00 CEST
    expect(due('2024-10-27T00:30:00Z', '02:30', 'Europe/Paris')).toBe('2024-10-27'); // 02:30 CEST
    expect(due('2024-10-27T01:30:00Z', '02:30', 'Europe/Paris')).toBe('2024-10-27'); // 02:30 CET
  });

  it('validates times and zones', () => {
    expect(parseClockTime('09:00')).toBe(540);
    expect(parseClockTime('9:05')).toBe(545);
    expect(parseClockTime('23:59')).toBe(1439);
    for (const bad of ['24:00', '9', '09:60', '0900', 'nine', '', '09:00:00']) expect(parseClockTime(bad)).toBeUndefined();
    expect(normaliseClockTime('7:30')).toBe('07:30');
    expect(canonicalTimeZone('europe/paris')).toBe('Europe/Paris');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
    expect(canonicalTimeZone('')).toBeUndefined();
    expect(dueDigestDate(new Date(), { digestTime: 'bogus', timezone: 'UTC' })).toBeUndefined();
  });
});
