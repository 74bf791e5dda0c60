import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPersonRepository } from '../../../src/infra/db/person-repository.js';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await createTempDatabase();
});
afterEach(async () => temp.dispose());

describe('person repository', () => {
  it('creates a person with aliases once and finds them again by any spelling', async () => {
    const people = createPersonRepository(temp.db);
    const created = await people.findOrCreate({ name: "Cullen O'Keefe", role: 'Research lead', team: 'Policy', aliases: ["O'Keefe", 'Cullen O’Keefe', 'Cullen OKeefe'] });
    expect(created).toMatchObject({ name: "Cullen O'Keefe", role: 'Research lead', team: 'Policy', leftAt: null });
    expect((await people.findOrCreate({ name: 'Cullen O’Keefe' })).id).toBe(created.id);
    expect((await people.findOrCreate({ name: 'okeefe' })).id).toBe(created.id);
    expect(await temp.db.person.count()).toBe(1);
    // "Cullen O’Keefe" and "Cullen OKeefe" share the person's own key and are not stored twice.
    const aliases = await temp.db.personAlias.findMany({ where: { personId: created.id } });
    expect(aliases.map((a) => a.aliasKey).sort()).toEqual(['okeefe']);
  });

  it('never steals an alias another person holds', async () => {
    const people = createPersonRepository(temp.db);
    const altman = await people.findOrCreate({ name: 'Sam Altman', aliases: ['Sam'] });
    const other = await people.findOrCreate({ name: 'Sam Bowman', aliases: ['Sam'] });
    expect(other.id).not.toBe(altman.id);
    expect((await temp.db.personAlias.findUniqueOrThrow({ where: { aliasKey: 'sam' } })).personId).toBe(altman.id);
  });

  it('updates the profile fields it is given, and rejects an empty name', async () => {
    const people = createPersonRepository(temp.db);
    const p = await people.findOrCreate({ name: 'Mira Murati' });
    await people.updateProfile(p.id, { leftAt: new Date('2024-09-25T00:00:00Z'), destination: 'Thinking Machines Lab' });
    await people.updateProfile(p.id, {});
    expect(await temp.db.person.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ destination: 'Thinking Machines Lab', leftAt: new Date('2024-09-25T00:00:00Z') });
    await expect(people.findOrCreate({ name: ' .. ' })).rejects.toThrow(/without a name/);
  });

  it('serves a name it has seen from memory, with its own profile writes applied', async () => {
    const people = createPersonRepository(temp.db);
    const p = await people.findOrCreate({ name: 'Jan Leike', aliases: ['Leike'] });
    await people.findOrCreate({ name: 'Leike' });
    await people.updateProfile(p.id, { leftAt: new Date('2024-05-15T00:00:00Z'), destination: 'Anthropic' });
    // A rename behind its back does not show: both spellings answer from the cache, updated.
    await temp.db.person.update({ where: { id: p.id }, data: { name: 'changed elsewhere' } });
    expect(await people.findOrCreate({ name: 'Jan Leike' })).toMatchObject({ id: p.id, name: 'Jan Leike', destination: 'Anthropic', leftAt: new Date('2024-05-15T00:00:00Z') });
    expect(await people.findOrCreate({ name: 'leike' })).toMatchObject({ id: p.id, destination: 'Anthropic' });
    expect(await temp.db.person.count()).toBe(1);
  });
});
