// Prisma implementation of the alerts DeliveryRepository: the durable outbox of alerts and
// digests. The unique (subscriptionId, dedupKey) index makes "at most one row per message per
// channel" a database guarantee; `claim` is one conditional UPDATE, so two senders can never
// both take the same row.
import type { Database } from './client.js';
import type { Delivery } from './generated/client.js';
import { isUniqueViolation } from './unique-violation.js';
import type { DeliveryKind, DeliveryRecord, DeliveryRepository, DeliveryStatus } from '../../core/alerts/ports.js';
import type { ChatPlatform } from '../../core/alerts/chat-publisher.js';

export function createDeliveryRepository(db: Database): DeliveryRepository {
  return {
    async createIfAbsent(delivery) {
      try {
        const row = await db.delivery.create({
          data: {
            subscriptionId: delivery.subscriptionId,
            kind: delivery.kind,
            eventId: delivery.eventId ?? null,
            digestDate: delivery.digestDate ?? null,
            dedupKey: delivery.dedupKey,
            status: delivery.status ?? 'pending',
            lastError: delivery.lastError ?? null,
            createdAt: delivery.createdAt,
            nextAttemptAt: delivery.createdAt,
          },
        });
        return toRecord(row);
      } catch (err) {
        if (isUniqueViolation(err)) return null;
        throw err;
      }
    },
    async existingKeys(subscriptionIds, dedupKeys) {
      if (subscriptionIds.length === 0 || dedupKeys.length === 0) return new Set();
      const rows = await db.delivery.findMany({
        where: { subscriptionId: { in: [...subscriptionIds] }, dedupKey: { in: [...dedupKeys] } },
        select: { subscriptionId: true, dedupKey: true },
      });
      return new Set(rows.map((r) => `${r.subscriptionId} ${r.dedupKey}`));
    },
    async findById(id) {
      const row = await db.delivery.findUnique({ where: { id } });
      return row ? toRecord(row) : null;
    },
    async listDue(now, platforms, limit) {
      const rows = await db.delivery.findMany({
        where: { status: { in: ['pending', 'failed', 'sending'] }, nextAttemptAt: { lte: now }, subscription: { platform: { in: [...platforms] } } },
        orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
        take: limit,
      });
      return rows.map(toRecord);
    },
    async claim(id, now, leaseUntil) {
      const { count } = await db.delivery.updateMany({
        where: { id, status: { in: ['pending', 'failed', 'sending'] }, nextAttemptAt: { lte: now } },
        data: { status: 'sending', attempts: { increment: 1 }, nextAttemptAt: leaseUntil },
      });
      if (count === 0) return null;
      const row = await db.delivery.findUnique({ where: { id } });
      return row ? toRecord(row) : null;
    },
    async markSent(id, sent) {
      await db.delivery.update({
        where: { id },
        data: { status: 'sent', platformMessageId: sent.platformMessageId, sentAt: sent.sentAt, postedSourceCount: sent.postedSourceCount, lastError: null },
      });
    },
    async markRetry(id, retry) {
      await db.delivery.update({
        where: { id },
        data: { status: 'failed', lastError: retry.error, nextAttemptAt: retry.nextAttemptAt, ...(retry.refused ? { refusedAttempts: { increment: 1 } } : {}) },
      });
    },
    async markDead(id, error) {
      await db.delivery.update({ where: { id }, data: { status: 'dead', lastError: error } });
    },
    async markSkipped(id, reason) {
      await db.delivery.update({ where: { id }, data: { status: 'skipped', lastError: reason } });
    },
    async listPostedAlerts(eventId) {
      // Asked for every new source of every event, and almost always empty: an `include` would
      // cost a second query even then, so the channels are read only when there are rows.
      const rows = await db.delivery.findMany({ where: { eventId, kind: 'alert', status: 'sent', platformMessageId: { not: null } }, orderBy: { id: 'asc' } });
      if (rows.length === 0) return [];
      const channels = await db.subscription.findMany({
        where: { id: { in: [...new Set(rows.map((row) => row.subscriptionId))] } },
        select: { id: true, platform: true, workspaceId: true, channelId: true },
      });
      const byId = new Map(channels.map(({ id, platform, workspaceId, channelId }) => [id, { platform: platform as ChatPlatform, workspaceId, channelId }]));
      return rows.flatMap((row) => {
        const channel = byId.get(row.subscriptionId);
        // Deleted between the two reads: its deliveries went with it (cascade).
        return channel ? [{ delivery: toRecord(row), channel }] : [];
      });
    },
    async setPostedSourceCount(id, count) {
      await db.delivery.update({ where: { id }, data: { postedSourceCount: count } });
    },
    async listRecent(subscriptionId, limit) {
      return (await db.delivery.findMany({ where: { subscriptionId }, orderBy: { id: 'desc' }, take: limit })).map(toRecord);
    },
  };
}

function toRecord(row: Delivery): DeliveryRecord {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    kind: row.kind as DeliveryKind,
    eventId: row.eventId,
    digestDate: row.digestDate,
    dedupKey: row.dedupKey,
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    refusedAttempts: row.refusedAttempts,
    nextAttemptAt: row.nextAttemptAt,
    platformMessageId: row.platformMessageId,
    postedSourceCount: row.postedSourceCount,
    lastError: row.lastError,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}
