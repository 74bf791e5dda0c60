// Feeds in SQLite through Prisma: the feed list and each feed's polling state.
import type { Feed } from './generated/client.js';
import { isUniqueViolation } from './unique-violation.js';
import type { Database } from './client.js';
import type { FeedRecord, FeedRepository, FeedUpdate } from '../../core/feeds/ports.js';

function toRecord(feed: Feed): FeedRecord {
  return {
    id: feed.id,
    url: feed.url,
    title: feed.title,
    intervalMinutes: feed.intervalMinutes,
    enabled: feed.enabled,
    etag: feed.etag,
    lastModified: feed.lastModified,
    lastFetchedAt: feed.lastFetchedAt,
    lastSuccessAt: feed.lastSuccessAt,
    lastStatus: feed.lastStatus,
    lastError: feed.lastError,
    failureCount: feed.failureCount,
    nextFetchAt: feed.nextFetchAt,
    itemsSeen: feed.itemsSeen,
    createdAt: feed.createdAt,
  };
}

export function createFeedRepository(db: Database): FeedRepository {
  return {
    count: () => db.feed.count(),
    async list() {
      return (await db.feed.findMany({ orderBy: { id: 'asc' } })).map(toRecord);
    },
    async listDue(now) {
      const rows = await db.feed.findMany({
        where: { enabled: true, OR: [{ nextFetchAt: null }, { nextFetchAt: { lte: now } }] },
        orderBy: [{ nextFetchAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toRecord);
    },
    async listEnabled() {
      return (await db.feed.findMany({ where: { enabled: true }, orderBy: { id: 'asc' } })).map(toRecord);
    },
    async findById(id) {
      const row = await db.feed.findUnique({ where: { id } });
      return row ? toRecord(row) : null;
    },
    async findByUrl(url) {
      const row = await db.feed.findUnique({ where: { url } });
      return row ? toRecord(row) : null;
    },
    async add(feed) {
      try {
        const row = await db.feed.create({ data: { url: feed.url, title: feed.title ?? null, intervalMinutes: feed.intervalMinutes ?? null } });
        return toRecord(row);
      } catch (err) {
        if (isUniqueViolation(err)) return null;
        throw err;
      }
    },
    async remove(id) {
      const { count } = await db.feed.deleteMany({ where: { id } });
      return count > 0;
    },
    async update(id, update: FeedUpdate) {
      switch (update.kind) {
        case 'success':
          await db.feed.update({
            where: { id },
            data: {
              lastFetchedAt: update.fetchedAt,
              lastSuccessAt: update.fetchedAt,
              lastStatus: update.status,
              lastError: null,
              failureCount: 0,
              etag: update.etag,
              lastModified: update.lastModified,
              nextFetchAt: update.nextFetchAt,
              itemsSeen: { increment: update.itemsSeen },
              ...(update.title ? { title: update.title.slice(0, 200) } : {}),
            },
          });
          return;
        case 'not_modified':
          await db.feed.update({
            where: { id },
            data: { lastFetchedAt: update.fetchedAt, lastSuccessAt: update.fetchedAt, lastStatus: 304, lastError: null, failureCount: 0, nextFetchAt: update.nextFetchAt },
          });
          return;
        case 'failure':
          await db.feed.update({
            where: { id },
            data: { lastFetchedAt: update.fetchedAt, lastStatus: update.status, lastError: update.error, failureCount: update.failureCount, nextFetchAt: update.nextFetchAt },
          });
          return;
      }
    },
  };
}
