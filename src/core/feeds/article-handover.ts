// Hands stored articles to the ArticleHandler (detection, then alerts) and records which ones it
// finished with, so none is missed: an article whose handler threw, or whose process died before
// the hand-over, stays "undetected" in the database and is handed over again by a later cycle.
// Retries come in bounded batches after a grace period (another process may be mid-hand-over),
// and an article that keeps failing waits twice as long each time, so one poisoned article cannot
// spin. The guarantee is at least once: a crash between the handler's success and the mark hands
// the article over again (the event recorder keeps one source per event and article).
import type { ArticleHandler, StoredArticle } from '../pipeline.js';
import type { ArticleRepository, FeedLog } from './ports.js';

export interface HandoverSettings {
  /** An undetected article younger than this may still be in another process's hands. */
  graceMs?: number;
  /** Articles retried per cycle at most. */
  batchSize?: number;
  /** Longest wait between two retries of one failing article. */
  maxBackoffMs?: number;
}

export interface ArticleHandover {
  /** Hands each article over once, in order; marks the ones the handler finished with and returns how many. */
  handOver(articles: readonly StoredArticle[], now: Date): Promise<number>;
  /** Hands over again a bounded batch of articles left undetected; returns how many succeeded. */
  retryUndetected(now: Date): Promise<{ retried: number; succeeded: number }>;
}

interface Failure {
  count: number;
  retryAt: number;
}

export function createArticleHandover(deps: { articles: ArticleRepository; onArticle: ArticleHandler; log: FeedLog; settings?: HandoverSettings }): ArticleHandover {
  const { articles, onArticle, log } = deps;
  const graceMs = deps.settings?.graceMs ?? 120_000;
  const batchSize = deps.settings?.batchSize ?? 100;
  const maxBackoffMs = deps.settings?.maxBackoffMs ?? 12 * 3600_000;
  // In memory on purpose: after a restart every undetected article gets one fresh try.
  const failures = new Map<number, Failure>();

  async function handOne(article: StoredArticle, now: Date): Promise<boolean> {
    try {
      await onArticle(article);
      failures.delete(article.id);
      return true;
    } catch (err) {
      // The article stays stored and undetected; the feed and the cycle go on.
      const count = (failures.get(article.id)?.count ?? 0) + 1;
      const waitMs = Math.min(maxBackoffMs, graceMs * 2 ** (count - 1));
      failures.set(article.id, { count, retryAt: now.getTime() + waitMs });
      log.error({ err, articleId: article.id, url: article.url, failures: count, retryInMs: waitMs }, 'article handler failed');
      return false;
    }
  }

  async function handOver(list: readonly StoredArticle[], now: Date): Promise<number> {
    const done: number[] = [];
    for (const article of list) if (await handOne(article, now)) done.push(article.id);
    // One write for the batch. If it fails, the articles were handed over all the same; a later
    // retry hands them over again (at least once), which beats failing the feed that stored them.
    try {
      await articles.markDetected(done, now);
    } catch (err) {
      log.error({ err, articles: done.length }, 'could not mark articles as handed over');
    }
    return done.length;
  }

  return {
    handOver,
    async retryUndetected(now) {
      const waiting = [...failures].filter(([, f]) => f.retryAt > now.getTime()).map(([id]) => id);
      const due = await articles.listUndetected(new Date(now.getTime() - graceMs), batchSize, waiting);
      if (due.length === 0) return { retried: 0, succeeded: 0 };
      const succeeded = await handOver(due, now);
      log.info({ retried: due.length, succeeded }, 'undetected articles handed over again');
      return { retried: due.length, succeeded };
    },
  };
}
