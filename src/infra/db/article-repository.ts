// Articles in SQLite through Prisma: stored once per canonical URL (a unique index, so a race with
// another process cannot store one twice), looked up by title key for the near-duplicate check,
// and marked once the article handler has finished with them. The poll cycle's hot path is one
// query and one write per feed, not per entry: Prisma's cost is per query, not per row.
import type { Article } from './generated/client.js';
import type { Database } from './client.js';
import type { ArticleRepository, NewArticle } from '../../core/feeds/ports.js';
import type { Origin, StoredArticle } from '../../core/pipeline.js';
import { isUniqueViolation } from './unique-violation.js';

export function toStoredArticle(row: Article): StoredArticle {
  return {
    id: row.id,
    url: row.url,
    canonicalUrl: row.canonicalUrl,
    title: row.title,
    summary: row.summary,
    publishedAt: row.publishedAt,
    source: row.source,
    feedId: row.feedId,
    fetchedAt: row.fetchedAt,
    origin: row.origin as Origin,
  };
}

function toData(article: NewArticle) {
  return {
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    titleKey: article.titleKey,
    summary: article.summary,
    publishedAt: article.publishedAt,
    source: article.source,
    contentHash: article.contentHash,
    feedId: article.feedId,
    origin: article.origin,
    fetchedAt: article.fetchedAt,
  };
}

export function createArticleRepository(db: Database): ArticleRepository {
  return {
    async findStoredCanonicalUrls(canonicalUrls) {
      if (canonicalUrls.length === 0) return new Set();
      const rows = await db.article.findMany({ where: { canonicalUrl: { in: [...canonicalUrls] } }, select: { canonicalUrl: true } });
      return new Set(rows.map((r) => r.canonicalUrl));
    },
    async listTitleKeys(from, to) {
      const rows = await db.article.findMany({
        where: {
          OR: [
            { publishedAt: { gte: from, lte: to } },
            { publishedAt: null, fetchedAt: { gte: from, lte: to } },
          ],
        },
        select: { id: true, titleKey: true, publishedAt: true, fetchedAt: true },
      });
      return rows.map((r) => ({ id: r.id, titleKey: r.titleKey, at: r.publishedAt ?? r.fetchedAt }));
    },
    async insertMany(articles) {
      if (articles.length === 0) return [];
      try {
        // One INSERT ... RETURNING: one statement, one commit for the whole feed.
        const rows = await db.article.createManyAndReturn({ data: articles.map(toData) });
        return rows.map(toStoredArticle).sort((a, b) => a.id - b.id);
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
      }
      // Another writer stored one of them since the lookup (rare): fall back to one insert each
      // in a single transaction, skipping what is already there.
      return db.$transaction(async (tx) => {
        const stored: StoredArticle[] = [];
        const taken = new Set((await tx.article.findMany({ where: { canonicalUrl: { in: articles.map((a) => a.canonicalUrl) } }, select: { canonicalUrl: true } })).map((r) => r.canonicalUrl));
        for (const article of articles) {
          if (taken.has(article.canonicalUrl)) continue;
          taken.add(article.canonicalUrl);
          stored.push(toStoredArticle(await tx.article.create({ data: toData(article) })));
        }
        return stored;
      });
    },
    async markDetected(ids, at) {
      if (ids.length === 0) return;
      await db.article.updateMany({ where: { id: { in: [...ids] } }, data: { detectedAt: at } });
    },
    async listUndetected(fetchedBefore, limit, excludeIds) {
      const rows = await db.article.findMany({
        where: { detectedAt: null, fetchedAt: { lt: fetchedBefore }, ...(excludeIds.length > 0 ? { id: { notIn: [...excludeIds] } } : {}) },
        orderBy: { id: 'asc' },
        take: limit,
      });
      return rows.map(toStoredArticle);
    },
  };
}
