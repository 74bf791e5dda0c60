// Events for the event recorder (core/events/ports.ts EventRepository) on Prisma: nearby events
// for clustering (indexed by person, type, date), creation with the first source in one write,
// and further sources that raise confidence and fill empty details.
import type { Database } from './client.js';
import { isUniqueViolation } from './unique-violation.js';
import { circumstances, eventStatuses, eventTypes, type Circumstance, type EventStatus, type EventType } from '../../core/domain.js';
import type { EventRecord, EventRepository, EventSourceInput, EventUpdate, NewEvent } from '../../core/events/ports.js';

const fields = {
  id: true, personId: true, type: true, circumstance: true, occurredAt: true, role: true, team: true, destination: true, confidence: true, status: true,
} as const;

type Row = { id: number; personId: number; type: string; circumstance: string | null; occurredAt: Date; role: string | null; team: string | null; destination: string | null; confidence: number; status: string };

function toRecord(row: Row): EventRecord {
  // The database stores vocabulary as strings; anything unknown is a bug worth seeing.
  if (!(eventTypes as readonly string[]).includes(row.type)) throw new Error(`event ${row.id} has unknown type ${row.type}`);
  const status = (eventStatuses as readonly string[]).includes(row.status) ? (row.status as EventStatus) : 'detected';
  const circumstance = row.circumstance && (circumstances as readonly string[]).includes(row.circumstance) ? (row.circumstance as Circumstance) : null;
  return { ...row, type: row.type as EventType, status, circumstance };
}

export function createEventRepository(db: Database): EventRepository {
  return {
    async findNearby(personId: number, type: EventType, from: Date, to: Date): Promise<EventRecord[]> {
      const rows = await db.event.findMany({
        where: { personId, type, occurredAt: { gte: from, lte: to } },
        select: fields,
        orderBy: { occurredAt: 'asc' },
      });
      return rows.map(toRecord);
    },

    async create(event: NewEvent): Promise<EventRecord> {
      const { source, ...data } = event;
      const row = await db.event.create({
        data: { ...data, status: 'detected', sources: { create: { articleId: source.articleId, evidence: source.evidence } } },
        select: fields,
      });
      return toRecord(row);
    },

    async addSource(eventId: number, source: EventSourceInput, update: EventUpdate): Promise<boolean> {
      try {
        const data: Record<string, unknown> = { confidence: update.confidence };
        if (update.destination) data.destination = update.destination;
        if (update.role) data.role = update.role;
        if (update.team) data.team = update.team;
        // A batch transaction (both writes or neither) without an interactive one's round trips;
        // select only the id so neither write reads its row back.
        await db.$transaction([
          db.eventSource.create({ data: { eventId, articleId: source.articleId, evidence: source.evidence }, select: { id: true } }),
          db.event.update({ where: { id: eventId }, data, select: { id: true } }),
        ]);
        return true;
      } catch (err) {
        if (isUniqueViolation(err)) return false; // this article already backs the event
        throw err;
      }
    },
  };
}
