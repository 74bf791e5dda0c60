// Feed and article repositories against a real migrated SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';
import { createFeedRepository } from '../../../src/infra/db/feed-repository.js';
import { createArticleRepository } from '../../../src/infra/db/article-repository.js';
import type { NewArticle } from '../../../src/core/feeds/ports.js';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await createTempDatabase();
});
afterEach(async () => {
  await temp.dispose();
});

const at = (iso: string) => new Date(iso);

describe('feed repository', () => {
  it('adds once per URL, lists, finds and removes', async () => {
    const feeds = createFeedRepository(temp.db);
    const a = await feeds.add({ url: 'https://a.example/feed', title: 'A' });
    expect(a).toMatchObject({ url: 'https://a.example/feed', title: 'A', enabled: true, failureCount: 0, nextFetchAt: null, intervalMinutes: null });
    expect(await feeds.add({ url: 'https://a.example/feed' })).toBeNull();
    const b = await feeds.add({ url: 'https://b.example/feed', intervalMinutes: 30 });
    expect(await feeds.count()).toBe(2);
    expect((await feeds.list()).map((f) => f.id)).toEqual([a!.id, b!.id]);
    expect(await feeds.findByUrl('https://b.example/feed')).toMatchObject({ intervalMinutes: 30 });
    expect(await feeds.remove(a!.id)).toBe(true);
    expect(await feeds.remove(a!.id)).toBe(false);
    expect(await feeds.findById(a!.id)).toBeNull();
  });

  it('lists due feeds: never fetched or next fetch passed, enabled only', async () => {
    const feeds = createFeedRepository(temp.db);
    const never = await feeds.add({ url: 'https://never.example/' });
    const due = await feeds.add({ url: 'https://due.example/' });
    const later = await feeds.add({ url: 'https://later.example/' });
    const off = await feeds.add({ url: 'https://off.example/' });
    await temp.db.feed.update({ where: { id: off!.id }, data: { enabled: false } });
    await feeds.update(due!.id, { kind: 'not_modified', fetchedAt: at('2024-05-18T11:00:00Z'), nextFetchAt: at('2024-05-18T11:50:00Z') });
    await feeds.update(later!.id, { kind: 'not_modified', fetchedAt: at('2024-05-18T11:55:00Z'), nextFetchAt: at('2024-05-18T12:05:00Z') });
    expect((await feeds.listDue(at('2024-05-18T12:00:00Z'))).map((f) => f.id).sort()).toEqual([never!.id, due!.id].sort());
    expect((await feeds.listEnabled()).map((f) => f.id)).not.toContain(off!.id);
  });

  it('records success, not-modified and failure state', async () => {
    const feeds = createFeedRepository(temp.db);
    const feed = (await feeds.add({ url: 'https://a.example/feed' }))!;
    await feeds.update(feed.id, { kind: 'failure', fetchedAt: at('2024-05-18T10:00:00Z'), status: 500, error: 'HTTP 500', failureCount: 2, nextFetchAt: at('2024-05-18T10:40:00Z') });
    expect(await feeds.findById(feed.id)).toMatchObject({ lastStatus: 500, lastError: 'HTTP 500', failureCount: 2, lastSuccessAt: null });
    await feeds.update(feed.id, { kind: 'success', fetchedAt: at('2024-05-18T11:00:00Z'), status: 200, etag: '"e1"', lastModified: 'x', nextFetchAt: at('2024-05-18T11:10:00Z'), title: 'Feed A', itemsSeen: 12 });
    await feeds.update(feed.id, { kind: 'success', fetchedAt: at('2024-05-18T11:10:00Z'), status: 200, etag: '"e2"', lastModified: null, nextFetchAt: at('2024-05-18T11:20:00Z'), itemsSeen: 3 });
    expect(await feeds.findById(feed.id)).toMatchObject({ title: 'Feed A', etag: '"e2"', lastModified: null, lastError: null, failureCount: 0, itemsSeen: 15, lastSuccessAt: at('2024-05-18T11:10:00Z') });
    await feeds.update(feed.id, { kind: 'not_modified', fetchedAt: at('2024-05-18T11:20:00Z'), nextFetchAt: at('2024-05-18T11:30:00Z') });
    expect(await feeds.findById(feed.id)).toMatchObject({ lastStatus: 304, etag: '"e2"', itemsSeen: 15 });
  });
});

describe('article repository', () => {
  const article = (overrides: Partial<NewArticle> = {}): NewArticle => ({
    url: 'https://www.theverge.com/a',
    canonicalUrl: 'https://www.theverge.com/a',
    title: 'Ilya Sutskever is leaving OpenAI',
    titleKey: 'ilya sutskever is leaving openai',
    summary: '',
    publishedAt: at('2024-05-14T23:46:00Z'),
    source: 'The Verge',
    contentHash: 'h',
    feedId: null,
    origin: 'feed',
    fetchedAt: at('2024-05-15T00:00:00Z'),
    ...overrides,
  });

  it('stores a batch in order, once per canonical URL, and finds which URLs are stored', async () => {
    const articles = createArticleRepository(temp.db);
    const stored = await articles.insertMany([article(), article({ canonicalUrl: 'https://x/b', titleKey: 'b' })]);
    expect(stored.map((a) => a.canonicalUrl)).toEqual(['https://www.theverge.com/a', 'https://x/b']);
    expect(stored[0]).toMatchObject({ origin: 'feed', feedId: null, source: 'The Verge' });
    expect(stored[0]!.id).toBeLessThan(stored[1]!.id);
    expect(await articles.findStoredCanonicalUrls(['https://www.theverge.com/a', 'https://nope/'])).toEqual(new Set(['https://www.theverge.com/a']));
    expect(await articles.findStoredCanonicalUrls([])).toEqual(new Set());
    expect(await articles.insertMany([])).toEqual([]);
  });

  it('skips an article another writer stored since the lookup, and stores the rest of the batch', async () => {
    const articles = createArticleRepository(temp.db);
    const [first] = await articles.insertMany([article()]);
    const stored = await articles.insertMany([article({ canonicalUrl: 'https://x/1', titleKey: '1' }), article({ url: 'https://other/' }), article({ canonicalUrl: 'https://x/2', titleKey: '2' })]);
    expect(stored.map((a) => a.canonicalUrl)).toEqual(['https://x/1', 'https://x/2']);
    expect(await temp.db.article.count()).toBe(3);
    expect(await temp.db.article.findUnique({ where: { id: first!.id } })).toMatchObject({ url: 'https://www.theverge.com/a' });
  });

  it('lists articles not yet handed over, oldest first, past the grace and without the excluded ones', async () => {
    const articles = createArticleRepository(temp.db);
    const [a, b, c] = await articles.insertMany([
      article(),
      article({ canonicalUrl: 'https://x/b', titleKey: 'b' }),
      article({ canonicalUrl: 'https://x/c', titleKey: 'c', fetchedAt: at('2024-05-15T00:10:00Z') }),
    ]);
    const before = at('2024-05-15T00:05:00Z');
    expect((await articles.listUndetected(before, 10, [])).map((x) => x.id)).toEqual([a!.id, b!.id]);
    expect((await articles.listUndetected(before, 1, [])).map((x) => x.id)).toEqual([a!.id]);
    expect((await articles.listUndetected(before, 10, [a!.id])).map((x) => x.id)).toEqual([b!.id]);
    await articles.markDetected([a!.id, c!.id], at('2024-05-15T00:20:00Z'));
    expect((await articles.listUndetected(at('2024-05-16T00:00:00Z'), 10, [])).map((x) => x.id)).toEqual([b!.id]);
    expect(await temp.db.article.findUnique({ where: { id: a!.id } })).toMatchObject({ detectedAt: at('2024-05-15T00:20:00Z') });
  });

  it('lists title keys by published date, or fetch date when undated', async () => {
    const articles = createArticleRepository(temp.db);
    await articles.insertMany([
      article(),
      article({ canonicalUrl: 'https://x/old', titleKey: 'old', publishedAt: at('2024-04-01T00:00:00Z') }),
      article({ canonicalUrl: 'https://x/undated', titleKey: 'undated', publishedAt: null, fetchedAt: at('2024-05-16T00:00:00Z') }),
    ]);
    const keys = await articles.listTitleKeys(at('2024-05-12T00:00:00Z'), at('2024-05-18T00:00:00Z'));
    expect(keys.map((k) => k.titleKey).sort()).toEqual(['ilya sutskever is leaving openai', 'undated']);
  });

  it('keeps articles when their feed is removed', async () => {
    const feeds = createFeedRepository(temp.db);
    const feed = (await feeds.add({ url: 'https://a.example/feed' }))!;
    const articles = createArticleRepository(temp.db);
    const [stored] = await articles.insertMany([article({ feedId: feed.id })]);
    await feeds.remove(feed.id);
    expect(await temp.db.article.findUnique({ where: { id: stored!.id } })).toMatchObject({ feedId: null });
  });
});
