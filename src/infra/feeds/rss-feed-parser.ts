// Parses feed XML with rss-parser (RSS 2.0 and 0.9x, Atom 1.0, RDF / RSS 1.0) into raw entries
// for the core to normalise. Only the text is handed over: rss-parser never touches the network
// here (its parseURL is not used; the HTTP fetcher does that job with our limits).
import Parser from 'rss-parser';
import { FeedFetchError, type FeedParser, type ParsedFeed, type RawFeedItem } from '../../core/feeds/ports.js';
import { entity, stripHtml } from '../../core/feeds/strip-html.js';

type SourceElement = { _?: string; $?: { url?: string } } | string;
interface CustomItem {
  sourceEl?: SourceElement[];
  /** Bing News names the outlet in its own namespace. */
  newsSource?: string;
  date?: string;
  id?: string;
  'content:encoded'?: string;
}

const xmlPredefined = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

const parserOptions: Parser.ParserOptions<Record<string, unknown>, CustomItem> = {
  customFields: { item: [['source', 'sourceEl', { keepArray: true }], ['News:Source', 'newsSource']] },
};

export function createRssFeedParser(): FeedParser {
  return {
    async parse(xml) {
      const format = detectFormat(xml);
      // A fresh parser per document: xml2js (under rss-parser) keeps state between documents, and
      // a feed with junk after its root element leaves that state broken, so the next malformed
      // feed's promise never settles and the poll cycle hangs for good (found by the fuzz tests).
      const parser = new Parser<Record<string, unknown>, CustomItem>(parserOptions);
      let feed: Awaited<ReturnType<typeof parser.parseString>>;
      try {
        feed = await parser.parseString(htmlEntitiesToNumeric(xml));
      } catch (err) {
        const message = err instanceof Error ? err.message.split('\n').slice(0, 2).join(' ') : String(err);
        throw new FeedFetchError('malformed', `malformed XML: ${message.slice(0, 200)}`);
      }
      const items: RawFeedItem[] = (feed.items ?? []).map((item) => {
        const source = item.sourceEl?.[0];
        return {
          title: text(item.title),
          link: text(item.link),
          guid: text(item.guid ?? item.id),
          summary: text(item.summary) ?? text(item.content) ?? text(item['content:encoded']),
          date: text(item.pubDate) ?? text(item.date) ?? text(item.isoDate),
          sourceName: (typeof source === 'string' ? text(source) : text(source?._)) ?? text(item.newsSource),
          sourceUrl: typeof source === 'string' ? undefined : text(source?.$?.url),
        };
      });
      // Feed titles are shown in /feeds: plain text on one line.
      const title = stripHtml(text(feed.title) ?? '', 200);
      return { format, title: title || null, items } satisfies ParsedFeed;
    },
  };
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && '_' in value && typeof (value as { _: unknown })._ === 'string') return text((value as { _: string })._);
  return undefined;
}

/** Which vocabulary the document uses, judged by its root element; refuses HTML and non-feeds. */
function detectFormat(xml: string): ParsedFeed['format'] {
  const head = xml.slice(0, 4096).replace(/^\uFEFF/, '');
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<\?[^>]*\?>|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*<([A-Za-z][\w:.-]*)/i.exec(head);
  const name = root?.[1]?.toLowerCase();
  if (/^\s*<!doctype\s+html/i.test(head) || name === 'html') throw new FeedFetchError('not_a_feed', 'got an HTML page, not a feed (is the URL a web page rather than its RSS link?)');
  if (name === 'rss') return 'rss';
  if (name === 'feed') return 'atom';
  if (name === 'rdf:rdf') return 'rdf';
  if (!name) throw new FeedFetchError('not_a_feed', head.trim() ? 'the response is not XML' : 'the response is empty');
  throw new FeedFetchError('not_a_feed', `XML but not a feed (root element <${root![1]}>)`);
}

/** XML knows only five named entities; feeds written by hand use HTML ones (&nbsp; &mdash;) anyway. */
function htmlEntitiesToNumeric(xml: string): string {
  return xml.replace(/&([a-zA-Z][a-zA-Z0-9]*);/g, (whole, name: string) => {
    if (xmlPredefined.has(name)) return whole;
    const char = entity(name);
    return char === undefined ? whole : char === '' ? '' : `&#${char.codePointAt(0)};`;
  });
}
