// The poll cycle end to end: real SQLite repositories, the real HTTP fetcher and parser against a
// local feed server, a fixed clock. Dedup across feeds, ETag/304, backfill vs feed origin, backoff
// and health on failure, and the one-call-per-article hand-off.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import pino from 'pino';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { createPoller, type PollerDeps } from '../../../src/core/feeds/poller.js';
import { createFeedReader } from '../../../src/core/feeds/feed-reader.js';
import { createPollJob } from '../../../src/core/feeds/poll-job.js';
import { createFeedRepository } from '../../../src/infra/db/feed-repository.js';
import { createArticleRepository } from '../../../src/infra/db/article-repository.js';
import { createHttpFeedFetcher, type HttpFeedFetcher } from '../../../src/infra/feeds/http-feed-fetcher.js';
import { createRssFeedParser } from '../../../src/infra/feeds/rss-feed-parser.js';
import { createAddressGuard } from '../../../src/infra/feeds/address-policy.js';
import type { FeedParser, FeedRepository } from '../../../src/core/feeds/ports.js';
import type { StoredArticle } from '../../../src/core/pipeline.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
const minutes = (n: number) => n * 60_000;

let temp: TempDatabase;
let server: FeedServer;
let fetcher: HttpFeedFetcher;
let now: Date;
let handled: StoredArticle[];
let parses: number;
let feeds: FeedRepository;

function makePoller(overrides: Partial<PollerDeps> = {}) {
  const real = createRssFeedParser();
  const parser: FeedParser = { parse: (xml) => (parses++, real.parse(xml)) };
  return createPoller({
    feeds,
    articles: createArticleRepository(temp.db),
    fetcher,
    reader: createFeedReader(parser),
    onArticle: async (article) => void handled.push(article),
    clock: { now: () => now },
    log: pino({ level: 'silent' }),
    settings: { defaultIntervalMinutes: 10, concurrency: 4, hostGapMs: 0 },
    random: () => 0.5,
    ...overrides,
  });
}

beforeEach(async () => {
  temp = await createTempDatabase();
  server = await startFeedServer();
  fetcher = createHttpFeedFetcher({ userAgent: 'test', timeoutMs: 600, connectTimeoutMs: 400, maxBytes: 1_000_000, maxRedirects: 3, guard: createAddressGuard({ allowPrivate: true }) });
  feeds = createFeedRepository(temp.db);
  now = new Date('2024-05-18T12:00:00Z');
  handled = [];
  parses = 0;
});
afterEach(async () => {
  await fetcher.close();
  await server.close();
  await temp.dispose();
});

async function addFeed(path: string, route: Parameters<FeedServer['route']>[1]) {
  server.route(path, route);
  return (await feeds.add({ url: server.url(path) }))!;
}

describe('poller', () => {
  it('stores one article per story across Google News, Bing News and Atom feeds, all backfill on a first fetch', async () => {
    await addFeed('/google', { body: fixture('google-news.rss'), etag: '"g1"' });
    await addFeed('/bing', { body: fixture('bing-news.rss'), etag: '"b1"' });
    await addFeed('/verge', { body: fixture('verge-ai.atom'), contentType: 'application/atom+xml', lastModified: 'Wed, 15 May 2024 04:10:00 GMT' });
    const summary = await makePoller().runCycle();

    expect(summary).toMatchObject({ polled: 3, unchanged: 0, failed: 0, faults: 0, itemsSeen: 4 + 3 + 2, newArticles: 6 });
    const rows = await temp.db.article.findMany({ orderBy: { id: 'asc' } });
    expect(rows).toHaveLength(6);
    // Sutskever's exit: three links (Google News id, Bing redirect with utm, Atom with utm and fragment), one article.
    expect(rows.filter((r) => r.titleKey.includes('sutskever'))).toHaveLength(1);
    // Leike: CNBC via Google News and Yahoo via Bing, same headline in different case: one article.
    expect(rows.filter((r) => r.titleKey.includes('leike'))).toHaveLength(1);
    expect(rows.map((r) => r.origin)).toEqual(Array(6).fill('backfill'));
    // Each stored article handed over exactly once, with what was stored.
    expect(handled.map((a) => a.id).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(handled.find((a) => a.title.includes('Sutskever'))).toMatchObject({
      url: 'https://www.theverge.com/2024/5/14/24156920/openai-chief-scientist-ilya-sutskever-leaving',
      source: 'The Verge',
      publishedAt: new Date('2024-05-14T23:46:00Z'),
      fetchedAt: now,
    });
    const google = (await feeds.findByUrl(server.url('/google')))!;
    expect(google).toMatchObject({ title: '"OpenAI resigns" - Google News', etag: '"g1"', lastStatus: 200, failureCount: 0, itemsSeen: 4, nextFetchAt: new Date(now.getTime() + minutes(10)) });
  });

  it('answers an unchanged feed with a conditional GET: 304, no parse, nothing stored', async () => {
    await addFeed('/google', { body: fixture('google-news.rss'), etag: '"g1"' });
    await addFeed('/verge', { body: fixture('verge-ai.atom'), lastModified: 'Wed, 15 May 2024 04:10:00 GMT' });
    const poller = makePoller();
    await poller.runCycle();
    const storedBefore = await temp.db.article.count();
    parses = 0;
    handled = [];
    now = new Date(now.getTime() + minutes(11));
    const second = await poller.runCycle();
    expect(second).toMatchObject({ polled: 2, unchanged: 2, newArticles: 0, itemsSeen: 0 });
    expect(parses).toBe(0);
    expect(handled).toEqual([]);
    expect(await temp.db.article.count()).toBe(storedBefore);
    expect(server.requestsTo('/google')[1]!.headers['if-none-match']).toBe('"g1"');
    expect(server.requestsTo('/verge')[1]!.headers['if-modified-since']).toBe('Wed, 15 May 2024 04:10:00 GMT');
    expect(await feeds.findByUrl(server.url('/google'))).toMatchObject({ lastStatus: 304, nextFetchAt: new Date(now.getTime() + minutes(10)) });
  });

  it('marks later articles as feed news, but old ones found later as backfill', async () => {
    await addFeed('/google', { body: fixture('google-news.rss'), etag: '"g1"' });
    const poller = makePoller();
    await poller.runCycle();
    handled = [];
    const fresh = `<item><title>OpenAI safety researcher departs for Anthropic - Axios</title><link>https://www.axios.com/2024/05/18/openai-safety-researcher-anthropic</link><pubDate>Sat, 18 May 2024 11:30:00 GMT</pubDate><source url="https://www.axios.com">Axios</source></item>`;
    const old = `<item><title>OpenAI board member steps down - Bloomberg</title><link>https://www.bloomberg.com/news/articles/2024-05-10/openai-board</link><pubDate>Fri, 10 May 2024 09:00:00 GMT</pubDate><source url="https://www.bloomberg.com">Bloomberg</source></item>`;
    server.route('/google', { body: fixture('google-news.rss').toString().replace('<item>', `${fresh}${old}<item>`), etag: '"g2"' });
    now = new Date(now.getTime() + minutes(10));
    const summary = await poller.runCycle();
    expect(summary).toMatchObject({ polled: 1, newArticles: 2, itemsSeen: 6 });
    expect(handled.map((a) => [a.source, a.origin])).toEqual([
      ['Axios', 'feed'],
      ['Bloomberg', 'backfill'],
    ]);
  });

  it('polls only due feeds unless asked for all', async () => {
    const due = await addFeed('/due', { body: fixture('verge-ai.atom') });
    const later = await addFeed('/later', { body: fixture('slashdot.rdf') });
    await feeds.update(later.id, { kind: 'not_modified', fetchedAt: now, nextFetchAt: new Date(now.getTime() + minutes(5)) });
    const poller = makePoller();
    // The scheduled job runs a cycle of due feeds only, every minute.
    const job = createPollJob(poller);
    expect(job).toMatchObject({ name: 'poll-feeds', schedule: '* * * * *' });
    await job.run();
    expect(server.requestsTo('/due')).toHaveLength(1);
    expect(server.requestsTo('/later')).toHaveLength(0);
    now = new Date(now.getTime() + minutes(10));
    expect((await poller.runCycle()).feeds.map((f) => f.feedId)).toEqual([due.id, later.id]);
    now = new Date(now.getTime() + minutes(1));
    expect((await poller.runCycle()).feeds.map((f) => f.feedId)).toEqual([]);
    expect((await poller.runCycle({ all: true })).feeds.map((f) => f.feedId)).toEqual([due.id, later.id]);
    expect((await poller.runCycle({ feedIds: [later.id] })).feeds.map((f) => f.feedId)).toEqual([later.id]);
  });

  it('backs a failing feed off exponentially, records its error, and keeps polling the others', async () => {
    const broken = await addFeed('/broken', { status: 500, body: 'oops', contentType: 'text/plain' });
    await addFeed('/good', { body: fixture('slashdot.rdf') });
    const poller = makePoller();
    const first = await poller.runCycle();
    expect(first).toMatchObject({ polled: 2, failed: 1, faults: 0, newArticles: 2 });
    expect(first.feeds.find((f) => f.feedId === broken.id)).toMatchObject({ outcome: 'failed', status: 500, error: 'HTTP 500 (server error)' });
    expect(await feeds.findById(broken.id)).toMatchObject({ failureCount: 1, lastError: 'HTTP 500 (server error)', lastStatus: 500, nextFetchAt: new Date(now.getTime() + minutes(20)) });

    now = new Date(now.getTime() + minutes(20));
    await poller.runCycle();
    expect(await feeds.findById(broken.id)).toMatchObject({ failureCount: 2, nextFetchAt: new Date(now.getTime() + minutes(40)) });

    server.route('/broken', { body: fixture('verge-ai.atom') });
    now = new Date(now.getTime() + minutes(40));
    await poller.runCycle();
    expect(await feeds.findById(broken.id)).toMatchObject({ failureCount: 0, lastError: null, lastStatus: 200 });
  });

  it('survives every kind of broken feed in one cycle, each with a readable error', async () => {
    const routes = {
      '/truncated': { body: fixture('truncated.xml') },
      '/html': { body: fixture('not-a-feed.html'), contentType: 'text/html; charset=utf-8' },
      '/loop': { redirect: '/loop2' },
      '/loop2': { redirect: '/loop' },
      '/slow': { body: fixture('google-news.rss'), delayMs: 1500 },
      '/huge': { streamBytes: 10 * 1024 * 1024 },
      '/gone': { status: 410, body: '' },
    } as const;
    for (const [path, route] of Object.entries(routes)) if (path !== '/loop2') await addFeed(path, route);
    server.route('/loop2', routes['/loop2']);
    await addFeed('/latin1', { body: fixture('latin1.rss'), contentType: 'application/xml' });
    const summary = await makePoller().runCycle();
    const errors = Object.fromEntries(summary.feeds.map((f) => [new URL(f.url).pathname, f.error ?? 'ok']));
    expect(errors).toEqual({
      '/truncated': expect.stringMatching(/^malformed XML/),
      '/html': expect.stringMatching(/HTML page/),
      '/loop': expect.stringMatching(/redirect loop/),
      '/slow': expect.stringMatching(/no response headers|no complete response/),
      '/huge': 'feed larger than 1000000 bytes',
      '/gone': 'HTTP 410 (gone)',
      '/latin1': 'ok',
    });
    expect(summary).toMatchObject({ polled: 7, failed: 6, faults: 0, newArticles: 1 });
    expect(handled[0]!.title).toBe("Départ d'OpenAI : le cofondateur Ilya Sutskever quitte la société");
    expect(handled[0]!.publishedAt).toEqual(new Date('2024-05-15T07:30:00Z'));
  });

  it('keeps storing and handing over when the article handler throws', async () => {
    await addFeed('/rdf', { body: fixture('slashdot.rdf') });
    let calls = 0;
    const summary = await makePoller({
      onArticle: async () => {
        calls++;
        throw new Error('detection exploded');
      },
    }).runCycle();
    expect(summary).toMatchObject({ failed: 0, newArticles: 2, faults: 0 });
    expect(calls).toBe(2);
    expect(await temp.db.article.count()).toBe(2);
  });

  it('hands an article whose handler threw over again on the next cycle, exactly once', async () => {
    await addFeed('/rdf', { body: fixture('slashdot.rdf') });
    let failFor: string | null = null;
    const calls: number[] = [];
    const poller = makePoller({
      onArticle: async (article) => {
        calls.push(article.id);
        failFor ??= article.canonicalUrl;
        if (article.canonicalUrl === failFor && calls.filter((id) => id === article.id).length === 1) throw new Error('detection exploded');
        handled.push(article);
      },
    });
    const first = await poller.runCycle();
    expect(first).toMatchObject({ newArticles: 2, retriedArticles: 0, faults: 0 });
    expect(handled).toHaveLength(1);
    const failed = (await temp.db.article.findMany({ where: { detectedAt: null } })).map((a) => a.id);
    expect(failed).toHaveLength(1);

    // Within the grace period it is left alone (another process may be handing it over).
    now = new Date(now.getTime() + 30_000);
    expect(await poller.runCycle({ feedIds: [] })).toMatchObject({ retriedArticles: 0 });
    now = new Date(now.getTime() + minutes(10));
    const second = await poller.runCycle();
    expect(second).toMatchObject({ newArticles: 0, retriedArticles: 1, faults: 0 });
    expect(calls.filter((id) => id === failed[0])).toHaveLength(2);
    expect(handled.map((a) => a.id).sort()).toEqual((await temp.db.article.findMany()).map((a) => a.id).sort());
    expect(await temp.db.article.count({ where: { detectedAt: null } })).toBe(0);
    now = new Date(now.getTime() + minutes(10));
    expect(await poller.runCycle()).toMatchObject({ retriedArticles: 0 });
    expect(calls).toHaveLength(3);
  });

  it('backs off an article whose handler keeps failing, without holding up the others', async () => {
    await addFeed('/rdf', { body: fixture('slashdot.rdf') });
    let calls = 0;
    const poller = makePoller({
      onArticle: async () => {
        calls++;
        throw new Error('poisoned');
      },
      settings: { defaultIntervalMinutes: 10, concurrency: 4, hostGapMs: 0, handover: { graceMs: minutes(2), batchSize: 1 } },
    });
    await poller.runCycle();
    expect(calls).toBe(2);
    // Waits: 2 min after the first failure, then 4, 8 ... Batches of one still reach both articles.
    const at = (m: number) => (now = new Date(Date.parse('2024-05-18T12:00:00Z') + minutes(m)));
    at(1);
    await poller.runCycle({ feedIds: [] });
    expect(calls).toBe(2);
    at(3);
    expect(await poller.runCycle({ feedIds: [] })).toMatchObject({ retriedArticles: 1 });
    expect(await poller.runCycle({ feedIds: [] })).toMatchObject({ retriedArticles: 1 });
    expect(calls).toBe(4);
    expect(await poller.runCycle({ feedIds: [] })).toMatchObject({ retriedArticles: 0 });
    at(6);
    expect(await poller.runCycle({ feedIds: [] })).toMatchObject({ retriedArticles: 0 });
    at(8);
    await poller.runCycle({ feedIds: [] });
    await poller.runCycle({ feedIds: [] });
    expect(calls).toBe(6);
  });

  it('does not let a feed whose write failed hide its stories from the other feeds of the cycle', async () => {
    await addFeed('/google', { body: fixture('google-news.rss') });
    await addFeed('/bing', { body: fixture('bing-news.rss') });
    const articles = createArticleRepository(temp.db);
    let calls = 0;
    const summary = await makePoller({
      articles: { ...articles, insertMany: (list) => (++calls === 1 ? Promise.reject(new Error('disk I/O error')) : articles.insertMany(list)) },
    }).runCycle();
    expect(summary).toMatchObject({ failed: 1, faults: 1 });
    // Google News failed first (one host, so in id order); Bing's copy of the same stories is stored.
    const titles = (await temp.db.article.findMany()).map((a) => a.titleKey);
    expect(titles.filter((t) => t.includes('sutskever'))).toHaveLength(1);
    expect(titles).toHaveLength(3);
  });

  it('reads the title index afresh each cycle: a story another process stored in between is not stored again', async () => {
    const rss = (link: string, title: string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://news.example/</link><description>d</description><item><title>${title}</title><link>${link}</link><pubDate>Sat, 18 May 2024 10:00:00 GMT</pubDate></item></channel></rss>`;
    const story = 'OpenAI chief scientist Ilya Sutskever is leaving the company';
    const first = await addFeed('/first', { body: rss('https://a.example/2024/05/18/jan-leike', 'OpenAI safety lead Jan Leike resigns') });
    const other = await addFeed('/other', { body: rss('https://b.example/2024/05/18/sutskever', story) });
    const later = await addFeed('/later', { body: rss('https://c.example/2024/05/18/sutskever-leaves', story) });
    const poller = makePoller();
    await poller.runCycle({ feedIds: [first.id] }); // this cycle's index covers 18 May
    await makePoller().runCycle({ feedIds: [other.id] }); // another process stores the story
    expect(await poller.runCycle({ feedIds: [later.id] })).toMatchObject({ polled: 1, newArticles: 0 });
    expect((await temp.db.article.findMany()).filter((a) => a.titleKey.includes('sutskever'))).toHaveLength(1);
  });

  it('keeps one readable line of a multi-line database error in the feed status', async () => {
    const feed = await addFeed('/rdf', { body: fixture('slashdot.rdf') });
    const articles = createArticleRepository(temp.db);
    const prismaLike = new Error('\nInvalid `prisma.article.createManyAndReturn()` invocation in\n/work/main/src/infra/db/article-repository.ts:64:47\n\n  61 |     async insertMany(articles) {\n→ 64       const rows = await db.article.createManyAndReturn(\nOperation has timed out');
    const summary = await makePoller({ articles: { ...articles, insertMany: async () => Promise.reject(prismaLike) } }).runCycle();
    expect(summary.feeds[0]).toMatchObject({ fault: true, error: 'database busy: operation timed out' });
    expect((await feeds.findById(feed.id))!.lastError).toBe('database busy: operation timed out');
    const other = new Error('\nInvalid `prisma.feed.update()` invocation in\n/x/y.ts:3:1\n\n  2 | a\n→ 3 | b\n\nForeign key constraint violated');
    now = new Date(now.getTime() + minutes(60));
    const again = await makePoller({ articles: { ...articles, insertMany: async () => Promise.reject(other) } }).runCycle();
    expect(again.feeds[0]!.error).toBe('internal error: Foreign key constraint violated');
  });

  it('counts a failure on the bot side as a fault, records it, and does not throw', async () => {
    const feed = await addFeed('/rdf', { body: fixture('slashdot.rdf') });
    const articles = createArticleRepository(temp.db);
    const summary = await makePoller({ articles: { ...articles, insertMany: async () => Promise.reject(new Error('disk I/O error')) } }).runCycle();
    expect(summary).toMatchObject({ failed: 1, faults: 1 });
    expect(summary.feeds[0]).toMatchObject({ fault: true, error: 'internal error: disk I/O error' });
    expect(await feeds.findById(feed.id)).toMatchObject({ failureCount: 1, lastError: 'internal error: disk I/O error' });
    const brokenRepo = await makePoller({ feeds: { ...feeds, listDue: () => Promise.reject(new Error('database is locked')) } }).runCycle();
    expect(brokenRepo).toMatchObject({ polled: 0, faults: 1 });
  });

  it('spaces requests to the same host by the politeness gap', async () => {
    await addFeed('/a', { body: fixture('slashdot.rdf') });
    await addFeed('/b', { body: fixture('verge-ai.atom') });
    const started = Date.now();
    await makePoller({ settings: { defaultIntervalMinutes: 10, concurrency: 4, hostGapMs: 300 } }).runCycle();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
