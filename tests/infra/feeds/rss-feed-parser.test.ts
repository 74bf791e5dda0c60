// Parsing real-world-shaped RSS 2.0 (Google News, Bing News), Atom (The Verge) and RDF (Slashdot),
// and refusing truncated XML, HTML pages and XML that is not a feed with a clear reason.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { createRssFeedParser } from '../../../src/infra/feeds/rss-feed-parser.js';
import { FeedFetchError } from '../../../src/core/feeds/ports.js';

const text = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const parser = createRssFeedParser();

async function parseError(xml: string): Promise<FeedFetchError> {
  const err = await parser.parse(xml).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(FeedFetchError);
  return err as FeedFetchError;
}

describe('rss feed parser', () => {
  it('reads Google News RSS with its <source> outlet', async () => {
    const feed = await parser.parse(text('google-news.rss'));
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('"OpenAI resigns" - Google News');
    expect(feed.items).toHaveLength(4);
    expect(feed.items[0]).toMatchObject({
      title: 'OpenAI chief scientist Ilya Sutskever is officially leaving - The Verge',
      date: 'Tue, 14 May 2024 23:46:00 GMT',
      sourceName: 'The Verge',
      sourceUrl: 'https://www.theverge.com',
    });
    expect(feed.items[0]!.link).toMatch(/^https:\/\/news\.google\.com\/rss\/articles\/CBMi/);
    expect(feed.items[0]!.summary).toContain('<a href=');
  });

  it('reads Bing News RSS with its outlet name', async () => {
    const feed = await parser.parse(text('bing-news.rss'));
    expect(feed.items.map((i) => i.sourceName)).toEqual(['The Verge', 'Yahoo', 'Example News']);
    expect(feed.items[0]!.link).toContain('apiclick.aspx');
  });

  it('reads Atom with alternate links, html titles and summaries', async () => {
    const feed = await parser.parse(text('verge-ai.atom'));
    expect(feed.format).toBe('atom');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]!.link).toContain('utm_source=rss');
    expect(feed.items[0]!.date).toBe('2024-05-14T23:46:00.000Z');
    expect(feed.items[1]!.title).toContain('superalignment');
    expect(feed.items[1]!.summary).toContain('resignation');
  });

  it('reads RDF (RSS 1.0) with Dublin Core dates', async () => {
    const feed = await parser.parse(iconv.decode(readFileSync(new URL('../../fixtures/feeds/slashdot.rdf', import.meta.url)), 'latin1'));
    expect(feed.format).toBe('rdf');
    expect(feed.title).toBe('Slashdot');
    expect(feed.items.map((i) => i.date)).toEqual(['2024-05-15T00:40:00+00:00', '2024-05-18T03:30:00+00:00']);
    expect(feed.items[0]!.title).toBe("OpenAI's Chief Scientist Ilya Sutskever Is Leaving the Company");
  });

  it('accepts HTML named entities that strict XML would reject', async () => {
    const feed = await parser.parse('<rss version="2.0"><channel><title>A&nbsp;B &mdash; C &amp; D</title></channel></rss>');
    expect(feed.title?.replace(/\s/g, ' ')).toBe('A B — C & D');
  });

  it('refuses truncated XML as malformed', async () => {
    const err = await parseError(text('truncated.xml'));
    expect(err.kind).toBe('malformed');
    expect(err.message).toMatch(/^malformed XML/);
  });

  it('refuses an HTML page, an empty body and XML that is not a feed', async () => {
    expect(await parseError(text('not-a-feed.html'))).toMatchObject({ kind: 'not_a_feed', message: expect.stringMatching(/HTML page/) });
    expect(await parseError('   ')).toMatchObject({ kind: 'not_a_feed', message: 'the response is empty' });
    expect(await parseError('<?xml version="1.0"?><error><code>403</code></error>')).toMatchObject({ kind: 'not_a_feed', message: 'XML but not a feed (root element <error>)' });
    expect(await parseError('{"items": []}')).toMatchObject({ kind: 'not_a_feed', message: 'the response is not XML' });
  });
});
