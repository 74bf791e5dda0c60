// A feed-reading worker that misbehaves on cue, for the supervisor's tests: a body of "hang" never
// gets an answer, "crash" throws out of the worker, "exit" ends it, "big" allocates until the heap
// cap stops it; anything else is read as a feed and answered like the real worker does.
import { parentPort } from 'node:worker_threads';
import { createFeedReader } from '../../src/core/feeds/feed-reader.js';
import { createRssFeedParser } from '../../src/infra/feeds/rss-feed-parser.js';
import type { ReadReply, ReadRequest } from '../../src/infra/feeds/worker-feed-reader.js';

const reader = createFeedReader(createRssFeedParser());
const port = parentPort!;
const hoard: string[][] = [];

port.on('message', async ({ id, body, finalUrl, fetchedAt }: ReadRequest) => {
  if (body === 'hang') return;
  if (body === 'crash') throw new Error('worker bug');
  if (body === 'exit') process.exit(3);
  if (body === 'big') for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => `entry ${i}`));
  const reply: ReadReply = { id, ok: true, entries: await reader.read(body, finalUrl, fetchedAt) };
  port.postMessage(reply);
});
