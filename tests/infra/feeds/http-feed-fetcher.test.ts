// The HTTP fetcher against a local server: conditional GET, compression, character sets,
// redirects (limit, loop, per-hop address check), timeouts, size cap, errors as readable reasons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHttpFeedFetcher, parseRetryAfter, type HttpFeedFetcher } from '../../../src/infra/feeds/http-feed-fetcher.js';
import { createAddressGuard } from '../../../src/infra/feeds/address-policy.js';
import { FeedFetchError } from '../../../src/core/feeds/ports.js';
import { buildUserAgent } from '../../../src/infra/feeds/user-agent.js';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));

let server: FeedServer;
let fetcher: HttpFeedFetcher;

function makeFetcher(overrides: Partial<Parameters<typeof createHttpFeedFetcher>[0]> = {}) {
  return createHttpFeedFetcher({
    userAgent: buildUserAgent('ops@example.org', '9.9.9'),
    timeoutMs: 1500,
    connectTimeoutMs: 1000,
    maxBytes: 1_000_000,
    maxRedirects: 3,
    guard: createAddressGuard({ allowPrivate: true }),
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<FeedFetchError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FeedFetchError);
  return err as FeedFetchError;
}

beforeAll(async () => {
  server = await startFeedServer();
  fetcher = makeFetcher();
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

describe('http feed fetcher', () => {
  it('sends a User-Agent naming the bot and asks for feeds and compression', async () => {
    server.route('/ua', { body: fixture('google-news.rss') });
    const result = await fetcher.fetch({ url: server.url('/ua') });
    expect(result.kind).toBe('ok');
    const headers = server.requestsTo('/ua')[0]!.headers;
    expect(headers['user-agent']).toBe('ExodusWatch/9.9.9 (+ops@example.org)');
    expect(headers['accept']).toContain('application/rss+xml');
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('does a conditional GET and reports 304 without a body', async () => {
    server.route('/etag', { body: fixture('google-news.rss'), etag: '"v1"', lastModified: 'Sat, 18 May 2024 09:12:41 GMT' });
    const first = await fetcher.fetch({ url: server.url('/etag') });
    expect(first).toMatchObject({ kind: 'ok', status: 200, etag: '"v1"', lastModified: 'Sat, 18 May 2024 09:12:41 GMT' });
    const second = await fetcher.fetch({ url: server.url('/etag'), etag: '"v1"', lastModified: 'Sat, 18 May 2024 09:12:41 GMT' });
    expect(second).toEqual({ kind: 'not_modified', status: 304, finalUrl: server.url('/etag') });
    const sent = server.requestsTo('/etag')[1]!.headers;
    expect(sent['if-none-match']).toBe('"v1"');
    expect(sent['if-modified-since']).toBe('Sat, 18 May 2024 09:12:41 GMT');
  });

  it.each(['gzip', 'br', 'deflate', 'deflate-raw'] as const)('decodes a %s body', async (encoding) => {
    server.route(`/enc-${encoding}`, { body: fixture('verge-ai.atom'), encoding });
    const result = await fetcher.fetch({ url: server.url(`/enc-${encoding}`) });
    expect(result.kind === 'ok' && result.body).toContain('Ilya Sutskever is officially leaving');
  });

  it('decodes ISO-8859-1 declared only in the XML prolog', async () => {
    server.route('/latin1', { body: fixture('latin1.rss'), contentType: 'application/xml' });
    const result = await fetcher.fetch({ url: server.url('/latin1') });
    expect(result.kind === 'ok' && result.body).toContain('Départ d\'OpenAI');
    expect(result.kind === 'ok' && result.body).toContain('très influent');
  });

  it('prefers the HTTP charset, and reads bytes that are not UTF-8 as Windows-1252', async () => {
    const latin = Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>Caf\xe9 \x93news\x94</title></channel></rss>', 'latin1');
    server.route('/mislabelled', { body: latin, contentType: 'text/xml; charset=utf-8' });
    const result = await fetcher.fetch({ url: server.url('/mislabelled') });
    expect(result.kind === 'ok' && result.body).toContain('Café “news”');
    const koi = Buffer.from([0x3c, 0x61, 0x3e, 0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x3c, 0x2f, 0x61, 0x3e]);
    server.route('/koi8', { body: koi, contentType: 'text/xml; charset=KOI8-R' });
    const koiResult = await fetcher.fetch({ url: server.url('/koi8') });
    expect(koiResult.kind === 'ok' && koiResult.body).toBe('<a>Привет</a>');
  });

  it('follows redirects and reports the final URL', async () => {
    server.route('/old', { redirect: '/moved' });
    server.route('/moved', { redirect: server.url('/new') });
    server.route('/new', { body: fixture('slashdot.rdf') });
    const result = await fetcher.fetch({ url: server.url('/old') });
    expect(result).toMatchObject({ kind: 'ok', finalUrl: server.url('/new') });
  });

  it('stops a redirect loop and a redirect chain longer than the limit', async () => {
    server.route('/loop-a', { redirect: '/loop-b' });
    server.route('/loop-b', { redirect: '/loop-a' });
    const loop = await failure(fetcher.fetch({ url: server.url('/loop-a') }));
    expect(loop.kind).toBe('too_many_redirects');
    expect(loop.message).toMatch(/redirect loop/);
    for (let i = 0; i < 5; i++) server.route(`/hop${i}`, { redirect: `/hop${i + 1}` });
    server.route('/hop5', { body: 'never' });
    const chain = await failure(fetcher.fetch({ url: server.url('/hop0') }));
    expect(chain.kind).toBe('too_many_redirects');
    expect(chain.message).toBe('more than 3 redirects');
    expect(server.requestsTo('/hop4')).toHaveLength(0);
  });

  it('checks the address of every redirect hop (no redirect into a private network)', async () => {
    // A guard that treats "localhost" as the private network: the first hop passes, the redirect target does not.
    const checked: string[] = [];
    const open = createAddressGuard({ allowPrivate: true });
    const guarded = makeFetcher({
      guard: {
        lookup: open.lookup,
        async check(url) {
          checked.push(url.href);
          if (url.hostname === 'localhost') throw new FeedFetchError('refused_address', 'localhost is private');
        },
      },
    });
    server.route('/to-private', { redirect: server.url('/internal').replace('127.0.0.1', 'localhost') });
    server.route('/internal', { body: 'secret' });
    const err = await failure(guarded.fetch({ url: server.url('/to-private') }));
    expect(err.kind).toBe('refused_address');
    expect(checked).toHaveLength(2);
    expect(server.requestsTo('/internal')).toHaveLength(0);
    await guarded.close();
  });

  it('refuses private addresses by literal and, at connect time, by DNS answer', async () => {
    const strictGuard = createAddressGuard({ allowPrivate: false });
    const strict = makeFetcher({ guard: strictGuard });
    expect((await failure(strict.fetch({ url: server.url('/new') }))).kind).toBe('refused_address');
    // Even if the pre-check is skipped, the agent's lookup refuses a name that resolves to loopback.
    const lookupOnly = makeFetcher({ guard: { check: async () => undefined, lookup: strictGuard.lookup } });
    const viaDns = await failure(lookupOnly.fetch({ url: server.url('/new').replace('127.0.0.1', 'localhost') }));
    expect(viaDns.kind).toBe('refused_address');
    await Promise.all([strict.close(), lookupOnly.close()]);
  });

  it('reports HTTP errors with their status, and Retry-After on 503', async () => {
    server.route('/500', { status: 500, body: 'boom', contentType: 'text/plain' });
    const err = await failure(fetcher.fetch({ url: server.url('/500') }));
    expect(err).toMatchObject({ kind: 'http_status', status: 500, message: 'HTTP 500 (server error)' });
    server.route('/503', { status: 503, body: '', headers: { 'retry-after': '120' } });
    const busy = await failure(fetcher.fetch({ url: server.url('/503') }));
    expect(busy.retryAfterMs).toBe(120_000);
    expect(parseRetryAfter('Sat, 18 May 2024 10:00:00 GMT', Date.parse('Sat, 18 May 2024 09:59:00 GMT'))).toBe(60_000);
  });

  it('times out a server that sends nothing, and one that stalls mid-body', async () => {
    const quick = makeFetcher({ timeoutMs: 400, connectTimeoutMs: 250 });
    server.route('/silent', { body: fixture('google-news.rss'), delayMs: 2000 });
    const started = Date.now();
    const silent = await failure(quick.fetch({ url: server.url('/silent') }));
    expect(silent.kind).toBe('timeout');
    server.route('/stall', { body: fixture('google-news.rss'), stallMs: 2000 });
    const stall = await failure(quick.fetch({ url: server.url('/stall') }));
    expect(stall.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1800);
    await quick.close();
  });

  it('aborts a 10 MB body as soon as it passes the size cap', async () => {
    server.route('/huge', { streamBytes: 10 * 1024 * 1024 });
    const err = await failure(fetcher.fetch({ url: server.url('/huge') }));
    expect(err.kind).toBe('too_large');
    // The server stopped well short of 10 MB: the stream was cut, not read to the end.
    await new Promise((r) => setTimeout(r, 50));
    expect(server.streamedBytes.get('/huge')!).toBeLessThan(5 * 1024 * 1024);
    server.route('/declared', { body: Buffer.alloc(2_000_000, 'y') });
    expect((await failure(fetcher.fetch({ url: server.url('/declared') }))).kind).toBe('too_large');
  });

  it('caps the decompressed size too (a small gzip bomb)', async () => {
    server.route('/bomb', { body: Buffer.alloc(20_000_000, 0x20), encoding: 'gzip' });
    expect((await failure(fetcher.fetch({ url: server.url('/bomb') }))).kind).toBe('too_large');
  });

  it('names connection failures', async () => {
    const refused = await failure(fetcher.fetch({ url: 'http://127.0.0.1:1/feed' }));
    expect(refused.kind).toBe('connect');
    const bad = await failure(fetcher.fetch({ url: 'not a url' }));
    expect(bad.kind).toBe('invalid_url');
  });
});
