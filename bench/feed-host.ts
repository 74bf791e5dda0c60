// The benchmark's feed server, run as a child process so its memory and CPU are not counted as
// the bot's. Each feed gets its own loopback address (127.0.1.1, 127.0.1.2, ...: all of 127/8 is
// loopback on Linux), because the poller keeps a politeness gap per host and 500 real feeds live
// on hundreds of hosts, not one. Bodies are rendered once per version; a conditional GET with the
// current ETag gets a 304. The parent can add a story to feeds (a new version) over IPC.
import http from 'node:http';
import net from 'node:net';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { feedStories, renderFeed, feedFormat, type Story } from './corpus.js';

export interface FeedHostOptions {
  seed: number;
  feeds: number;
  items: number;
  /** Publication dates are relative to this instant (ISO). */
  base: string;
  /** Share of generated stories that are staffing moves at OpenAI (default 0.1). */
  staffingShare?: number;
}

/** A story the parent publishes on a feed (dates travel as ISO strings). */
export type PublishedStory = Omit<Story, 'publishedAt'> & { publishedAt: string };

type Request =
  | { id: number; type: 'bump'; feeds: number[] }
  | { id: number; type: 'publish'; feed: number; story: PublishedStory }
  | { id: number; type: 'count' };

type Reply = { id: number; requests?: number };
/** A request before its id is assigned (Omit distributed over the union). */
type Unsent = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

function loopbackAddress(feed: number): string {
  return `127.0.${1 + Math.floor(feed / 250)}.${1 + (feed % 250)}`;
}

// ---- child side ----------------------------------------------------------------------------

async function serve(options: FeedHostOptions): Promise<string[]> {
  const base = new Date(options.base);
  const state = Array.from({ length: options.feeds }, (_, feed) => ({ version: 0, extra: [] as Story[], body: Buffer.alloc(0), etag: '' }));
  const render = (feed: number) => {
    const s = state[feed]!;
    const stories = [...s.extra, ...feedStories(options.seed, feed, options.items, s.version, base, options.staffingShare)].slice(0, options.items);
    s.body = Buffer.from(renderFeed(feed, stories));
    s.etag = `"f${feed}-v${s.version}-${s.extra.length}"`;
  };
  for (let feed = 0; feed < options.feeds; feed++) render(feed);

  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    const match = /^\/feed\/(\d+)\.xml/.exec(req.url ?? '');
    const s = match ? state[Number(match[1])] : undefined;
    if (!s) return void res.writeHead(404).end();
    if (req.headers['if-none-match'] === s.etag) return void res.writeHead(304, { etag: s.etag }).end();
    const type = feedFormat(Number(match![1])) === 'atom' ? 'application/atom+xml' : 'application/rss+xml';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-length': String(s.body.length), etag: s.etag }).end(s.body);
  });
  server.keepAliveTimeout = 30_000;

  const urls: string[] = [];
  for (let feed = 0; feed < options.feeds; feed++) {
    const address = loopbackAddress(feed);
    const listener = net.createServer((socket) => server.emit('connection', socket));
    await new Promise<void>((resolve, reject) => listener.once('error', reject).listen(0, address, resolve));
    urls.push(`http://${address}:${(listener.address() as net.AddressInfo).port}/feed/${feed}.xml`);
  }

  process.on('message', (msg: Request) => {
    const reply: Reply = { id: msg.id };
    if (msg.type === 'bump') {
      for (const feed of msg.feeds) {
        state[feed]!.version++;
        render(feed);
      }
    } else if (msg.type === 'publish') {
      state[msg.feed]!.extra.unshift({ ...msg.story, publishedAt: new Date(msg.story.publishedAt) });
      render(msg.feed);
    } else if (msg.type === 'count') {
      reply.requests = requests;
    }
    process.send!(reply);
  });
  return urls;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.send) {
  const options = JSON.parse(process.argv[2]!) as FeedHostOptions;
  const urls = await serve(options);
  process.send({ ready: true, urls });
  // The parent going away ends the server.
  process.on('disconnect', () => process.exit(0));
}

// ---- parent side ---------------------------------------------------------------------------

export interface FeedHost {
  urls: string[];
  /** Adds one new story to each of these feeds (a new ETag). */
  bump(feeds: readonly number[]): Promise<void>;
  /** Puts `story` at the top of `feed`. */
  publish(feed: number, story: Story): Promise<void>;
  requests(): Promise<number>;
  close(): Promise<void>;
}

export async function startFeedHost(options: FeedHostOptions): Promise<FeedHost> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [JSON.stringify(options)], { execArgv: process.execArgv.filter((flag) => !flag.startsWith('--max-old-space-size')), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const urls = await new Promise<string[]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`feed host exited (${code})`)));
    child.once('message', (msg: { urls: string[] }) => resolve(msg.urls));
  });
  child.removeAllListeners('exit');
  let next = 1;
  const pending = new Map<number, (reply: Reply) => void>();
  child.on('message', (reply: Reply) => {
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  const call = (request: Unsent) =>
    new Promise<Reply>((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      child.send({ ...request, id });
    });
  return {
    urls,
    bump: async (feeds) => void (await call({ type: 'bump', feeds: [...feeds] })),
    publish: async (feed, story) => void (await call({ type: 'publish', feed, story: { ...story, publishedAt: story.publishedAt.toISOString() } })),
    requests: async () => (await call({ type: 'count' })).requests ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
