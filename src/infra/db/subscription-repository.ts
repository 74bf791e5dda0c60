// Prisma implementation of the alerts SubscriptionRepository: one row per (platform, workspace,
// channel), created on first /alerts or /digest and updated in place afterwards.
import type { Database } from './client.js';
import type { Subscription } from './generated/client.js';
import type { ChatPlatform } from '../../core/alerts/chat-publisher.js';
import type { SubscriptionRecord, SubscriptionRepository } from '../../core/alerts/ports.js';

export function createSubscriptionRepository(db: Database): SubscriptionRepository {
  return {
    async find(channel) {
      const row = await db.subscription.findUnique({ where: { platform_workspaceId_channelId: channel } });
      return row ? toRecord(row) : null;
    },
    async findById(id) {
      const row = await db.subscription.findUnique({ where: { id } });
      return row ? toRecord(row) : null;
    },
    async upsert(channel, changes) {
      const row = await db.subscription.upsert({
        where: { platform_workspaceId_channelId: channel },
        create: { ...channel, ...changes },
        update: changes,
      });
      return toRecord(row);
    },
    async markBroken(id, error) {
      await db.subscription.updateMany({ where: { id }, data: { state: 'broken', lastError: error } });
    },
    async listAlerting() {
      return (await db.subscription.findMany({ where: { alertsEnabled: true, state: 'active' }, orderBy: { id: 'asc' } })).map(toRecord);
    },
    async listDigest() {
      return (await db.subscription.findMany({ where: { digestEnabled: true, state: 'active' }, orderBy: { id: 'asc' } })).map(toRecord);
    },
    async list(filter = {}) {
      const rows = await db.subscription.findMany({
        where: { platform: filter.platform, workspaceId: filter.workspaceId },
        orderBy: [{ platform: 'asc' }, { workspaceId: 'asc' }, { channelId: 'asc' }],
      });
      return rows.map(toRecord);
    },
  };
}

function toRecord(row: Subscription): SubscriptionRecord {
  return {
    id: row.id,
    platform: row.platform as ChatPlatform,
    workspaceId: row.workspaceId,
    channelId: row.channelId,
    alertsEnabled: row.alertsEnabled,
    minConfidence: row.minConfidence,
    digestEnabled: row.digestEnabled,
    digestTime: row.digestTime,
    timezone: row.timezone,
    digestWhenEmpty: row.digestWhenEmpty,
    state: row.state === 'broken' ? 'broken' : 'active',
    lastError: row.lastError,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
