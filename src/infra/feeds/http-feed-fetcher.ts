// Fetches feeds over HTTP with undici, as a polite and careful client: a User-Agent naming the
// bot, conditional GET (ETag / Last-Modified, so an unchanged feed costs one 304), connect and
// total timeouts, a body size cap enforced while streaming (and after decompression), gzip /
// deflate / br, redirects followed by hand so each hop's address is vetted and counted, and the
// body decoded with its declared character set. Anything that is the feed's fault becomes a
// FeedFetchError with a readable message.
import { Agent, request, errors as undiciErrors } from 'undici';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { FeedFetchError, type FeedFetcher, type FetchRequest, type FetchResult } from '../../core/feeds/ports.js';
import type { AddressGuard } from './address-policy.js';
import { decodeFeedBody } from './charset.js';

export interface HttpFeedFetcherOptions {
  userAgent: string;
  timeoutMs: number;
  connectTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  guard: AddressGuard;
}

export interface HttpFeedFetcher extends FeedFetcher {
  close(): Promise<void>;
}

const accept = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

export function createHttpFeedFetcher(options: HttpFeedFetcherOptions): HttpFeedFetcher {
  const { timeoutMs, connectTimeoutMs, maxBytes, maxRedirects, guard } = options;
  const agent = new Agent({
    connect: { timeout: connectTimeoutMs, lookup: guard.lookup },
    // Waiting for the first byte counts as connecting: a server that accepts and then stalls is down.
    headersTimeout: Math.min(connectTimeoutMs, timeoutMs),
    bodyTimeout: timeoutMs,
    keepAliveTimeout: 10_000,
  });

  async function fetchOnce(req: FetchRequest, signal: AbortSignal): Promise<FetchResult> {
    let url = parseUrl(req.url);
    const visited = new Set<string>([url.href]);
    for (let hop = 0; ; hop++) {
      await guard.check(url);
      const headers: Record<string, string> = { 'user-agent': options.userAgent, accept, 'accept-encoding': 'gzip, deflate, br' };
      if (req.etag) headers['if-none-match'] = req.etag;
      if (req.lastModified) headers['if-modified-since'] = req.lastModified;
      const res = await request(url, { method: 'GET', headers, dispatcher: agent, signal });
      const header = (name: string) => single(res.headers[name]);

      if (redirectStatuses.has(res.statusCode)) {
        await discard(res.body);
        const location = header('location');
        if (!location) throw new FeedFetchError('http_status', `HTTP ${res.statusCode} redirect without a Location`, res.statusCode);
        if (hop >= maxRedirects) throw new FeedFetchError('too_many_redirects', `more than ${maxRedirects} redirects`, res.statusCode);
        const next = parseUrl(location, url);
        if (visited.has(next.href)) throw new FeedFetchError('too_many_redirects', `redirect loop at ${next.href}`, res.statusCode);
        visited.add(next.href);
        url = next;
        continue;
      }
      if (res.statusCode === 304) {
        await discard(res.body);
        return { kind: 'not_modified', status: 304, finalUrl: url.href };
      }
      if (res.statusCode < 200 || res.statusCode >= 300) {
        await discard(res.body);
        const retryAfterMs = res.statusCode === 429 || res.statusCode === 503 ? parseRetryAfter(header('retry-after')) : null;
        throw new FeedFetchError('http_status', `HTTP ${res.statusCode}${statusHint(res.statusCode)}`, res.statusCode, retryAfterMs);
      }

      const declaredLength = Number(header('content-length'));
      if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
        // Closing the stream emits an abort error nobody else will read.
        res.body.on('error', () => undefined).destroy();
        throw tooLarge(maxBytes);
      }
      const wire = await readLimited(res.body, maxBytes);
      const bytes = await decompress(wire, header('content-encoding'), maxBytes);
      const contentType = header('content-type') ?? null;
      return {
        kind: 'ok',
        status: res.statusCode,
        finalUrl: url.href,
        body: decodeFeedBody(bytes, contentType).text,
        contentType,
        etag: header('etag') ?? null,
        lastModified: header('last-modified') ?? null,
        bytes: wire.byteLength,
      };
    }
  }

  return {
    async fetch(req) {
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        return await fetchOnce(req, signal);
      } catch (err) {
        throw toFetchError(err, signal, timeoutMs, connectTimeoutMs);
      }
    },
    async close() {
      await agent.close();
    },
  };
}

function parseUrl(text: string, base?: URL): URL {
  try {
    return new URL(text, base);
  } catch {
    throw new FeedFetchError('invalid_url', `not a valid URL: ${text.slice(0, 100)}`);
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function tooLarge(maxBytes: number): FeedFetchError {
  return new FeedFetchError('too_large', `feed larger than ${maxBytes} bytes`);
}

async function discard(body: { dump(): Promise<void> }): Promise<void> {
  // dump() reads at most a small amount then closes: a huge error page costs nothing.
  await body.dump().catch(() => undefined);
}

/** Reads the whole stream, aborting it as soon as it passes `maxBytes`. */
async function readLimited(body: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  await pipeline(
    body,
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > maxBytes) return callback(tooLarge(maxBytes));
        chunks.push(chunk);
        callback();
      },
    }),
  );
  return Buffer.concat(chunks, size);
}

/** Undoes Content-Encoding; the output is capped too, so a small compressed bomb cannot blow up. */
async function decompress(bytes: Buffer, contentEncoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const codings = (contentEncoding ?? '').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c && c !== 'identity');
  let data = bytes;
  const limits = { maxOutputLength: maxBytes };
  for (const coding of codings.reverse()) {
    try {
      if (coding === 'gzip' || coding === 'x-gzip') data = await gunzip(data, limits);
      else if (coding === 'br') data = await brotli(data, limits);
      // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.
      else if (coding === 'deflate') data = await inflate(data, limits).catch(() => inflateRaw(data, limits));
      else throw new FeedFetchError('network', `unsupported content encoding "${coding}"`);
    } catch (err) {
      if (err instanceof FeedFetchError) throw err;
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw tooLarge(maxBytes);
      throw new FeedFetchError('malformed', `cannot decompress ${coding} body: ${(err as Error).message}`);
    }
  }
  return data;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function statusHint(status: number): string {
  const hints: Record<number, string> = { 401: ' (needs credentials)', 403: ' (forbidden)', 404: ' (not found)', 410: ' (gone)', 429: ' (rate limited)', 500: ' (server error)', 502: ' (bad gateway)', 503: ' (unavailable)', 504: ' (gateway timeout)' };
  return hints[status] ?? '';
}

/** Maps undici, DNS and socket errors to the reasons a feed's status shows. */
function toFetchError(err: unknown, signal: AbortSignal, timeoutMs: number, connectTimeoutMs: number): FeedFetchError {
  if (err instanceof FeedFetchError) return err;
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof FeedFetchError) return cause;
  if (signal.aborted) return new FeedFetchError('timeout', `no complete response within ${timeoutMs} ms`);
  const code = (err as { code?: string }).code ?? (cause as { code?: string } | undefined)?.code;
  if (err instanceof undiciErrors.ConnectTimeoutError) return new FeedFetchError('connect', `connection not established within ${connectTimeoutMs} ms`);
  if (err instanceof undiciErrors.HeadersTimeoutError) return new FeedFetchError('timeout', `no response headers within ${connectTimeoutMs} ms`);
  if (err instanceof undiciErrors.BodyTimeoutError) return new FeedFetchError('timeout', `body stalled for ${timeoutMs} ms`);
  if (code === 'EREFUSEDADDRESS') return new FeedFetchError('refused_address', (err as Error).message);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA') return new FeedFetchError('dns', `DNS lookup failed (${code})`);
  if (code === 'ECONNREFUSED') return new FeedFetchError('connect', 'connection refused');
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET') return new FeedFetchError('network', 'connection closed by the server');
  if (code && /^(ERR_TLS|CERT_|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED)/.test(code)) return new FeedFetchError('connect', `TLS error (${code})`);
  const message = err instanceof Error ? err.message : String(err);
  return new FeedFetchError('network', message.slice(0, 200) || 'network error');
}
