// Reference limit: rss-parser's own parseString over exactly the documents the feed server
// serves (same seed, same instant), with nothing else around it. The ingestion cycle cannot be
// faster than this; the ratio of the two is the pipeline's overhead (HTTP, normalisation, dedup,
// storage, detection).
import Parser from 'rss-parser';
import { feedStories, renderFeed } from '../corpus.js';
import { emit } from '../measure.js';
import { readArgs } from './args.js';

const args = readArgs();
const base = new Date(args.base);
const documents: string[] = [];
for (let feed = 0; feed < args.feeds; feed++) documents.push(renderFeed(feed, feedStories(args.seed, feed, args.items, 0, base)));
const bytes = documents.reduce((n, d) => n + Buffer.byteLength(d), 0);

const parser = new Parser();
// One warm-up pass over a tenth of the documents so the JIT is not what gets measured.
for (const doc of documents.slice(0, Math.ceil(documents.length / 10))) await parser.parseString(doc);

const started = performance.now();
let items = 0;
for (const doc of documents) items += (await parser.parseString(doc)).items.length;
const ms = performance.now() - started;

emit({ documents: documents.length, bytes, items, ms, itemsPerSecond: (items / ms) * 1000 });
