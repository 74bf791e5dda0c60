// The feed reader on a worker thread: the same entries as reading on the poller's thread, the
// feed's errors passed through as FeedFetchError, and a stuck, crashed or exhausted worker replaced
// without losing the other documents in flight.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createFeedReader } from '../../../src/core/feeds/feed-reader.js';
import { FeedFetchError } from '../../../src/core/feeds/ports.js';
import { createRssFeedParser } from '../../../src/infra/feeds/rss-feed-parser.js';
import { createWorkerFeedReader, type WorkerFeedReader } from '../../../src/infra/feeds/worker-feed-reader.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const misbehaving = fileURLToPath(new URL('../../fakes/misbehaving-feed-read-worker.ts', import.meta.url));
const feedUrl = 'https://feeds.example.com/feed.xml';
const fetchedAt = new Date('2024-05-18T12:00:00Z');

let reader: WorkerFeedReader | undefined;
afterEach(async () => reader?.close());

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

describe('createWorkerFeedReader', () => {
  it('reads every fixture exactly as the poller thread would', async () => {
    reader = createWorkerFeedReader();
    const local = createFeedReader(createRssFeedParser());
    for (const name of ['google-news.rss', 'bing-news.rss', 'verge-ai.atom', 'slashdot.rdf', 'latin1.rss']) {
      const body = fixture(name);
      expect(await reader.read(body, feedUrl, fetchedAt)).toEqual(await local.read(body, feedUrl, fetchedAt));
    }
  });

  it("passes the feed's errors through as FeedFetchError and keeps serving", async () => {
    reader = createWorkerFeedReader();
    const [truncated, html, good] = await Promise.allSettled([
      reader.read(fixture('truncated.xml'), feedUrl, fetchedAt),
      reader.read(fixture('not-a-feed.html'), feedUrl, fetchedAt),
      reader.read(fixture('verge-ai.atom'), feedUrl, fetchedAt),
    ]);
    expect(truncated.status === 'rejected' && truncated.reason).toMatchObject({ name: 'FeedFetchError', kind: 'malformed' });
    expect(html.status === 'rejected' && html.reason).toMatchObject({ name: 'FeedFetchError', kind: 'not_a_feed' });
    expect(good.status === 'fulfilled' && good.value.candidates.length).toBeGreaterThan(0);
  });

  it('gives up on a document that never finishes and sends the others to a fresh worker', async () => {
    reader = createWorkerFeedReader({ workerFile: misbehaving, timeoutMs: 3_000 });
    await reader.read(fixture('verge-ai.atom'), feedUrl, fetchedAt); // the worker is up
    const stuck = failure(reader.read('hang', feedUrl, fetchedAt));
    const behind = reader.read(fixture('google-news.rss'), feedUrl, fetchedAt);
    const err = await stuck;
    expect(err).toBeInstanceOf(FeedFetchError);
    expect(err.message).toMatch(/could not be parsed within 3 s/);
    expect((await behind).candidates.length).toBeGreaterThan(0);
  });

  it('fails only the document a worker crashed on, as our fault, and replaces the worker', async () => {
    reader = createWorkerFeedReader({ workerFile: misbehaving });
    for (const cue of ['crash', 'exit']) {
      const culprit = failure(reader.read(cue, feedUrl, fetchedAt));
      const behind = reader.read(fixture('verge-ai.atom'), feedUrl, fetchedAt);
      const err = await culprit;
      expect(err).not.toBeInstanceOf(FeedFetchError);
      expect(err.message).toMatch(cue === 'crash' ? /feed reader crashed: worker bug/ : /feed reader stopped \(exit 3\)/);
      expect((await behind).candidates.length).toBeGreaterThan(0);
    }
  });

  it("blames a document that exhausts the worker's heap on the feed (too_large)", async () => {
    reader = createWorkerFeedReader({ workerFile: misbehaving, maxHeapMb: 16 });
    const err = await failure(reader.read('big', feedUrl, fetchedAt));
    expect(err).toMatchObject({ name: 'FeedFetchError', kind: 'too_large' });
    expect((await reader.read(fixture('verge-ai.atom'), feedUrl, fetchedAt)).items).toBeGreaterThan(0);
  });

  it('refuses reads once closed and rejects the ones in flight', async () => {
    reader = createWorkerFeedReader({ workerFile: misbehaving });
    const inFlight = failure(reader.read('hang', feedUrl, fetchedAt));
    await reader.close();
    expect((await inFlight).message).toBe('feed reader closed');
    expect((await failure(reader.read(fixture('verge-ai.atom'), feedUrl, fetchedAt))).message).toBe('feed reader closed');
  });
});
