// Prisma implementation of the alerts' view of events: one event with its person and sources
// (for an alert), the recent "detected" events (reconciliation, digests), the articles behind
// them, and the moderation status a button sets. Events themselves are written by the event
// recorder (event-repository.ts); this module only reads them and sets `status`.
import { asDatePrecision } from '../../core/domain.js';
import type { Database } from './client.js';
import type { Prisma } from './generated/client.js';
import type { EventStatus, EventType } from '../../core/domain.js';
import type { AlertEvent, AlertEventRepository, EventOrigin } from '../../core/alerts/ports.js';

const eventInclude = {
  person: { select: { id: true, name: true, role: true, team: true } },
  sources: {
    select: { createdAt: true, article: { select: { url: true, title: true, source: true, publishedAt: true } } },
    orderBy: { id: 'asc' },
  },
} satisfies Prisma.EventInclude;

type EventRow = Prisma.EventGetPayload<{ include: typeof eventInclude }>;

export function createAlertEventRepository(db: Database): AlertEventRepository {
  return {
    async get(eventId) {
      const row = await db.event.findUnique({ where: { id: eventId }, include: eventInclude });
      return row ? toAlertEvent(row) : null;
    },
    async listDetectedSince(since) {
      return db.event.findMany({
        where: { origin: 'detected', status: { not: 'rejected' }, createdAt: { gte: since } },
        select: { id: true, confidence: true, createdAt: true },
        orderBy: { id: 'asc' },
      });
    },
    async listMoves(from, to) {
      const rows = await db.event.findMany({
        where: { origin: 'detected', status: { not: 'rejected' }, createdAt: { gte: from, lt: to } },
        include: eventInclude,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toAlertEvent);
    },
    async listNotableArticles(from, to, limit) {
      const rows = await db.eventSource.findMany({
        where: {
          article: { origin: 'feed', fetchedAt: { gte: from, lt: to } },
          event: { status: { not: 'rejected' } },
        },
        select: {
          eventId: true,
          article: { select: { id: true, url: true, title: true, source: true, publishedAt: true, fetchedAt: true } },
          event: { select: { person: { select: { name: true } } } },
        },
        orderBy: { id: 'desc' },
        take: limit * 3,
      });
      // An article backing two events is listed once.
      const seen = new Set<number>();
      return rows
        .filter((r) => !seen.has(r.article.id) && seen.add(r.article.id))
        .slice(0, limit)
        .map((r) => ({ url: r.article.url, title: r.article.title, outlet: r.article.source, publishedAt: r.article.publishedAt, eventId: r.eventId, personName: r.event.person.name }));
    },
    async setStatus(eventId, status) {
      const { count } = await db.event.updateMany({ where: { id: eventId }, data: { status } });
      return count > 0;
    },
  };
}

function toAlertEvent(row: EventRow): AlertEvent {
  return {
    id: row.id,
    type: row.type as EventType,
    circumstance: row.circumstance,
    occurredAt: row.occurredAt,
    datePrecision: asDatePrecision(row.datePrecision),
    role: row.role,
    team: row.team,
    destination: row.destination,
    confidence: row.confidence,
    status: row.status as EventStatus,
    origin: row.origin as EventOrigin,
    createdAt: row.createdAt,
    person: row.person,
    sources: row.sources.map((s) => ({ url: s.article.url, title: s.article.title, outlet: s.article.source, publishedAt: s.article.publishedAt, addedAt: s.createdAt })),
  };
}
