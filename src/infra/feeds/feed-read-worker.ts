// The body of the feed-reading worker thread (see worker-feed-reader.ts): reads one document per
// message with the same code the poller's thread would run (rss-parser, then normalisation) and
// answers with the entries or the error.
import { parentPort } from 'node:worker_threads';
import { createFeedReader } from '../../core/feeds/feed-reader.js';
import { FeedFetchError } from '../../core/feeds/ports.js';
import { createRssFeedParser } from './rss-feed-parser.js';
import type { ReadReply, ReadRequest } from './worker-feed-reader.js';

const reader = createFeedReader(createRssFeedParser());
const port = parentPort!;

port.on('message', async ({ id, body, finalUrl, fetchedAt }: ReadRequest) => {
  let reply: ReadReply;
  try {
    reply = { id, ok: true, entries: await reader.read(body, finalUrl, fetchedAt) };
  } catch (err) {
    reply =
      err instanceof FeedFetchError
        ? { id, ok: false, kind: err.kind, message: err.message }
        : { id, ok: false, kind: null, message: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
