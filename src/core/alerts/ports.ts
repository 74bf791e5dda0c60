// The storage the alerts module needs: subscriptions (which channel wants what), deliveries (one
// durable row per message per channel, written before sending) and read access to events for
// building alerts and digests. Prisma implementations live in src/infra/db.
import type { DatePrecision, EventStatus, EventType } from '../domain.js';
import type { ChatPlatform } from './chat-publisher.js';

/** A chat channel on one platform: the key of a subscription. */
export interface ChannelRef {
  platform: ChatPlatform;
  /** Discord guild id or Slack team id. */
  workspaceId: string;
  channelId: string;
}

export type SubscriptionState = 'active' | 'broken';

export interface SubscriptionRecord extends ChannelRef {
  id: number;
  alertsEnabled: boolean;
  /** Events below this confidence (0..1) do not alert this channel. */
  minConfidence: number;
  digestEnabled: boolean;
  /** Local HH:MM of the daily digest. */
  digestTime: string;
  /** IANA zone of digestTime. */
  timezone: string;
  digestWhenEmpty: boolean;
  /** broken: the platform said the channel is gone or the bot may not post there. */
  state: SubscriptionState;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type SubscriptionChanges = Partial<
  Pick<SubscriptionRecord, 'alertsEnabled' | 'minConfidence' | 'digestEnabled' | 'digestTime' | 'timezone' | 'digestWhenEmpty' | 'state' | 'lastError'>
>;

export interface SubscriptionRepository {
  find(channel: ChannelRef): Promise<SubscriptionRecord | null>;
  findById(id: number): Promise<SubscriptionRecord | null>;
  /** Creates the channel's subscription (schema defaults, then `changes`) or updates it. */
  upsert(channel: ChannelRef, changes: SubscriptionChanges): Promise<SubscriptionRecord>;
  /** Marks a subscription broken (channel gone, permission missing) with the reason. */
  markBroken(id: number, error: string): Promise<void>;
  /** Active subscriptions with alerts on. */
  listAlerting(): Promise<SubscriptionRecord[]>;
  /** Active subscriptions with the digest on. */
  listDigest(): Promise<SubscriptionRecord[]>;
  /** Every subscription, optionally of one platform/workspace, by channel. */
  list(filter?: { platform?: ChatPlatform; workspaceId?: string }): Promise<SubscriptionRecord[]>;
}

export type DeliveryKind = 'alert' | 'digest';

/**
 * pending: waiting to be sent; sending: claimed by a sender until nextAttemptAt (a lease);
 * sent: posted (never sent again); failed: will be retried at nextAttemptAt; dead: given up;
 * skipped: deliberately not sent (an empty digest nobody asked for, alerts off when detected).
 */
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'dead' | 'skipped';

export interface DeliveryRecord {
  id: number;
  subscriptionId: number;
  kind: DeliveryKind;
  eventId: number | null;
  /** Local YYYY-MM-DD of a digest. */
  digestDate: string | null;
  /** `event:<id>` or `digest:<local date>`; unique per subscription. */
  dedupKey: string;
  status: DeliveryStatus;
  attempts: number;
  /**
   * Attempts known not to have posted: refused by a rate limit, or made where no publisher for
   * the platform ran. Every other earlier attempt may have reached the platform.
   */
  refusedAttempts: number;
  nextAttemptAt: Date;
  platformMessageId: string | null;
  /** Outlet count the posted alert shows, to know when to edit it. */
  postedSourceCount: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface NewDelivery {
  subscriptionId: number;
  kind: DeliveryKind;
  eventId?: number;
  digestDate?: string;
  dedupKey: string;
  createdAt: Date;
  /** Default: pending. */
  status?: 'pending' | 'skipped';
  lastError?: string;
}

/** A posted alert with the channel it lives in, for in-place edits. */
export interface PostedAlert {
  delivery: DeliveryRecord;
  channel: ChannelRef;
}

export interface DeliveryRepository {
  /** Inserts the row unless (subscriptionId, dedupKey) exists; null when it already did. */
  createIfAbsent(delivery: NewDelivery): Promise<DeliveryRecord | null>;
  /** Which of `dedupKeys` the given subscriptions already have, as `<subscriptionId> <dedupKey>`. */
  existingKeys(subscriptionIds: readonly number[], dedupKeys: readonly string[]): Promise<Set<string>>;
  findById(id: number): Promise<DeliveryRecord | null>;
  /**
   * Rows to (re)send at `now` to channels on `platforms`: pending or failed and due, or sending
   * with an expired lease. Oldest first.
   */
  listDue(now: Date, platforms: readonly ChatPlatform[], limit: number): Promise<DeliveryRecord[]>;
  /**
   * Atomically takes a due row for sending: status sending, attempts + 1, nextAttemptAt = leaseUntil.
   * Null when the row is not due any more (sent, or claimed by another sender).
   */
  claim(id: number, now: Date, leaseUntil: Date): Promise<DeliveryRecord | null>;
  markSent(id: number, sent: { platformMessageId: string; sentAt: Date; postedSourceCount: number }): Promise<void>;
  /** Schedules another attempt; `refused` counts this one among the refusedAttempts (it cannot have posted). */
  markRetry(id: number, retry: { error: string; nextAttemptAt: Date; refused: boolean }): Promise<void>;
  markDead(id: number, error: string): Promise<void>;
  markSkipped(id: number, reason: string): Promise<void>;
  /** Sent alerts of an event that carry a message id. */
  listPostedAlerts(eventId: number): Promise<PostedAlert[]>;
  setPostedSourceCount(id: number, count: number): Promise<void>;
  /** The most recent deliveries of a subscription, newest first. */
  listRecent(subscriptionId: number, limit: number): Promise<DeliveryRecord[]>;
}

/** Where an event was reported. */
export interface AlertSource {
  url: string;
  title: string;
  /** Outlet name or host. */
  outlet: string;
  publishedAt: Date | null;
  /** When the article was attached to the event. */
  addedAt: Date;
}


/** Event origins: only "detected" events (from live feed articles) alert. */
export type EventOrigin = 'seed' | 'detected' | 'backfill';

/** An event with what an alert shows about it. */
export interface AlertEvent {
  id: number;
  type: EventType;
  circumstance: string | null;
  occurredAt: Date;
  /** How precisely the sources date the move: "April 2024" is shown as such, not as 1 April. */
  datePrecision: DatePrecision;
  role: string | null;
  team: string | null;
  destination: string | null;
  confidence: number;
  status: EventStatus;
  origin: EventOrigin;
  createdAt: Date;
  person: { id: number; name: string; role: string | null; team: string | null };
  sources: AlertSource[];
}

/** A recently fetched article that backs an event, for the digest. */
export interface DigestArticle {
  url: string;
  title: string;
  outlet: string;
  publishedAt: Date | null;
  eventId: number;
  personName: string;
}

export interface AlertEventRepository {
  get(eventId: number): Promise<AlertEvent | null>;
  /** Not-rejected events of origin "detected" created at or after `since` (for reconciliation). */
  listDetectedSince(since: Date): Promise<Pick<AlertEvent, 'id' | 'confidence' | 'createdAt'>[]>;
  /** Not-rejected "detected" events created in [from, to), oldest first. */
  listMoves(from: Date, to: Date): Promise<AlertEvent[]>;
  /** Feed articles fetched in [from, to) that back a not-rejected event, newest first. */
  listNotableArticles(from: Date, to: Date, limit: number): Promise<DigestArticle[]>;
  /** Sets the moderation status; false when the event does not exist. */
  setStatus(eventId: number, status: EventStatus): Promise<boolean>;
}

/**
 * The current time (structurally Services.clock; declared here so services.ts can import the
 * alerts module's types without a cycle).
 */
export interface AlertClock {
  now(): Date;
}

/** The slice of the pino logger alerts use (structured object first, then the message). */
export interface AlertLog {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}
