// A feed server that hangs — accepts the connection and never answers, or sends half a body and
// stalls — costs one timeout for that feed only: the cycle ends on time, the other feeds are
// stored, and the hanging feeds are recorded as failed with a timeout and backed off.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createFeedRepository } from '../../src/infra/db/feed-repository.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import { createBotApp, type BotApp } from './bot-app.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));

describe('a feed server that hangs', () => {
  let bot: BotApp;
  let server: FeedServer;
  beforeEach(async () => {
    server = await startFeedServer();
    bot = await createBotApp({ FETCH_TIMEOUT_MS: '1000', FETCH_CONNECT_TIMEOUT_MS: '500', POLL_CONCURRENCY: '2' });
  });
  afterEach(async () => {
    await bot.dispose();
    await server.close();
  });

  it('times out on the hanging feeds while the others are polled and stored', async () => {
    server.route('/silent', { handler: () => undefined }); // never answers
    server.route('/stalls', { body: fixture('google-news.rss'), stallMs: 10_000 }); // half a body, then nothing
    server.route('/google', { body: fixture('google-news.rss') });
    server.route('/verge', { body: fixture('verge-ai.atom'), contentType: 'application/atom+xml' });
    const feeds = createFeedRepository(bot.app.db);
    for (const path of ['/silent', '/stalls', '/google', '/verge']) await feeds.add({ url: server.url(path) });

    const started = Date.now();
    const summary = await bot.app.poller.runCycle({ all: true });
    const elapsed = Date.now() - started;

    // Two slots: the two hanging feeds hold them for about one timeout, then the others run.
    expect(elapsed).toBeLessThan(4000);
    expect(summary).toMatchObject({ polled: 4, failed: 2, faults: 0 });
    const [silent, stalls, google, verge] = summary.feeds;
    expect(silent).toMatchObject({ outcome: 'failed' });
    expect(stalls).toMatchObject({ outcome: 'failed' });
    expect(silent!.error).toMatch(/no response headers within 500 ms|no complete response within 1000 ms/);
    expect(stalls!.error).toMatch(/body stalled|no complete response within 1000 ms/);
    expect(google).toMatchObject({ outcome: 'updated', items: 4 });
    expect(verge).toMatchObject({ outcome: 'updated', items: 2 });
    expect(await bot.app.db.article.count()).toBe(summary.newArticles);
    expect(summary.newArticles).toBeGreaterThan(0);

    // Recorded for /feeds status, and retried later than a healthy feed would be.
    const stored = await feeds.list();
    const byUrl = (path: string) => stored.find((f) => f.url === server.url(path))!;
    expect(byUrl('/silent')).toMatchObject({ failureCount: 1, lastError: silent!.error });
    expect(byUrl('/silent').nextFetchAt!.getTime()).toBeGreaterThan(byUrl('/google').nextFetchAt!.getTime());
    expect(byUrl('/google')).toMatchObject({ failureCount: 0, lastError: null });
  });
});
