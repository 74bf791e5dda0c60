// A local feed server on 127.0.0.1 (port 0) for the fetcher and poller tests: serves fixture
// bodies with chosen status, headers, ETag/Last-Modified (answering 304 to a matching conditional
// GET), compression, redirects, delays and stalls, and records every request it receives.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

export interface FeedRoute {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  encoding?: 'gzip' | 'br' | 'deflate' | 'deflate-raw';
  /** Wait before sending the headers. */
  delayMs?: number;
  /** Send the headers and part of the body, then stall this long before the rest. */
  stallMs?: number;
  /** Redirect (302) to this path or URL. */
  redirect?: string;
  /** Stream this many bytes of filler, in 64 KiB chunks, without a Content-Length. */
  streamBytes?: number;
  /** Full control. */
  handler?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
}

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface FeedServer {
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  route(path: string, route: FeedRoute): void;
  requests: RecordedRequest[];
  requestsTo(path: string): RecordedRequest[];
  /** Bytes written by streamBytes routes before the client hung up. */
  streamedBytes: Map<string, number>;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, FeedRoute>();
  const requests: RecordedRequest[] = [];
  const streamedBytes = new Map<string, number>();
  const sockets = new Set<import('node:net').Socket>();

  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const route = routes.get(path) ?? routes.get(path.split('?')[0]!);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const respond = () => serve(route, req, res, path);
    if (route.delayMs) setTimeout(respond, route.delayMs);
    else respond();
  });

  function serve(route: FeedRoute, req: http.IncomingMessage, res: http.ServerResponse, path: string) {
    if (res.destroyed) return;
    if (route.handler) return route.handler(req, res);
    if (route.redirect) {
      res.writeHead(302, { location: route.redirect }).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': route.contentType ?? 'application/rss+xml', ...route.headers };
    if (route.etag) headers.etag = route.etag;
    if (route.lastModified) headers['last-modified'] = route.lastModified;
    const notModified =
      (route.etag && req.headers['if-none-match'] === route.etag) || (!route.etag && route.lastModified && req.headers['if-modified-since'] === route.lastModified);
    if (notModified) {
      res.writeHead(304, { etag: route.etag ?? '', ...(route.lastModified ? { 'last-modified': route.lastModified } : {}) }).end();
      return;
    }
    if (route.streamBytes) {
      res.writeHead(route.status ?? 200, headers);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const pump = () => {
        while (sent < route.streamBytes! && !res.destroyed) {
          sent += chunk.length;
          streamedBytes.set(path, sent);
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      pump();
      return;
    }
    let body = typeof route.body === 'string' ? Buffer.from(route.body) : (route.body ?? Buffer.alloc(0));
    if (route.encoding) {
      headers['content-encoding'] = route.encoding === 'deflate-raw' ? 'deflate' : route.encoding;
      body =
        route.encoding === 'gzip' ? zlib.gzipSync(body) : route.encoding === 'br' ? zlib.brotliCompressSync(body) : route.encoding === 'deflate' ? zlib.deflateSync(body) : zlib.deflateRawSync(body);
    }
    if (route.stallMs) {
      res.writeHead(route.status ?? 200, headers);
      res.write(body.subarray(0, Math.floor(body.length / 2)));
      setTimeout(() => !res.destroyed && res.end(body.subarray(Math.floor(body.length / 2))), route.stallMs);
      return;
    }
    headers['content-length'] = String(body.length);
    res.writeHead(route.status ?? 200, headers).end(body);
  }

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    route: (path, route) => void routes.set(path, route),
    requests,
    requestsTo: (path) => requests.filter((r) => r.path === path),
    streamedBytes,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
