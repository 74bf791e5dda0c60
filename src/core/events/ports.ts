// What the event recorder needs from storage. Implemented against Prisma in
// src/infra/db/event-repository.ts and person-repository.ts.
import type { Circumstance, EventStatus, EventType } from '../domain.js';

/** The profile fields of a person that events keep up to date. */
export interface PersonProfile {
  role: string | null;
  team: string | null;
  joinedAt: Date | null;
  leftAt: Date | null;
  destination: string | null;
}

export interface PersonRecord extends PersonProfile {
  id: number;
  name: string;
}

export interface NewPerson {
  name: string;
  role?: string;
  team?: string;
  /** Other spellings to register ("Ilya", "Ismailov"); ones already taken are skipped. */
  aliases?: readonly string[];
}

export interface PersonRepository {
  /** The person whose name or alias has the same nameKey, created when there is none. */
  findOrCreate(person: NewPerson): Promise<PersonRecord>;
  updateProfile(id: number, patch: Partial<PersonProfile>): Promise<void>;
}

/** Stored event fields the recorder reads when clustering. */
export interface EventRecord {
  id: number;
  personId: number;
  type: EventType;
  circumstance: Circumstance | null;
  occurredAt: Date;
  role: string | null;
  team: string | null;
  destination: string | null;
  confidence: number;
  status: EventStatus;
}

export interface EventSourceInput {
  articleId: number;
  /** The sentence that reports the move. */
  evidence: string;
}

export interface NewEvent {
  personId: number;
  type: EventType;
  circumstance: Circumstance;
  occurredAt: Date;
  role: string | null;
  team: string | null;
  destination: string | null;
  confidence: number;
  origin: 'detected' | 'backfill' | 'seed';
  source: EventSourceInput;
  /**
   * When the bot learnt of the move: the fetch time of the article that created it, on the app's
   * clock (digests and alert age read it against that clock). Defaults to the database's now.
   */
  createdAt?: Date;
}

/** Details a later source may add to an event. */
export interface EventUpdate {
  confidence: number;
  destination?: string;
  role?: string;
  team?: string;
}

export interface EventRepository {
  /** Events of one person and type that occurred within [from, to], any status. */
  findNearby(personId: number, type: EventType, from: Date, to: Date): Promise<EventRecord[]>;
  create(event: NewEvent): Promise<EventRecord>;
  /** Links one more article to an event; false (and no update) when that article already backs it. */
  addSource(eventId: number, source: EventSourceInput, update: EventUpdate): Promise<boolean>;
}
