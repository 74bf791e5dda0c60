import { describe, expect, it } from 'vitest';
import { combineConfidence, matchEvent, profilePatch, windowOf } from '../../../src/core/events/clustering.js';
import type { EventRecord, PersonProfile } from '../../../src/core/events/ports.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const event = (over: Partial<EventRecord>): EventRecord => ({
  id: 1, personId: 1, type: 'departure', circumstance: 'left', occurredAt: d('2024-05-15'), role: null, team: null, destination: null, confidence: 0.8, status: 'detected', ...over,
});
const empty: PersonProfile = { role: null, team: null, joinedAt: null, leftAt: null, destination: null };

describe('matchEvent', () => {
  it('joins reports of the same person and type within the window, nearest first', () => {
    const near = event({ id: 1, occurredAt: d('2024-05-15') });
    const nearer = event({ id: 2, occurredAt: d('2024-05-27') });
    expect(matchEvent({ type: 'departure' }, d('2024-05-28'), [near, nearer])?.id).toBe(2);
    expect(matchEvent({ type: 'departure' }, d('2024-07-01'), [near])).toBeUndefined();
    expect(matchEvent({ type: 'return' }, d('2024-05-16'), [near])).toBeUndefined();
  });

  it('keeps returns tight and role changes with different roles apart', () => {
    expect(matchEvent({ type: 'return' }, d('2023-12-10'), [event({ type: 'return', occurredAt: d('2023-11-21') })])).toBeUndefined();
    const promoted = event({ type: 'role_change', role: 'Chief Research Officer', occurredAt: d('2025-03-24') });
    expect(matchEvent({ type: 'role_change', role: 'chief research officer' }, d('2025-03-25'), [promoted])?.id).toBe(1);
    expect(matchEvent({ type: 'role_change', role: 'Chief Scientist' }, d('2025-03-25'), [promoted])).toBeUndefined();
    expect(matchEvent({ type: 'role_change' }, d('2025-03-25'), [promoted])?.id).toBe(1);
  });

  it('gives each type its own search window', () => {
    const w = windowOf('departure', d('2024-05-15'));
    expect(w.from.toISOString()).toBe('2024-04-15T00:00:00.000Z');
    expect(w.to.toISOString()).toBe('2024-06-14T00:00:00.000Z');
  });
});

describe('combineConfidence', () => {
  it('rises with each source, stays below certainty, keeps certainty', () => {
    const two = combineConfidence(0.6, 0.6);
    expect(two).toBeGreaterThan(0.6);
    expect(combineConfidence(two, 0.6)).toBeGreaterThan(two);
    expect(combineConfidence(0.98, 0.99)).toBeLessThanOrEqual(0.99);
    expect(combineConfidence(1, 0.5)).toBe(1);
    expect(combineConfidence(0.9, 0.1)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('profilePatch', () => {
  it('records a departure with its destination, and a later return clears it', () => {
    const left = profilePatch(empty, { type: 'departure', occurredAt: d('2024-08-05'), role: null, team: 'Alignment', destination: 'Anthropic' });
    expect(left).toEqual({ leftAt: d('2024-08-05'), destination: 'Anthropic', team: 'Alignment' });
    const back = profilePatch({ ...empty, leftAt: d('2024-08-05'), destination: 'Anthropic' }, { type: 'return', occurredAt: d('2024-11-12'), role: 'President', team: null, destination: null });
    expect(back).toEqual({ leftAt: null, destination: null, role: 'President' });
  });

  it('does not let an older departure overwrite a newer one, and changes nothing twice', () => {
    const profile = { ...empty, leftAt: d('2024-09-25'), destination: 'Thinking Machines' };
    expect(profilePatch(profile, { type: 'departure', occurredAt: d('2023-11-17'), role: null, team: null, destination: 'Microsoft' })).toEqual({});
    expect(profilePatch(profile, { type: 'departure', occurredAt: d('2024-09-25'), role: null, team: null, destination: 'Thinking Machines' })).toEqual({});
  });

  it('sets joinedAt and role on arrival, role on a role change', () => {
    expect(profilePatch(empty, { type: 'arrival', occurredAt: d('2024-06-10'), role: 'CFO', team: null, destination: null })).toEqual({ joinedAt: d('2024-06-10'), role: 'CFO' });
    expect(profilePatch({ ...empty, role: 'Director of Research' }, { type: 'role_change', occurredAt: d('2024-05-14'), role: 'Chief Scientist', team: null, destination: null })).toEqual({ role: 'Chief Scientist' });
  });
});
