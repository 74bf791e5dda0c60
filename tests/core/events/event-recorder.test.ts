// The recorder against a real SQLite database through the Prisma repositories: detection,
// clustering into one event with many sources, origins, profile updates, idempotency.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventRecorder, type EventRecorder } from '../../../src/core/events/event-recorder.js';
import type { StoredArticle } from '../../../src/core/pipeline.js';
import { createEventRepository } from '../../../src/infra/db/event-repository.js';
import { createPersonRepository } from '../../../src/infra/db/person-repository.js';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';

let temp: TempDatabase;
let recorder: EventRecorder;
let next = 1;

beforeEach(async () => {
  temp = await createTempDatabase();
  recorder = createEventRecorder({ events: createEventRepository(temp.db), people: createPersonRepository(temp.db) });
});
afterEach(async () => temp.dispose());

async function article(title: string, summary: string, publishedAt: string, origin: StoredArticle['origin'] = 'feed'): Promise<StoredArticle> {
  const n = next++;
  const url = `https://news.example/${n}`;
  const row = await temp.db.article.create({
    data: { canonicalUrl: url, url, title, titleKey: title.toLowerCase(), summary, publishedAt: new Date(publishedAt), source: 'news.example', contentHash: `h${n}`, origin },
  });
  return { id: row.id, url, canonicalUrl: url, title, summary, publishedAt: row.publishedAt, source: row.source, feedId: null, fetchedAt: row.fetchedAt, origin };
}

describe('event recorder', () => {
  it('creates one event per move and adds later reports as sources with rising confidence', async () => {
    const first = await recorder.record(await article('OpenAI co-founder John Schulman leaves for Anthropic', 'Schulman said he made the difficult decision to leave OpenAI.', '2024-08-06T00:00:00Z'));
    expect(first).toEqual([{ kind: 'created', eventId: expect.any(Number), origin: 'feed' }]);
    const [event] = await temp.db.event.findMany({ include: { person: true, sources: true } });
    expect(event).toMatchObject({ type: 'departure', destination: 'Anthropic', origin: 'detected', status: 'detected' });
    expect(event!.person.name).toBe('John Schulman');
    expect(event!.person).toMatchObject({ leftAt: new Date('2024-08-06T00:00:00Z'), destination: 'Anthropic', team: 'Alignment' });

    const second = await recorder.record(await article('John Schulman departs OpenAI to join rival Anthropic', '', '2024-08-07T00:00:00Z'));
    expect(second).toEqual([{ kind: 'source_added', eventId: event!.id, origin: 'feed' }]);
    const after = await temp.db.event.findUniqueOrThrow({ where: { id: event!.id }, include: { sources: true } });
    expect(after.sources).toHaveLength(2);
    expect(after.confidence).toBeGreaterThan(event!.confidence);
    expect(await temp.db.event.count()).toBe(1);
  });

  it('keeps moves far apart in time, or of another type, separate', async () => {
    await recorder.record(await article('OpenAI president Greg Brockman quits over Sam Altman firing', '', '2023-11-17T00:00:00Z'));
    await recorder.record(await article('Greg Brockman is taking a sabbatical from OpenAI', '', '2024-08-05T00:00:00Z'));
    await recorder.record(await article('Greg Brockman returns to OpenAI after three-month sabbatical', '', '2024-11-12T00:00:00Z'));
    const events = await temp.db.event.findMany({ where: { person: { name: 'Greg Brockman' } }, orderBy: { occurredAt: 'asc' } });
    expect(events.map((e) => e.type)).toEqual(['departure', 'departure', 'return']);
    const brockman = await temp.db.person.findUniqueOrThrow({ where: { name: 'Greg Brockman' }, include: { aliases: true } });
    expect(brockman.leftAt).toBeNull(); // back at OpenAI
    expect(brockman.aliases.map((a) => a.alias)).toContain('Brockman');
  });

  it('marks backfilled history as such and records nothing for articles without a move', async () => {
    expect(await recorder.record(await article('OpenAI launches GPT-4o', 'Users left impressed.', '2024-05-13T00:00:00Z'))).toEqual([]);
    const changes = await recorder.record(await article('Andrej Karpathy leaves OpenAI again', '', '2024-02-14T00:00:00Z', 'backfill'));
    expect(changes).toEqual([{ kind: 'created', eventId: expect.any(Number), origin: 'backfill' }]);
    expect((await temp.db.event.findFirstOrThrow()).origin).toBe('backfill');
  });

  it('uses the date stated in the article and finds people by alias and misspelling', async () => {
    await recorder.record(await article('OpenAI fires researchers Leopold Aschenbrenner and Pavel Ismailov', '', '2024-04-12T00:00:00Z'));
    const izmailov = await temp.db.person.findUniqueOrThrow({ where: { nameKey: 'pavel izmailov' }, include: { events: true } });
    expect(izmailov.events[0]!.circumstance).toBe('fired');
    await recorder.record(await article('Safety researcher speaks', 'William Saunders wrote: "I resigned from OpenAI on February 15, 2024."', '2024-05-17T00:00:00Z'));
    const saunders = await temp.db.event.findFirstOrThrow({ where: { person: { name: 'William Saunders' } } });
    expect(saunders.occurredAt.toISOString()).toBe('2024-02-15T00:00:00.000Z');
  });

  it('adds a source to a seed event instead of duplicating it, and never twice for one article', async () => {
    const person = await temp.db.person.create({ data: { name: 'Jan Leike', nameKey: 'jan leike' } });
    const seedArticle = await article('seed', '', '2024-05-17T00:00:00Z', 'seed');
    const seed = await temp.db.event.create({
      data: { personId: person.id, type: 'departure', circumstance: 'resigned', occurredAt: new Date('2024-05-15T00:00:00Z'), confidence: 1, status: 'confirmed', origin: 'seed', sources: { create: { articleId: seedArticle.id, evidence: 'seed' } } },
    });
    const report = await article('OpenAI safety co-lead Jan Leike resigns', '', '2024-05-17T00:00:00Z');
    expect(await recorder.record(report)).toEqual([{ kind: 'source_added', eventId: seed.id, origin: 'feed' }]);
    expect(await recorder.record(report)).toEqual([]);
    expect((await temp.db.event.findUniqueOrThrow({ where: { id: seed.id } })).confidence).toBe(1);
  });

  it('serialises concurrent reports of one move into one event', async () => {
    const a = await article('Lilian Weng leaves OpenAI', '', '2024-11-09T00:00:00Z');
    const b = await article("OpenAI's VP of research and safety Lilian Weng is leaving", '', '2024-11-09T00:00:00Z');
    const [ca, cb] = await Promise.all([recorder.record(a), recorder.record(b)]);
    expect([...ca, ...cb].map((c) => c.kind).sort()).toEqual(['created', 'source_added']);
    expect(await temp.db.event.count()).toBe(1);
  });

  it('creates nothing for a move whose mover is unnamed, logs it, and lets the named report create the event', async () => {
    const seen: { fields: Record<string, unknown>; message: string }[] = [];
    const logged = createEventRecorder({
      events: createEventRepository(temp.db),
      people: createPersonRepository(temp.db),
      log: { info: (fields, message) => seen.push({ fields, message }) },
    });
    expect(await logged.record(await article('OpenAI Devices Chief Resigns Over Product Delays', '', '2025-06-20T00:00:00Z'))).toEqual([]);
    expect(await temp.db.event.count()).toBe(0);
    expect(await temp.db.person.count()).toBe(0);
    expect(seen).toEqual([{ fields: expect.objectContaining({ type: 'departure', mover: 'OpenAI Devices Chief' }), message: 'unnamed move seen' }]);

    const named = await logged.record(await article('OpenAI devices chief Jane Roe resigns', '', '2025-06-21T00:00:00Z'));
    expect(named).toEqual([{ kind: 'created', eventId: expect.any(Number), origin: 'feed' }]);
    expect(seen.at(-1)?.message).toBe('staffing event detected');
  });

  it('does not alert on a rejected move reported again', async () => {
    const [created] = await recorder.record(await article('Mira Murati leaves OpenAI', '', '2024-09-25T00:00:00Z'));
    await temp.db.event.update({ where: { id: created!.eventId }, data: { status: 'rejected' } });
    expect(await recorder.record(await article('OpenAI CTO Mira Murati resigns', '', '2024-09-26T00:00:00Z'))).toEqual([]);
    expect(await temp.db.eventSource.count({ where: { eventId: created!.eventId } })).toBe(2);
  });
});
