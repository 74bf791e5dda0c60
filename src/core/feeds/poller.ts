// The poll cycle: pick the due (or all enabled) feeds, fetch them with a concurrency limit and a
// per-host gap, parse what changed, normalise and deduplicate the entries, store each new article
// once and hand it to detection exactly once. A failing feed backs off exponentially and is
// recorded with its error; nothing a feed does can throw out of a cycle.
import pLimit from 'p-limit';
import type { ArticleHandler, Origin } from '../pipeline.js';
import type { Clock } from '../services.js';
import {
  FeedFetchError,
  type ArticleCandidate,
  type ArticleRepository,
  type NewArticle,
  type FeedFetcher,
  type FeedLog,
  type FeedReader,
  type FeedRecord,
  type FeedRepository,
} from './ports.js';
import { createTitleIndex, type TitleIndex } from './title-index.js';
import { nextFetchAfterFailure, nextFetchAfterSuccess, type Random } from './backoff.js';
import { createHostGate, type Sleep } from './host-gate.js';
import { createArticleHandover, type HandoverSettings } from './article-handover.js';
import { describeFault } from './fault-message.js';

export interface PollerSettings {
  defaultIntervalMinutes: number;
  concurrency: number;
  hostGapMs: number;
  /** Same title key within this many days of each other = same story. */
  dedupWindowDays?: number;
  /** Articles published longer than this before the fetch are history, not news. */
  backfillAgeHours?: number;
  /** Retrying articles the handler did not finish with. */
  handover?: HandoverSettings;
}

export interface PollerDeps {
  feeds: FeedRepository;
  articles: ArticleRepository;
  fetcher: FeedFetcher;
  /** Parses and normalises a fetched document (src/core/feeds/feed-reader.ts, or on a worker). */
  reader: FeedReader;
  /** Called once per newly stored article (detection, then alerts). */
  onArticle: ArticleHandler;
  clock: Clock;
  log: FeedLog;
  settings: PollerSettings;
  random?: Random;
  sleep?: Sleep;
}

export type FeedOutcome = 'updated' | 'unchanged' | 'failed';

/** What one feed did in a cycle. */
export interface FeedPollReport {
  feedId: number;
  url: string;
  title: string | null;
  outcome: FeedOutcome;
  status: number | null;
  /** Entries in the feed (0 when unchanged or failed). */
  items: number;
  newArticles: number;
  error?: string;
  /** The failure was the bot's (database, bug), not the feed's. */
  fault?: boolean;
  durationMs: number;
  nextFetchAt: Date;
}

export interface CycleSummary {
  startedAt: Date;
  durationMs: number;
  feeds: FeedPollReport[];
  polled: number;
  unchanged: number;
  failed: number;
  itemsSeen: number;
  newArticles: number;
  /** Articles left undetected earlier (handler failed, process died) handed over again. */
  retriedArticles: number;
  /** Failures that are the bot's own (a broken database), as opposed to a broken feed. */
  faults: number;
}

export interface CycleOptions {
  /** Poll every enabled feed now, ignoring nextFetchAt (`poll --once`). */
  all?: boolean;
  /** Only these feeds (enabled or not). */
  feedIds?: readonly number[];
}

export interface Poller {
  runCycle(options?: CycleOptions): Promise<CycleSummary>;
}

const dayMs = 86_400_000;

export function createPoller(deps: PollerDeps): Poller {
  const { feeds, articles, fetcher, reader, onArticle, clock, log, settings } = deps;
  const random = deps.random ?? Math.random;
  const sleep = deps.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const windowMs = (settings.dedupWindowDays ?? 3) * dayMs;
  const backfillAgeMs = (settings.backfillAgeHours ?? 72) * 3600_000;
  // Politeness and durations run on real time; the injected clock dates what is stored.
  const gate = createHostGate(settings.hostGapMs, () => Date.now(), sleep);
  // Storing is serial, so two feeds carrying one story at the same moment still store it once,
  // and detection sees articles one at a time.
  const storeLock = createLock();
  const cycleLock = createLock();
  const handover = createArticleHandover({ articles, onArticle, log, settings: settings.handover });

  const intervalOf = (feed: FeedRecord) => feed.intervalMinutes ?? settings.defaultIntervalMinutes;

  // One title index per cycle: loaded for the dates the first feed needs, extended when a later
  // feed reaches further, and kept current as this cycle stores articles. An article stored by
  // another process during the cycle may escape the title check; the canonical URL check and the
  // unique index still catch a second copy of the same link.
  let cycleTitles: { index: TitleIndex; from: number; to: number } | null = null;
  async function loadTitleIndex(candidates: readonly ArticleCandidate[], fetchedAt: Date): Promise<TitleIndex> {
    if (!cycleTitles) cycleTitles = { index: createTitleIndex([], windowMs), from: Infinity, to: -Infinity };
    const c = cycleTitles;
    if (candidates.length === 0) return c.index;
    let min = Infinity;
    let max = -Infinity;
    for (const candidate of candidates) {
      const t = (candidate.publishedAt ?? fetchedAt).getTime();
      if (t < min) min = t;
      if (t > max) max = t;
    }
    const from = min - windowMs;
    const to = max + windowMs;
    const load = async (a: number, b: number) => {
      for (const row of await articles.listTitleKeys(new Date(a), new Date(b))) c.index.add(row);
    };
    if (c.from === Infinity) {
      await load(from, to);
      c.from = from;
      c.to = to;
      return c.index;
    }
    if (from < c.from) {
      await load(from, c.from - 1);
      c.from = from;
    }
    if (to > c.to) {
      await load(c.to + 1, to);
      c.to = to;
    }
    return c.index;
  }

  /** Dedups the feed's entries, stores the new ones in one write, hands each over once. */
  async function store(feed: FeedRecord, candidates: ArticleCandidate[], fetchedAt: Date, firstFetch: boolean): Promise<number> {
    return storeLock(async () => {
      const titles = await loadTitleIndex(candidates, fetchedAt);
      const known = await articles.findStoredCanonicalUrls(candidates.map((c) => c.canonicalUrl));
      // Later entries of this feed are compared with the earlier ones; the cycle's index learns
      // them only once they are stored, so a failed write cannot hide a story from other feeds.
      const pending = createTitleIndex([], windowMs);
      const fresh: NewArticle[] = [];
      for (const candidate of candidates) {
        const at = candidate.publishedAt ?? fetchedAt;
        if (known.has(candidate.canonicalUrl)) continue;
        if (titles.find(candidate.titleKey, at) !== null || pending.find(candidate.titleKey, at) !== null) continue;
        known.add(candidate.canonicalUrl);
        pending.add({ id: fresh.length, titleKey: candidate.titleKey, at });
        const old = candidate.publishedAt !== null && fetchedAt.getTime() - candidate.publishedAt.getTime() > backfillAgeMs;
        const origin: Origin = firstFetch || old ? 'backfill' : 'feed';
        fresh.push({ ...candidate, feedId: feed.id, origin, fetchedAt });
      }
      const stored = await articles.insertMany(fresh);
      const keys = new Map(fresh.map((a) => [a.canonicalUrl, a.titleKey]));
      for (const article of stored) {
        titles.add({ id: article.id, titleKey: keys.get(article.canonicalUrl) ?? '', at: article.publishedAt ?? article.fetchedAt });
      }
      await handover.handOver(stored, clock.now());
      return stored.length;
    });
  }

  async function pollFeed(feed: FeedRecord): Promise<FeedPollReport> {
    const startedAt = Date.now();
    const base = { feedId: feed.id, url: feed.url, title: feed.title };
    const interval = intervalOf(feed);
    try {
      await gate.wait(hostOf(feed.url));
      const fetchedAt = clock.now();
      const result = await fetcher.fetch({ url: feed.url, etag: feed.etag, lastModified: feed.lastModified });
      if (result.kind === 'not_modified') {
        const nextFetchAt = nextFetchAfterSuccess(fetchedAt, interval, random);
        await feeds.update(feed.id, { kind: 'not_modified', fetchedAt, nextFetchAt });
        return { ...base, outcome: 'unchanged', status: 304, items: 0, newArticles: 0, durationMs: elapsed(startedAt), nextFetchAt };
      }
      // Only the candidates wait for the store lock; the body and the parsed document go now.
      const { status, etag, lastModified } = result;
      const parsed = await reader.read(result.body, result.finalUrl, fetchedAt);
      for (const reason of parsed.skipped) log.debug({ feedId: feed.id, reason }, 'feed entry skipped');
      const newArticles = await store(feed, parsed.candidates, fetchedAt, feed.lastSuccessAt === null);
      const nextFetchAt = nextFetchAfterSuccess(fetchedAt, interval, random);
      await feeds.update(feed.id, {
        kind: 'success',
        fetchedAt,
        status,
        etag,
        lastModified,
        nextFetchAt,
        title: feed.title ? undefined : (parsed.title ?? undefined),
        itemsSeen: parsed.items,
      });
      log.debug({ feedId: feed.id, items: parsed.items, newArticles }, 'feed polled');
      return { ...base, title: feed.title ?? parsed.title, outcome: 'updated', status, items: parsed.items, newArticles, durationMs: elapsed(startedAt), nextFetchAt };
    } catch (err) {
      return recordFailure(feed, err, startedAt);
    }
  }

  async function recordFailure(feed: FeedRecord, err: unknown, startedAt: number): Promise<FeedPollReport> {
    const fault = !(err instanceof FeedFetchError);
    // A fault's message (Prisma's run to many lines) is logged in full below; status shows one line.
    const message = fault ? describeFault(err) : (err as FeedFetchError).message;
    const status = err instanceof FeedFetchError ? err.status : null;
    const failureCount = feed.failureCount + 1;
    const now = clock.now();
    const nextFetchAt = nextFetchAfterFailure(now, intervalOf(feed), failureCount, random, err instanceof FeedFetchError ? err.retryAfterMs : null);
    if (fault) log.error({ err, feedId: feed.id, url: feed.url }, 'feed poll failed on our side');
    else log.warn({ feedId: feed.id, url: feed.url, kind: (err as FeedFetchError).kind, error: message, failureCount }, 'feed fetch failed');
    try {
      await feeds.update(feed.id, { kind: 'failure', fetchedAt: now, status, error: message.slice(0, 500), failureCount, nextFetchAt });
    } catch (updateErr) {
      log.error({ err: updateErr, feedId: feed.id }, 'could not record feed failure');
    }
    return { feedId: feed.id, url: feed.url, title: feed.title, outcome: 'failed', status, items: 0, newArticles: 0, error: message, fault, durationMs: elapsed(startedAt), nextFetchAt };
  }

  function elapsed(since: number): number {
    return Date.now() - since;
  }

  async function selectFeeds(options: CycleOptions): Promise<FeedRecord[]> {
    if (options.feedIds) {
      const found = await Promise.all(options.feedIds.map((id) => feeds.findById(id)));
      return found.filter((f): f is FeedRecord => f !== null);
    }
    return options.all ? feeds.listEnabled() : feeds.listDue(clock.now());
  }

  async function cycle(options: CycleOptions): Promise<CycleSummary> {
    const startedAt = clock.now();
    const started = Date.now();
    const reports: FeedPollReport[] = [];
    let faults = 0;
    let retriedArticles = 0;
    try {
      // First the articles an earlier cycle (or process) stored but did not finish handing over.
      retriedArticles = (await storeLock(() => handover.retryUndetected(clock.now()))).retried;
    } catch (err) {
      faults++;
      log.error({ err }, 'retrying undetected articles failed');
    }
    try {
      const selected = await selectFeeds(options);
      // One queue per host keeps the politeness gap without holding a concurrency slot idle.
      const byHost = new Map<string, FeedRecord[]>();
      for (const feed of selected) byHost.set(hostOf(feed.url), [...(byHost.get(hostOf(feed.url)) ?? []), feed]);
      const limit = pLimit(settings.concurrency);
      await Promise.all(
        [...byHost.values()].map((queue) =>
          limit(async () => {
            for (const feed of queue) reports.push(await pollFeed(feed));
          }),
        ),
      );
    } catch (err) {
      faults++;
      log.error({ err }, 'poll cycle failed');
    }
    faults += reports.filter((r) => r.fault).length;
    const summary: CycleSummary = {
      startedAt,
      durationMs: elapsed(started),
      feeds: reports.sort((a, b) => a.feedId - b.feedId),
      polled: reports.length,
      unchanged: reports.filter((r) => r.outcome === 'unchanged').length,
      failed: reports.filter((r) => r.outcome === 'failed').length,
      itemsSeen: reports.reduce((n, r) => n + r.items, 0),
      newArticles: reports.reduce((n, r) => n + r.newArticles, 0),
      retriedArticles,
      faults,
    };
    if (summary.polled > 0) {
      log.info({ polled: summary.polled, unchanged: summary.unchanged, failed: summary.failed, items: summary.itemsSeen, newArticles: summary.newArticles, retriedArticles, ms: summary.durationMs }, 'poll cycle done');
    }
    return summary;
  }

  return {
    runCycle(options = {}) {
      return cycleLock(async () => {
        try {
          return await cycle(options);
        } finally {
          // The title index lives for one cycle: the next loads what the database holds by then,
          // and nothing stays in memory between cycles.
          cycleTitles = null;
        }
      });
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
}

/** Runs the given functions one at a time, in call order. */
function createLock(): <T>(fn: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (fn) => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}
