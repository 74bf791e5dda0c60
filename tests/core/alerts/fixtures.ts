// Test data for the alerts tests: people, articles and events written straight into a real
// (temporary) SQLite database, the way the event recorder stores them, plus a settable clock.
import pino from 'pino';
import type { Database } from '../../../src/infra/db/client.js';
import { nameKey } from '../../../src/core/domain.js';
import { createAlertsRuntime, type AlertsRuntime } from '../../../src/infra/alerts/alerts-runtime.js';
import type { DeliveryPolicy } from '../../../src/core/alerts/delivery-policy.js';
import { createRecordingPublisher, type RecordingPublisher } from '../../fakes/recording-publisher.js';

export interface FakeClock {
  now(): Date;
  set(date: Date | string): void;
  advance(ms: number): void;
}

export function fakeClock(start: Date | string = '2024-05-17T12:00:00Z'): FakeClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (date) => (current = new Date(date)),
    advance: (ms) => (current = new Date(current.getTime() + ms)),
  };
}

export const silentLog = pino({ level: 'silent' });

export function alertsRuntime(db: Database, clock: FakeClock, policy: Partial<DeliveryPolicy> = {}): AlertsRuntime {
  return createAlertsRuntime({ db, clock, log: silentLog, defaultTimezone: 'UTC', policy, random: () => 0.5 });
}

/** An alerts runtime with a recording publisher registered for each chat platform. */
export function recordedAlertsRuntime(db: Database, clock: FakeClock): { alerts: AlertsRuntime; discord: RecordingPublisher; slack: RecordingPublisher } {
  const alerts = alertsRuntime(db, clock);
  const discord = createRecordingPublisher('discord');
  const slack = createRecordingPublisher('slack');
  alerts.publishers.register(discord);
  alerts.publishers.register(slack);
  return { alerts, discord, slack };
}

let counter = 0;

export async function addArticle(
  db: Database,
  options: { outlet: string; title?: string; origin?: 'feed' | 'seed' | 'backfill'; publishedAt?: Date; fetchedAt?: Date },
): Promise<number> {
  const n = ++counter;
  const url = `https://${options.outlet.toLowerCase().replace(/[^a-z0-9.]+/g, '')}/story-${n}`;
  const title = options.title ?? `Story ${n} from ${options.outlet}`;
  const article = await db.article.create({
    data: {
      canonicalUrl: url,
      url,
      title,
      titleKey: `${title.toLowerCase()} ${n}`,
      source: options.outlet,
      contentHash: `hash-${n}`,
      origin: options.origin ?? 'feed',
      publishedAt: options.publishedAt ?? null,
      fetchedAt: options.fetchedAt ?? new Date('2024-05-17T11:59:00Z'),
    },
  });
  return article.id;
}

export interface EventSpec {
  name?: string;
  type?: 'departure' | 'arrival' | 'return' | 'role_change';
  circumstance?: string;
  confidence?: number;
  origin?: 'detected' | 'seed' | 'backfill';
  status?: 'detected' | 'confirmed' | 'rejected';
  role?: string;
  team?: string;
  destination?: string;
  occurredAt?: Date;
  createdAt?: Date;
  outlets?: string[];
}

export async function addEvent(db: Database, spec: EventSpec = {}): Promise<number> {
  const name = spec.name ?? 'Jan Leike';
  const person = await db.person.upsert({ where: { nameKey: nameKey(name) }, create: { name, nameKey: nameKey(name) }, update: {} });
  const event = await db.event.create({
    data: {
      personId: person.id,
      type: spec.type ?? 'departure',
      circumstance: spec.circumstance ?? 'resigned',
      occurredAt: spec.occurredAt ?? new Date('2024-05-17T00:00:00Z'),
      role: spec.role ?? 'Head of alignment',
      team: spec.team ?? 'Superalignment',
      destination: spec.destination ?? null,
      confidence: spec.confidence ?? 0.9,
      status: spec.status ?? 'detected',
      origin: spec.origin ?? 'detected',
      createdAt: spec.createdAt ?? new Date('2024-05-17T12:00:00Z'),
    },
  });
  for (const outlet of spec.outlets ?? ['The Verge']) await addSource(db, event.id, outlet);
  return event.id;
}

export async function addSource(db: Database, eventId: number, outlet: string, origin: 'feed' | 'seed' | 'backfill' = 'feed'): Promise<void> {
  const articleId = await addArticle(db, { outlet, origin, publishedAt: new Date('2024-05-17T10:00:00Z') });
  await db.eventSource.create({ data: { eventId, articleId, evidence: 'Jan Leike resigned.' } });
}

export const discordChannel = { platform: 'discord', workspaceId: '100000000000000001', channelId: '200000000000000001' } as const;
export const discordChannel2 = { platform: 'discord', workspaceId: '100000000000000001', channelId: '200000000000000002' } as const;
export const slackChannel = { platform: 'slack', workspaceId: 'T0000001', channelId: 'C0000001' } as const;
