// Builds MoveRecords for the pure saga tests, without a database.
import type { MoveRecord } from '../../../src/core/saga/ports.js';

let nextId = 1;

export function move(partial: Partial<MoveRecord> & Pick<MoveRecord, 'personName' | 'occurredAt'>): MoveRecord {
  const id = partial.id ?? nextId++;
  return {
    id,
    personId: id,
    type: 'departure',
    circumstance: 'resigned',
    datePrecision: 'day',
    role: null,
    team: null,
    destination: null,
    status: 'confirmed',
    origin: 'detected',
    confidence: 0.9,
    sourceCount: 1,
    source: { articleId: id, title: 'A story', url: `https://news.example/${id}`, outlet: 'News', publishedAt: partial.occurredAt, evidence: 'They left.' },
    ...partial,
  };
}

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
