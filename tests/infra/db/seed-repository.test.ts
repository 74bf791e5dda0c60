// Seeding against a real SQLite file: the whole history in one go, origin "seed" and
// "confirmed", idempotent, and polite to people detection already knows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roster } from '../../../src/core/detection/roster.js';
import { buildSeedPlan, defaultSeedHistory } from '../../../src/core/saga/seed-plan.js';
import { seedSagaHistory } from '../../../src/core/saga/seed-saga.js';
import { createSeedRepository } from '../../../src/infra/db/seed-repository.js';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';

describe('seed repository', () => {
  let temp: TempDatabase;
  beforeEach(async () => {
    temp = await createTempDatabase();
  });
  afterEach(() => temp.dispose());

  it('stores the seed history once, as confirmed seed events with their sources', async () => {
    const repository = createSeedRepository(temp.db);
    expect(await repository.hasSeedEvents()).toBe(false);
    expect(await seedSagaHistory(repository, roster)).toEqual({ seeded: true, articles: 2, people: 10, events: 12 });
    expect(await seedSagaHistory(repository, roster)).toEqual({ seeded: false });
    // Even a forced second write adds nothing.
    expect(await repository.write(buildSeedPlan(defaultSeedHistory, roster))).toEqual({ articles: 0, people: 0, events: 0 });

    const { db } = temp;
    expect(await db.event.count()).toBe(12);
    expect(await db.event.count({ where: { origin: 'seed', status: 'confirmed', confidence: 1 } })).toBe(12);
    expect(await db.article.count({ where: { origin: 'seed' } })).toBe(2);
    expect(await db.eventSource.count()).toBe(20);
    const leike = await db.person.findUniqueOrThrow({ where: { nameKey: 'jan leike' }, include: { aliases: true, events: true } });
    expect(leike.aliases.map((a) => a.aliasKey)).toEqual(['leike']);
    expect(leike.events[0]).toMatchObject({ type: 'departure', circumstance: 'resigned', datePrecision: 'day', team: 'Superalignment', occurredAt: new Date('2024-05-14T00:00:00Z') });
    expect(await db.event.count({ where: { datePrecision: 'month' } })).toBe(9);
  });

  it('keeps what detection already knows about a person and only fills the gaps', async () => {
    const { db } = temp;
    await db.person.create({ data: { name: 'Jan Leike', nameKey: 'jan leike', role: 'Alignment lead', destination: 'Anthropic' } });
    await db.person.create({ data: { name: 'Someone Else', nameKey: 'someone else', aliases: { create: { alias: 'Leike', aliasKey: 'leike' } } } });
    await seedSagaHistory(createSeedRepository(db), roster);
    const leike = await db.person.findUniqueOrThrow({ where: { nameKey: 'jan leike' } });
    expect(leike).toMatchObject({ role: 'Alignment lead', destination: 'Anthropic', team: 'Superalignment', leftAt: new Date('2024-05-14T00:00:00Z') });
    // An alias another person already holds is left with them.
    expect((await db.personAlias.findUniqueOrThrow({ where: { aliasKey: 'leike' }, include: { person: true } })).person.name).toBe('Someone Else');
    expect(await db.person.count()).toBe(11);
  });

  it('reuses an article already stored under the same address', async () => {
    const { db } = temp;
    const url = defaultSeedHistory.articles[0]!.canonicalUrl;
    const existing = await db.article.create({ data: { canonicalUrl: url, url, title: 'Vox', titleKey: 'vox', source: 'vox.com', contentHash: 'x', origin: 'feed' } });
    await seedSagaHistory(createSeedRepository(db), roster);
    expect(await db.article.count()).toBe(2);
    expect(await db.eventSource.count({ where: { articleId: existing.id } })).toBe(12);
  });
});
