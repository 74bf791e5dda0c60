// The saga read side against a real SQLite file: rejected events invisible everywhere, the best
// source chosen per event, aggregates computed in SQL, people found by key ranges.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roster } from '../../../src/core/detection/roster.js';
import { seedSagaHistory } from '../../../src/core/saga/seed-saga.js';
import { createSagaRepository } from '../../../src/infra/db/saga-repository.js';
import { createSeedRepository } from '../../../src/infra/db/seed-repository.js';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';

describe('saga repository', () => {
  let temp: TempDatabase;
  beforeAll(async () => {
    temp = await createTempDatabase();
    await seedSagaHistory(createSeedRepository(temp.db), roster);
  });
  afterAll(() => temp.dispose());

  it('prefers a source with a web address, and counts them all', async () => {
    const repository = createSagaRepository(temp.db);
    const [leike] = await repository.listMoves({ type: 'departure' }, { order: 'desc', limit: 1 });
    expect(leike).toMatchObject({ personName: 'Jan Leike', sourceCount: 2, source: { outlet: 'Vox' } });
    expect(leike!.source!.url).toMatch(/^https:\/\/www\.vox\.com\//);
  });

  it('hides rejected events from every query', async () => {
    const repository = createSagaRepository(temp.db);
    const event = await temp.db.event.findFirstOrThrow({ where: { person: { name: 'Cullen O\'Keefe' } } });
    await temp.db.event.update({ where: { id: event.id }, data: { status: 'rejected' } });
    try {
      expect((await repository.span({})).count).toBe(11);
      expect(await repository.countPeople({})).toBe(9);
      expect(await repository.listTeams()).not.toContain('Policy');
      expect(await repository.findMove(event.id)).toBeNull();
      expect(await repository.listSources(event.id, 10)).toEqual([]);
      expect((await repository.countByMonth({}, 12)).find((r) => r.key === '2024-04')!.count).toBe(3);
      expect((await repository.listMoves({}, { order: 'asc', limit: 50 })).map((m) => m.id)).not.toContain(event.id);
    } finally {
      await temp.db.event.update({ where: { id: event.id }, data: { status: 'confirmed' } });
    }
  });

  it('aggregates by type, team and month in SQL, with filters', async () => {
    const repository = createSagaRepository(temp.db);
    expect(await repository.countByType({})).toEqual([
      { key: 'departure', count: 9 },
      { key: 'return', count: 2 },
      { key: 'role_change', count: 1 },
    ]);
    expect(await repository.countByTeam({ type: 'departure' }, 2)).toEqual([
      { key: 'Superalignment', count: 5 },
      { key: 'Leadership', count: 2 },
    ]);
    expect(await repository.countByMonth({ since: new Date('2024-02-01T00:00:00Z'), before: new Date('2024-05-01T00:00:00Z') }, 12)).toEqual([
      { key: '2024-04', count: 4 },
      { key: '2024-02', count: 1 },
    ]);
  });

  it('finds people by name, alias and key prefix', async () => {
    const repository = createSagaRepository(temp.db);
    expect((await repository.findPersonByKey('cocateo'))!.name).toBe('Daniel Kokotajlo');
    expect(await repository.findPersonByKey('nobody')).toBeNull();
    const found = await repository.searchPeopleByPrefix('il', 10);
    expect(found.map((p) => `${p.name}:${p.key}`)).toEqual(['Ilya Sutskever:ilya sutskever', 'Ilya Sutskever:ilya', 'Ilya Sutskever:ilya sutskevar']);
    expect((await repository.listPersonNames()).length).toBeGreaterThan(10);
  });
});
