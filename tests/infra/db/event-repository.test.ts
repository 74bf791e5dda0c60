import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventRepository } from '../../../src/infra/db/event-repository.js';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';

let temp: TempDatabase;
let personId: number;
let articles: number[];

beforeEach(async () => {
  temp = await createTempDatabase();
  personId = (await temp.db.person.create({ data: { name: 'Lilian Weng', nameKey: 'lilian weng' } })).id;
  articles = [];
  for (const n of [1, 2]) {
    const url = `https://news.example/${n}`;
    articles.push((await temp.db.article.create({ data: { canonicalUrl: url, url, title: `t${n}`, titleKey: `t${n}`, source: 'x', contentHash: `h${n}` } })).id);
  }
});
afterEach(async () => temp.dispose());

const base = { type: 'departure' as const, circumstance: 'left' as const, role: 'VP of Research and Safety', team: 'Safety Systems', destination: null, confidence: 0.8, origin: 'detected' as const };

describe('event repository', () => {
  it('creates an event with its first source and finds it by person, type and date window', async () => {
    const events = createEventRepository(temp.db);
    const created = await events.create({ ...base, personId, occurredAt: new Date('2024-11-08T00:00:00Z'), source: { articleId: articles[0]!, evidence: 'Weng is leaving' } });
    expect(created).toMatchObject({ personId, type: 'departure', status: 'detected', confidence: 0.8 });
    const inWindow = await events.findNearby(personId, 'departure', new Date('2024-11-01T00:00:00Z'), new Date('2024-11-30T00:00:00Z'));
    expect(inWindow.map((e) => e.id)).toEqual([created.id]);
    expect(await events.findNearby(personId, 'arrival', new Date('2024-11-01T00:00:00Z'), new Date('2024-11-30T00:00:00Z'))).toEqual([]);
    expect(await events.findNearby(personId, 'departure', new Date('2024-12-01T00:00:00Z'), new Date('2024-12-30T00:00:00Z'))).toEqual([]);
    expect((await temp.db.eventSource.findFirstOrThrow()).evidence).toBe('Weng is leaving');
    expect((await temp.db.event.findFirstOrThrow()).origin).toBe('detected');
  });

  it('adds a source once, raising confidence and filling only the details given', async () => {
    const events = createEventRepository(temp.db);
    const created = await events.create({ ...base, personId, occurredAt: new Date('2024-11-08T00:00:00Z'), source: { articleId: articles[0]!, evidence: 'a' } });
    expect(await events.addSource(created.id, { articleId: articles[1]!, evidence: 'b' }, { confidence: 0.9, destination: 'Thinking Machines Lab' })).toBe(true);
    expect(await events.addSource(created.id, { articleId: articles[1]!, evidence: 'b again' }, { confidence: 0.95 })).toBe(false);
    const row = await temp.db.event.findUniqueOrThrow({ where: { id: created.id }, include: { sources: true } });
    expect(row).toMatchObject({ confidence: 0.9, destination: 'Thinking Machines Lab', role: 'VP of Research and Safety' });
    expect(row.sources).toHaveLength(2);
  });
});
