// Fuzzed and truncated feeds: random mutations of the real fixture feeds (truncation, deleted or
// duplicated slices, stray markup, broken entities, control characters, odd Unicode) must never
// crash the bot. The parser either parses cleanly or throws a FeedFetchError; normalisation never
// throws; a poll cycle over mutants records each broken feed's error and stores the rest. The PRNG
// is seeded, so a failure reproduces (FUZZ_SEED=<n> to try other seeds).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createPrng } from '../../bench/prng.js';
import { fixtures, mutants } from './feed-mutations.js';
import { createRssFeedParser } from '../../src/infra/feeds/rss-feed-parser.js';
import { normaliseItem } from '../../src/core/feeds/normalise-item.js';
import { FeedFetchError } from '../../src/core/feeds/ports.js';
import { createFeedRepository } from '../../src/infra/db/feed-repository.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import { createBotApp, type BotApp } from './bot-app.js';

const seed = Number(process.env.FUZZ_SEED ?? 20240517);
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The parse's outcome, or 'never settled' after `ms`. */
function settle(promise: Promise<unknown>, ms = 2000): Promise<string> {
  return Promise.race([
    promise.then(
      () => 'parsed',
      (err: unknown) => (err instanceof FeedFetchError ? `refused: ${err.kind}` : `crashed: ${String(err)}`),
    ),
    new Promise<string>((resolve) => setTimeout(() => resolve('never settled'), ms)),
  ]);
}

describe(`fuzzed feeds (seed ${seed})`, () => {
  it('settles on a malformed feed parsed right after one with junk after its root element', async () => {
    // Two mutants from seed 4: with one rss-parser instance shared by every feed, the first left
    // xml2js's state broken and the second never settled, hanging the poll cycle for good.
    const parser = createRssFeedParser();
    expect(await settle(parser.parse(fixture('junk-after-root.xml')))).toBe('refused: malformed');
    expect(await settle(parser.parse(fixture('malformed-after-junk.xml')))).toBe('refused: malformed');
    expect(await settle(parser.parse(fixtures[0]!.text))).toBe('parsed');
  });

  it('parses cleanly or throws a FeedFetchError, and normalisation never throws', async () => {
    const parser = createRssFeedParser();
    const p = createPrng(seed);
    const outcomes = { parsed: 0, refused: 0 };
    for (const [i, mutant] of mutants(400, p).entries()) {
      let parsed;
      try {
        parsed = await parser.parse(mutant.text);
      } catch (err) {
        if (!(err instanceof FeedFetchError)) throw new Error(`mutant ${i} of ${mutant.origin} (seed ${seed}) crashed the parser: ${String(err)}`);
        expect(['malformed', 'not_a_feed']).toContain(err.kind);
        expect(err.message.length).toBeGreaterThan(0);
        outcomes.refused++;
        continue;
      }
      outcomes.parsed++;
      expect(Array.isArray(parsed.items)).toBe(true);
      for (const item of parsed.items) {
        const result = normaliseItem(item, 'https://feeds.example.com/feed.xml', new Date('2024-05-18T12:00:00Z'));
        if (result.ok) {
          expect(result.article.canonicalUrl).toMatch(/^https?:\/\//);
          // Whatever the feed carried, a stored title or summary holds no control characters.
          expect(result.article.title).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
        }
      }
    }
    // Both paths were exercised: some mutants still parse, some are refused.
    expect(outcomes.parsed).toBeGreaterThan(10);
    expect(outcomes.refused).toBeGreaterThan(40);
  });

  describe('through a poll cycle of the real app', () => {
    let bot: BotApp;
    let server: FeedServer;
    beforeAll(async () => {
      bot = await createBotApp({ FETCH_TIMEOUT_MS: '3000' });
      server = await startFeedServer();
    });
    afterAll(async () => {
      await server.close();
      await bot.dispose();
    });

    it('records an error for each broken feed, stores the rest, and never faults', async () => {
      const p = createPrng(seed + 1);
      const feeds = createFeedRepository(bot.app.db);
      const served = [...mutants(30, p), { origin: 'google-news.rss', text: fixtures[0]!.text }, { origin: 'verge-ai.atom', text: fixtures[2]!.text }];
      for (const [i, mutant] of served.entries()) {
        server.route(`/f${i}`, { body: Buffer.from(mutant.text, mutant.origin === 'latin1.rss' ? 'latin1' : 'utf8'), contentType: mutant.origin.endsWith('.atom') ? 'application/atom+xml' : 'application/rss+xml' });
        await feeds.add({ url: server.url(`/f${i}`) });
      }

      const summary = await bot.app.poller.runCycle({ all: true });
      expect(summary.faults).toBe(0);
      expect(summary.polled).toBe(served.length);
      const stored = await feeds.list();
      for (const report of summary.feeds) {
        const feed = stored.find((f) => f.id === report.feedId)!;
        if (report.outcome === 'failed') {
          // A clear reason, kept for /feeds status, and a backoff.
          expect(report.error).toMatch(/malformed|not a feed|not XML|empty|HTML/i);
          expect(feed.lastError).toBe(report.error);
          expect(feed.failureCount).toBe(1);
        } else {
          expect(report.outcome).toBe('updated');
          expect(feed.lastError).toBeNull();
        }
      }
      // The two intact feeds came through.
      expect(summary.feeds.at(-1)!.outcome).toBe('updated');
      expect(summary.feeds.at(-2)!.outcome).toBe('updated');
      expect(await bot.app.db.article.count()).toBeGreaterThan(0);
    });
  });
});
