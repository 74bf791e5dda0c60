// The saga's read side in SQLite through Prisma: moves with their best source, aggregates by
// type, team and month computed in SQL, people lookups by indexed key ranges, feed health.
// Every query is bounded (LIMIT or GROUP BY) and rides an Event index; rejected events never
// leave this module.
import type { Prisma } from './generated/client.js';
import type { Database } from './client.js';
import { eventStatuses, eventTypes, type EventStatus, type EventType } from '../../core/domain.js';
import { asDatePrecision } from '../../core/domain.js';
import type { CountRow, FeedHealth, MoveFilter, MoveRecord, MoveSource, PersonRecord, SagaRepository } from '../../core/saga/ports.js';

const visible = { not: 'rejected' } as const;

function eventWhere(filter: MoveFilter): Prisma.EventWhereInput {
  return {
    status: visible,
    ...(filter.since || filter.before ? { occurredAt: { ...(filter.since ? { gte: filter.since } : {}), ...(filter.before ? { lt: filter.before } : {}) } } : {}),
    ...(filter.team ? { team: filter.team } : {}),
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.personId !== undefined ? { personId: filter.personId } : {}),
  };
}

/** The same filter as SQL, for the aggregates Prisma cannot express (grouping by month). */
function sqlWhere(filter: MoveFilter): { clause: string; params: unknown[] } {
  const parts = [`"status" <> 'rejected'`];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    parts.push(sql);
    params.push(value);
  };
  if (filter.since) add('"occurredAt" >= ?', filter.since);
  if (filter.before) add('"occurredAt" < ?', filter.before);
  if (filter.team) add('"team" = ?', filter.team);
  if (filter.type) add('"type" = ?', filter.type);
  if (filter.personId !== undefined) add('"personId" = ?', filter.personId);
  return { clause: parts.join(' AND '), params };
}

const moveSelect = {
  id: true,
  personId: true,
  type: true,
  circumstance: true,
  occurredAt: true,
  datePrecision: true,
  role: true,
  team: true,
  destination: true,
  status: true,
  origin: true,
  confidence: true,
  person: { select: { name: true } },
} satisfies Prisma.EventSelect;

type MoveRow = Prisma.EventGetPayload<{ select: typeof moveSelect }>;

interface SourceRow {
  eventId: number;
  articleId: number;
  title: string;
  url: string;
  source: string;
  publishedAt: Date | string | null;
  evidence: string;
  total: number | bigint;
}

export function createSagaRepository(db: Database): SagaRepository {
  /** One source per event (a web link first, then the earliest attached) and the source count. */
  async function bestSources(eventIds: number[]): Promise<Map<number, { source: MoveSource; total: number }>> {
    if (eventIds.length === 0) return new Map();
    const rows = await db.$queryRawUnsafe<SourceRow[]>(
      `SELECT "eventId", "articleId", "title", "url", "source", "publishedAt", "evidence", "total" FROM (
         SELECT es."eventId", a."id" AS "articleId", a."title", a."url", a."source", a."publishedAt", es."evidence",
           ROW_NUMBER() OVER (PARTITION BY es."eventId" ORDER BY (a."url" LIKE 'http%') DESC, es."id") AS "rank",
           COUNT(*) OVER (PARTITION BY es."eventId") AS "total"
         FROM "EventSource" es JOIN "Article" a ON a."id" = es."articleId"
         WHERE es."eventId" IN (${eventIds.map(() => '?').join(',')})
       ) WHERE "rank" = 1`,
      ...eventIds,
    );
    return new Map(rows.map((r) => [Number(r.eventId), { source: toSource(r), total: Number(r.total) }]));
  }

  async function withSources(rows: MoveRow[]): Promise<MoveRecord[]> {
    const sources = await bestSources(rows.map((r) => r.id));
    return rows.map((row) => toMove(row, sources.get(row.id)));
  }

  return {
    async span(filter) {
      const result = await db.event.aggregate({ where: eventWhere(filter), _count: { _all: true }, _min: { occurredAt: true }, _max: { occurredAt: true } });
      return { count: result._count._all, first: result._min.occurredAt, last: result._max.occurredAt };
    },

    async listMoves(filter, page) {
      const rows = await db.event.findMany({
        where: eventWhere(filter),
        orderBy: [{ occurredAt: page.order }, { id: page.order }],
        take: page.limit,
        skip: page.offset ?? 0,
        select: moveSelect,
      });
      return withSources(rows);
    },

    async countPeople(filter) {
      const { clause, params } = sqlWhere(filter);
      const [row] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(DISTINCT "personId") AS "n" FROM "Event" WHERE ${clause}`, ...params);
      return Number(row?.n ?? 0);
    },

    async countByType(filter) {
      const groups = await db.event.groupBy({ by: ['type'], where: eventWhere(filter), _count: { _all: true } });
      return groups.map((g) => ({ key: g.type, count: g._count._all })).sort(byCountThenKey);
    },

    async countByTeam(filter, limit) {
      const groups = await db.event.groupBy({
        by: ['team'],
        where: { ...eventWhere(filter), team: filter.team ?? { not: null } },
        _count: { _all: true },
        orderBy: [{ _count: { team: 'desc' } }, { team: 'asc' }],
        take: limit,
      });
      return groups.map((g) => ({ key: g.team ?? '', count: g._count._all }));
    },

    async countByMonth(filter, limit) {
      const { clause, params } = sqlWhere(filter);
      const rows = await db.$queryRawUnsafe<{ month: string; n: number | bigint }[]>(
        `SELECT substr("occurredAt", 1, 7) AS "month", COUNT(*) AS "n" FROM "Event" WHERE ${clause} GROUP BY "month" ORDER BY "month" DESC LIMIT ?`,
        ...params,
        limit,
      );
      return rows.map((r) => ({ key: r.month, count: Number(r.n) }));
    },

    async listTeams() {
      const groups = await db.event.groupBy({ by: ['team'], where: { status: visible, team: { not: null } }, orderBy: { team: 'asc' } });
      return groups.map((g) => g.team).filter((t): t is string => !!t);
    },

    async findMove(id) {
      const row = await db.event.findFirst({ where: { id, status: visible }, select: moveSelect });
      return row ? (await withSources([row]))[0]! : null;
    },

    async listSources(eventId, limit) {
      const rows = await db.eventSource.findMany({
        where: { eventId, event: { status: visible } },
        orderBy: { id: 'asc' },
        take: limit,
        select: { evidence: true, article: { select: { id: true, title: true, url: true, source: true, publishedAt: true } } },
      });
      return rows.map((r) => ({
        articleId: r.article.id,
        title: r.article.title,
        url: r.article.url,
        outlet: r.article.source,
        publishedAt: r.article.publishedAt,
        evidence: r.evidence,
      }));
    },

    async findPersonByKey(key) {
      const person =
        (await db.person.findUnique({ where: { nameKey: key }, include: { aliases: { select: { alias: true } } } })) ??
        (await db.personAlias.findUnique({ where: { aliasKey: key }, select: { person: { include: { aliases: { select: { alias: true } } } } } }))?.person ??
        null;
      return person ? toPerson(person) : null;
    },

    async searchPeopleByPrefix(prefix, limit) {
      // A key range (>= prefix, < prefix + U+FFFF) walks the unique index; LIKE would not.
      const range = { gte: prefix, lt: `${prefix}\uffff` };
      const [names, aliases] = await Promise.all([
        db.person.findMany({ where: { nameKey: range }, orderBy: { nameKey: 'asc' }, take: limit, select: { id: true, name: true, nameKey: true } }),
        db.personAlias.findMany({ where: { aliasKey: range }, orderBy: { aliasKey: 'asc' }, take: limit, select: { aliasKey: true, person: { select: { id: true, name: true } } } }),
      ]);
      return [...names.map((p) => ({ id: p.id, name: p.name, key: p.nameKey })), ...aliases.map((a) => ({ id: a.person.id, name: a.person.name, key: a.aliasKey }))];
    },

    async listPersonNames() {
      const [names, aliases] = await Promise.all([
        db.person.findMany({ select: { id: true, name: true, nameKey: true } }),
        db.personAlias.findMany({ select: { aliasKey: true, person: { select: { id: true, name: true } } } }),
      ]);
      return [...names.map((p) => ({ id: p.id, name: p.name, key: p.nameKey })), ...aliases.map((a) => ({ id: a.person.id, name: a.person.name, key: a.aliasKey }))];
    },

    async getPerson(id) {
      const person = await db.person.findUnique({ where: { id }, include: { aliases: { select: { alias: true } } } });
      return person ? toPerson(person) : null;
    },

    countArticles: () => db.article.count(),

    async feedHealth(worst): Promise<FeedHealth> {
      const [total, enabled, healthy, pending, latest, failing] = await Promise.all([
        db.feed.count(),
        db.feed.count({ where: { enabled: true } }),
        db.feed.count({ where: { enabled: true, failureCount: 0, lastFetchedAt: { not: null } } }),
        db.feed.count({ where: { enabled: true, lastFetchedAt: null } }),
        db.feed.aggregate({ _max: { lastSuccessAt: true } }),
        db.feed.findMany({
          where: { enabled: true, failureCount: { gt: 0 } },
          orderBy: [{ failureCount: 'desc' }, { id: 'asc' }],
          take: worst,
          select: { url: true, title: true, failureCount: true, lastError: true },
        }),
      ]);
      const failingCount = failing.length < worst ? failing.length : await db.feed.count({ where: { enabled: true, failureCount: { gt: 0 } } });
      return { total, enabled, healthy, failing: failingCount, pending, lastSuccessAt: latest._max.lastSuccessAt, worst: failing };
    },
  };
}

function toMove(row: MoveRow, best: { source: MoveSource; total: number } | undefined): MoveRecord {
  return {
    id: row.id,
    personId: row.personId,
    personName: row.person.name,
    type: eventTypes.includes(row.type as EventType) ? (row.type as EventType) : 'departure',
    circumstance: row.circumstance,
    occurredAt: row.occurredAt,
    datePrecision: asDatePrecision(row.datePrecision),
    role: row.role,
    team: row.team,
    destination: row.destination,
    status: eventStatuses.includes(row.status as EventStatus) ? (row.status as EventStatus) : 'detected',
    origin: row.origin,
    confidence: row.confidence,
    sourceCount: best?.total ?? 0,
    source: best?.source ?? null,
  };
}

function toSource(row: SourceRow): MoveSource {
  const publishedAt = row.publishedAt === null ? null : new Date(row.publishedAt);
  return {
    articleId: Number(row.articleId),
    title: row.title,
    url: row.url,
    outlet: row.source,
    publishedAt: publishedAt && !Number.isNaN(publishedAt.getTime()) ? publishedAt : null,
    evidence: row.evidence,
  };
}

function toPerson(person: { id: number; name: string; role: string | null; team: string | null; joinedAt: Date | null; leftAt: Date | null; destination: string | null; aliases: { alias: string }[] }): PersonRecord {
  return {
    id: person.id,
    name: person.name,
    role: person.role,
    team: person.team,
    joinedAt: person.joinedAt,
    leftAt: person.leftAt,
    destination: person.destination,
    aliases: person.aliases.map((a) => a.alias),
  };
}

function byCountThenKey(a: CountRow, b: CountRow): number {
  return b.count - a.count || a.key.localeCompare(b.key);
}

