// OPML in and out: nested folders, entities, odd casing, our interval attribute; garbage refused.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildOpml, OpmlError, parseOpml } from '../../../src/core/feeds/opml.js';

describe('opml', () => {
  it('reads feed outlines from nested folders and skips outlines without a feed', () => {
    const feeds = parseOpml(readFileSync(new URL('../../fixtures/feeds/feeds.opml', import.meta.url), 'utf8'));
    expect(feeds.map((f) => f.url)).toEqual([
      'https://www.theverge.com/rss/ai-artificial-intelligence/index.xml',
      'https://techcrunch.com/category/artificial-intelligence/feed/',
      'http://192.168.1.1/feed.xml',
      'ftp://example.org/feed.xml',
    ]);
    expect(feeds[0]!.title).toBe('The Verge & AI');
    expect(feeds[1]!.title).toBe('TechCrunch AI');
  });

  it('round-trips through buildOpml, escaping and keeping intervals', () => {
    const feeds = [
      { url: 'https://news.google.com/rss/search?q=OpenAI+resigns&hl=en-US&gl=US&ceid=US:en', title: 'Google "News" <resigns> & co', intervalMinutes: 5 },
      { url: 'https://www.theverge.com/rss/ai-artificial-intelligence/index.xml' },
    ];
    const text = buildOpml(feeds, 'Exodus Watch feeds', new Date('2024-05-18T12:00:00Z'));
    expect(text).toContain('<dateCreated>Sat, 18 May 2024 12:00:00 GMT</dateCreated>');
    expect(text).toContain('&amp;hl=en-US');
    expect(parseOpml(text)).toEqual([feeds[0], { url: feeds[1]!.url, title: feeds[1]!.url }]);
  });

  it('refuses malformed XML and documents that are not OPML', () => {
    expect(() => parseOpml('<opml><body><outline xmlUrl="x">')).toThrow(OpmlError);
    expect(() => parseOpml('<rss version="2.0"><channel/></rss>')).toThrow(/not an OPML document/);
    expect(parseOpml('<opml version="2.0"><body/></opml>')).toEqual([]);
  });
});
