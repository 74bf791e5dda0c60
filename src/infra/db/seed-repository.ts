// Writes the saga's seed plan (core/saga/seed-plan.ts) in one transaction. Every row is matched
// before it is created (articles by canonical URL, people by nameKey, aliases by aliasKey, events
// by person + type + date among seed events), so writing twice changes nothing. Existing people
// keep what detection already learned: the seed only fills empty profile fields.
import type { Database } from './client.js';
import type { SeedRepository, SeedResult } from '../../core/saga/ports.js';
import type { SeedPlan, SeedPlanPerson } from '../../core/saga/seed-plan.js';

type Tx = Parameters<Parameters<Database['$transaction']>[0]>[0];

export function createSeedRepository(db: Database): SeedRepository {
  return {
    async hasSeedEvents() {
      return (await db.event.findFirst({ where: { origin: 'seed' }, select: { id: true } })) !== null;
    },

    async write(plan: SeedPlan): Promise<SeedResult> {
      return db.$transaction(async (tx) => {
        const result: SeedResult = { articles: 0, people: 0, events: 0 };
        const articleIds = new Map<string, number>();
        for (const article of plan.articles) {
          const existing = await tx.article.findUnique({ where: { canonicalUrl: article.canonicalUrl }, select: { id: true } });
          if (existing) {
            articleIds.set(article.canonicalUrl, existing.id);
            continue;
          }
          const created = await tx.article.create({ data: { ...article, origin: 'seed', detectedAt: new Date() }, select: { id: true } });
          articleIds.set(article.canonicalUrl, created.id);
          result.articles += 1;
        }

        const personIds = new Map<string, number>();
        for (const person of plan.people) {
          const { id, created } = await upsertPerson(tx, person);
          personIds.set(person.nameKey, id);
          if (created) result.people += 1;
        }

        for (const event of plan.events) {
          const personId = personIds.get(event.personKey);
          if (personId === undefined) throw new Error(`seed plan has an event for unplanned person ${event.personKey}`);
          const duplicate = await tx.event.findFirst({
            where: { personId, type: event.type, occurredAt: event.occurredAt, origin: 'seed' },
            select: { id: true },
          });
          if (duplicate) continue;
          await tx.event.create({
            data: {
              personId,
              type: event.type,
              circumstance: event.circumstance,
              occurredAt: event.occurredAt,
              datePrecision: event.datePrecision,
              role: event.role,
              team: event.team,
              destination: event.destination,
              confidence: 1,
              status: 'confirmed',
              origin: 'seed',
              sources: {
                create: event.sources.map((s) => {
                  const articleId = articleIds.get(s.canonicalUrl);
                  if (articleId === undefined) throw new Error(`seed source cites unplanned article ${s.canonicalUrl}`);
                  return { articleId, evidence: s.evidence };
                }),
              },
            },
          });
          result.events += 1;
        }
        return result;
      });
    },
  };
}

async function upsertPerson(tx: Tx, person: SeedPlanPerson): Promise<{ id: number; created: boolean }> {
  const profile = { role: person.role, team: person.team, joinedAt: person.joinedAt, leftAt: person.leftAt, destination: person.destination };
  const existing =
    (await tx.person.findUnique({ where: { nameKey: person.nameKey } })) ??
    (await tx.personAlias.findUnique({ where: { aliasKey: person.nameKey }, select: { person: true } }))?.person ??
    null;
  let id: number;
  let created = false;
  if (existing) {
    id = existing.id;
    const missing = Object.fromEntries(Object.entries(profile).filter(([field, value]) => value !== null && existing[field as keyof typeof profile] === null));
    if (Object.keys(missing).length > 0) await tx.person.update({ where: { id }, data: missing });
  } else {
    id = (await tx.person.create({ data: { name: person.name, nameKey: person.nameKey, ...profile }, select: { id: true } })).id;
    created = true;
  }
  for (const alias of person.aliases) {
    const taken =
      (await tx.personAlias.findUnique({ where: { aliasKey: alias.aliasKey }, select: { id: true } })) ??
      (await tx.person.findUnique({ where: { nameKey: alias.aliasKey }, select: { id: true } }));
    if (!taken) await tx.personAlias.create({ data: { personId: id, alias: alias.alias, aliasKey: alias.aliasKey } });
  }
  return { id, created };
}
