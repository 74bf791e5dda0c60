// Rules added for the error classes the third blind set (unseen-3) exposed: returns told with a
// noun or "again", who moves where when two companies are named, commentary on a past ousting,
// names in Title Case headlines, successors and leaves, and the wider wording of arrivals.
// Names are invented where the rule is general, so the tests do not lean on the roster.
import { describe, expect, it } from 'vitest';
import { detectStaffingEvents } from '../../../src/core/detection/detect.js';
import { detectionThreshold } from '../../../src/core/detection/candidate.js';

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
