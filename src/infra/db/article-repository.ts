// Articles in SQLite through Prisma: stored once per canonical URL, looked up by title key for
// the near-duplicate check.
import type { Article } from './generated/client.js';
import type { Database } from './client.js';
import type { ArticleRepository } from '../../core/feeds/ports.js';
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

export function createArticleRepository(db: Database): ArticleRepository {
  return {
    async findIdByCanonicalUrl(canonicalUrl) {
      const row = await db.article.findUnique({ where: { canonicalUrl }, select: { id: true } });
      return row?.id ?? null;
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
    async insert(article) {
      try {
        const row = await db.article.create({
          data: {
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
          },
        });
        return toStoredArticle(row);
      } catch (err) {
        if (isUniqueViolation(err)) return null;
        throw err;
      }
    },
  };
}
