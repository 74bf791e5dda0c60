// A fetched feed document -> the article candidates in it: parsed by the FeedParser port, then
// each entry normalised. Nothing here touches the database or the network, so the same reader
// runs on the poller's thread or on a worker thread (src/infra/feeds/worker-feed-reader.ts).
import { normaliseItem } from './normalise-item.js';
import type { FeedEntries, FeedParser, FeedReader } from './ports.js';

export function createFeedReader(parser: FeedParser): FeedReader {
  return {
    async read(body, finalUrl, fetchedAt) {
      const parsed = await parser.parse(body);
      const entries: FeedEntries = { title: parsed.title, items: parsed.items.length, candidates: [], skipped: [] };
      for (const item of parsed.items) {
        const normalised = normaliseItem(item, finalUrl, fetchedAt);
        if (normalised.ok) entries.candidates.push(normalised.article);
        else entries.skipped.push(normalised.reason);
      }
      return entries;
    },
  };
}
