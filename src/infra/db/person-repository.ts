// People for the event recorder (core/events/ports.ts PersonRepository) on Prisma: found by the
// nameKey of their name or of any alias, created with their roster aliases when new. Found people
// are kept per repository by nameKey (the recorder asks for the same few hundred names thousands
// of times a cycle); updateProfile writes through, so this process's own writes stay visible.
import type { Database } from './client.js';
import { nameKey } from '../../core/domain.js';
import type { NewPerson, PersonProfile, PersonRecord, PersonRepository } from '../../core/events/ports.js';

const fields = { id: true, name: true, role: true, team: true, joinedAt: true, leftAt: true, destination: true } as const;

/** Past this many cached names the cache starts over (bounds memory on a flood of new names). */
const maxCached = 5000;

export function createPersonRepository(db: Database): PersonRepository {
  const cache = new Map<string, PersonRecord>();
  function remember(key: string, person: PersonRecord): PersonRecord {
    if (cache.size >= maxCached) cache.clear();
    cache.set(key, person);
    return person;
  }

  async function find(key: string): Promise<PersonRecord | null> {
    return (
      (await db.person.findUnique({ where: { nameKey: key }, select: fields })) ??
      (await db.personAlias.findUnique({ where: { aliasKey: key }, select: { person: { select: fields } } }))?.person ??
      null
    );
  }

  return {
    async findOrCreate(person: NewPerson): Promise<PersonRecord> {
      const key = nameKey(person.name);
      if (!key) throw new Error(`cannot store a person without a name: ${JSON.stringify(person.name)}`);
      const cached = cache.get(key);
      if (cached) return { ...cached };
      const existing = await find(key);
      if (existing) return { ...remember(key, existing) };
      try {
        const created = await db.$transaction(async (tx) => {
          const created = await tx.person.create({
            data: { name: person.name, nameKey: key, role: person.role ?? null, team: person.team ?? null },
            select: fields,
          });
          for (const alias of person.aliases ?? []) {
            const aliasKey = nameKey(alias);
            if (!aliasKey || aliasKey === key) continue;
            const taken =
              (await tx.personAlias.findUnique({ where: { aliasKey }, select: { id: true } })) ??
              (await tx.person.findUnique({ where: { nameKey: aliasKey }, select: { id: true } }));
            if (!taken) await tx.personAlias.create({ data: { personId: created.id, alias, aliasKey } });
          }
          return created;
        });
        return { ...remember(key, created) };
      } catch (err) {
        // Another writer (the saga seeder) created the same person meanwhile.
        const raced = await find(key);
        if (raced) return { ...remember(key, raced) };
        throw err;
      }
    },

    async updateProfile(id: number, patch: Partial<PersonProfile>): Promise<void> {
      if (Object.keys(patch).length === 0) return;
      await db.person.update({ where: { id }, data: patch });
      for (const [key, person] of cache) if (person.id === id) cache.set(key, { ...person, ...patch });
    },
  };
}
