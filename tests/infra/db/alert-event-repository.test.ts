import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';
import { createAlertEventRepository } from '../../../src/infra/db/alert-event-repository.js';
import type { AlertEventRepository } from '../../../src/core/alerts/ports.js';
import { addArticle, addEvent, addSource } from '../../core/alerts/fixtures.js';

describe('alert event repository', () => {
  let temp: TempDatabase;
  let events: AlertEventRepository;
  beforeEach(async () => {
    temp = await createTempDatabase();
    events = createAlertEventRepository(temp.db);
  });
  afterEach(async () => temp.dispose());

  it('reads an event with its person and every source', async () => {
    const id = await addEvent(temp.db, { name: 'Jan Leike', destination: 'Anthropic', outlets: ['The Verge', 'Vox'] });
    const event = await events.get(id);
    expect(event).toMatchObject({ id, type: 'departure', circumstance: 'resigned', destination: 'Anthropic', status: 'detected', origin: 'detected', datePrecision: 'day', person: { name: 'Jan Leike' } });
    expect(event!.sources.map((s) => s.outlet)).toEqual(['The Verge', 'Vox']);
    expect(await events.get(999)).toBeNull();
  });

  it('lists recent detected, not rejected events for reconciliation and digests', async () => {
    const recent = await addEvent(temp.db, { createdAt: new Date('2024-05-17T10:00:00Z') });
    await addEvent(temp.db, { name: 'Old', createdAt: new Date('2024-05-15T10:00:00Z') });
    await addEvent(temp.db, { name: 'Seeded', origin: 'seed', createdAt: new Date('2024-05-17T10:00:00Z') });
    await addEvent(temp.db, { name: 'Rejected', status: 'rejected', createdAt: new Date('2024-05-17T10:00:00Z') });
    expect((await events.listDetectedSince(new Date('2024-05-16T12:00:00Z'))).map((e) => e.id)).toEqual([recent]);
    expect((await events.listMoves(new Date('2024-05-16T12:00:00Z'), new Date('2024-05-17T12:00:00Z'))).map((e) => e.id)).toEqual([recent]);
    expect(await events.listMoves(new Date('2024-05-16T12:00:00Z'), new Date('2024-05-17T10:00:00Z'))).toEqual([]); // end excluded
  });

  it('lists feed articles of the window that back an event, once each', async () => {
    const id = await addEvent(temp.db, { outlets: ['The Verge'] });
    await addSource(temp.db, id, 'Old Archive', 'backfill');
    await addArticle(temp.db, { outlet: 'Unrelated' });
    const articles = await events.listNotableArticles(new Date('2024-05-17T00:00:00Z'), new Date('2024-05-18T00:00:00Z'), 5);
    expect(articles.map((a) => [a.outlet, a.personName])).toEqual([['The Verge', 'Jan Leike']]);
  });

  it('sets the moderation status', async () => {
    const id = await addEvent(temp.db);
    expect(await events.setStatus(id, 'confirmed')).toBe(true);
    expect((await events.get(id))!.status).toBe('confirmed');
    expect(await events.setStatus(999, 'rejected')).toBe(false);
  });
});
