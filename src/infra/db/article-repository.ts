// Articles in SQLite through Prisma: stored once per canonical URL (a unique index, so a race with
// another process cannot store one twice), looked up by title key for the near-duplicate check,
// and marked once the article handler has finished with them. The poll cycle's hot path is one
// query and one write per feed, not per entry: Prisma's cost is per query, not per row.
import type { Article } from './generated/client.js';
import type { Database } from './client.js';
import type { ArticleRepository } from '../../core/feeds/ports.js';
import type { Origin, StoredArticle } from '../../core/pipeline.js';

function toStoredArticle(row: Article): StoredArticle {
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

// Bound parameters per statement stay far below SQLite's limit (32,766) with 500 rows of 11.
const rowsPerStatement = 500;
const insertColumns = ['url', 'canonicalUrl', 'title', 'titleKey', 'summary', 'publishedAt', 'source', 'contentHash', 'feedId', 'origin', 'fetchedAt'] as const;

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export function createArticleRepository(db: Database): ArticleRepository {
  return {
    async findStoredCanonicalUrls(canonicalUrls) {
      const found = new Set<string>();
      for (const chunk of chunks(canonicalUrls, rowsPerStatement)) {
        const rows = await db.$queryRawUnsafe<{ canonicalUrl: string }[]>(`SELECT canonicalUrl FROM Article WHERE canonicalUrl IN (${placeholders(chunk.length)})`, ...chunk);
        for (const row of rows) found.add(row.canonicalUrl);
      }
      return found;
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
      const stored: StoredArticle[] = [];
      for (const chunk of chunks(articles, rowsPerStatement)) {
        // One INSERT ... RETURNING per feed: one statement, one commit. ON CONFLICT skips an article
        // another writer stored since the lookup. Raw SQL because Prisma's createManyAndReturn
        // compiles a plan for each batch's data, which cost more than the insert itself.
        // Dates are bound as Date, which the adapter writes in the format Prisma reads and compares.
        const rows = await db.$queryRawUnsafe<Article[]>(
          `INSERT INTO Article (${insertColumns.join(', ')}) VALUES ${chunk.map(() => `(${placeholders(insertColumns.length)})`).join(', ')}
           ON CONFLICT (canonicalUrl) DO NOTHING RETURNING *`,
          ...chunk.flatMap((a) => insertColumns.map((column) => a[column])),
        );
        for (const row of rows) stored.push(toStoredArticle(row));
      }
      return stored.sort((a, b) => a.id - b.id);
    },
    async markDetected(ids, at) {
      for (const chunk of chunks(ids, rowsPerStatement)) {
        await db.$executeRawUnsafe(`UPDATE Article SET detectedAt = ? WHERE id IN (${placeholders(chunk.length)})`, at, ...chunk);
      }
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
