// A local fake of the Slack Web API (the `slackApiUrl` base) on 127.0.0.1, recording every call
// the app makes: auth.test, users.info, chat.postMessage, chat.update, the three steps of
// files.uploadV2, and POSTs to response_urls (served here too, under /response/<id>). It can
// answer one call with a `ratelimited` 429 + Retry-After, one with a 5xx, and knows which
// channels are missing or not joined, so tests see the app's handling of each.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  /** Bearer token the call carried. */
  token: string | undefined;
  status: number;
  at: number;
}

export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface FakeSlackUser {
  id: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
}

export interface FakeSlack {
  /** Base for WebClient's slackApiUrl, ending in `/api/`. */
  apiUrl: string;
  /** A response_url served by this fake. */
  responseUrl(id: string): string;
  calls(method?: string): RecordedCall[];
  responses(id?: string): RecordedResponse[];
  uploads(): { fileId: string; bytes: number }[];
  users: Map<string, FakeSlackUser>;
  /** Bot tokens auth.test (and every other method) refuses with `invalid_auth`. */
  rejectedTokens: Set<string>;
  /** chat.postMessage / chat.update / files there answer `channel_not_found`. */
  missingChannels: Set<string>;
  /** Channels the bot is not in: posts and file shares answer `not_in_channel`. */
  notInChannel: Set<string>;
  /** The next call of `method` gets HTTP 429, `ratelimited`, Retry-After `seconds`. */
  rateLimitOnce(method: string, seconds: number): void;
  /** The next `times` calls of `method` get HTTP `status` (5xx). */
  failNext(method: string, status: number, times?: number): void;
  /**
   * The next call of `method` is recorded (status 0) and never answered, as if Slack stalled: the
   * caller hangs until its process dies or the fake closes. Resolves once the call has arrived.
   */
  holdNext(method: string): Promise<RecordedCall>;
  waitFor<T>(probe: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const responses: RecordedResponse[] = [];
  const uploads: { fileId: string; bytes: number }[] = [];
  const users = new Map<string, FakeSlackUser>();
  const rejectedTokens = new Set<string>();
  const missingChannels = new Set<string>();
  const notInChannel = new Set<string>();
  const rateLimits = new Map<string, number>();
  const failures = new Map<string, { status: number; times: number }>();
  const holds = new Map<string, (call: RecordedCall) => void>();
  const sockets = new Set<import('node:net').Socket>();
  let ts = 1_700_000_000;
  let files = 0;
  let base = '';

  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(payload));
    };

    if (url.pathname.startsWith('/response/')) {
      responses.push({ id: url.pathname.slice('/response/'.length), body: JSON.parse(body.toString('utf8') || '{}'), at: Date.now() });
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    }
    if (url.pathname.startsWith('/upload/')) {
      uploads.push({ fileId: url.pathname.slice('/upload/'.length), bytes: body.length });
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('OK - uploaded');
    }
    if (!url.pathname.startsWith('/api/')) return void res.writeHead(404).end();

    const method = url.pathname.slice('/api/'.length);
    const params = parseParams(req.headers['content-type'], body);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? (params.token as string | undefined);
    const record = (status: number) => calls.push({ method, params, token, status, at: Date.now() });

    const wait = rateLimits.get(method);
    if (wait !== undefined) {
      rateLimits.delete(method);
      record(429);
      return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(wait) });
    }
    const hold = holds.get(method);
    if (hold) {
      holds.delete(method);
      record(0);
      return hold(calls[calls.length - 1]!);
    }
    const failure = failures.get(method);
    if (failure) {
      if (--failure.times <= 0) failures.delete(method);
      record(failure.status);
      return send(failure.status, { ok: false, error: 'fatal_error' });
    }
    record(200);
    if (token && rejectedTokens.has(token)) return send(200, { ok: false, error: 'invalid_auth' });
    const channel = String(params.channel ?? params.channel_id ?? '');
    if (['chat.postMessage', 'chat.update', 'files.completeUploadExternal'].includes(method)) {
      if (missingChannels.has(channel)) return send(200, { ok: false, error: 'channel_not_found' });
      if (notInChannel.has(channel)) return send(200, { ok: false, error: 'not_in_channel' });
    }
    switch (method) {
      case 'auth.test':
        return send(200, { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'exodus', team_id: 'T0001', user_id: 'UBOT0001', bot_id: 'BBOT0001' });
      case 'users.info': {
        const user = users.get(String(params.user));
        return user ? send(200, { ok: true, user: { name: user.id.toLowerCase(), ...user } }) : send(200, { ok: false, error: 'user_not_found' });
      }
      case 'chat.postMessage':
        return send(200, { ok: true, channel, ts: `${++ts}.000100`, message: { text: params.text, blocks: params.blocks } });
      case 'chat.update':
        return send(200, { ok: true, channel, ts: params.ts, text: params.text });
      case 'files.getUploadURLExternal': {
        const fileId = `F${String(++files).padStart(8, '0')}`;
        return send(200, { ok: true, file_id: fileId, upload_url: `${base}/upload/${fileId}` });
      }
      case 'files.completeUploadExternal':
        return send(200, { ok: true, files: (params.files as { id: string; title?: string }[]).map((f) => ({ id: f.id, title: f.title })) });
      default:
        return send(200, { ok: false, error: 'unknown_method' });
    }
  });

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls: (method) => calls.filter((c) => !method || c.method === method),
    responses: (id) => responses.filter((r) => !id || r.id === id),
    uploads: () => [...uploads],
    users,
    rejectedTokens,
    missingChannels,
    notInChannel,
    rateLimitOnce: (method, seconds) => void rateLimits.set(method, seconds),
    failNext: (method, status, times = 1) => void failures.set(method, { status, times }),
    holdNext: (method) => new Promise((resolve) => holds.set(method, resolve)),
    async waitFor(probe, timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = probe();
        if (value !== undefined && value !== false) return value as never;
        if (Date.now() > deadline) throw new Error('fake Slack: timed out waiting');
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A held call's socket would keep close() waiting for ever.
        for (const socket of sockets) socket.destroy();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** WebClient sends form-encoded bodies with nested values (blocks, files) as JSON strings. */
function parseParams(contentType: string | undefined, body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8');
  if (contentType?.includes('application/json')) return JSON.parse(text || '{}') as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    params[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return params;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
