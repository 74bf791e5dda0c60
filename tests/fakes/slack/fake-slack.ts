// A local fake of the Slack Web API (the `slackApiUrl` base) on 127.0.0.1, recording every call
// the app makes: auth.test, users.info, chat.postMessage, chat.update, conversations.history, the
// three steps of files.uploadV2, and POSTs to response_urls (served here too, under /response/<id>).
// Posted messages are kept per channel with their metadata, and conversations.history serves them
// as Slack does (newest first, `oldest`/`latest`, `limit`, cursor pages, metadata only with
// `include_all_metadata`). It can answer one call with a `ratelimited` 429 + Retry-After, one with
// a 5xx, knows which channels are missing or not joined and which scopes the token lacks, and can
// take a call without ever answering it, so tests see the app's handling of each.
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

/** A message as the fake stores it (Slack's fields; `metadata` only when the post carried one). */
interface FakeSlackMessage {
  ts: string;
  text?: string;
  blocks?: unknown;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface FakeSlack {
  /** Base for WebClient's slackApiUrl, ending in `/api/`. */
  apiUrl: string;
  /** A response_url served by this fake. */
  responseUrl(id: string): string;
  calls(method?: string): RecordedCall[];
  responses(id?: string): RecordedResponse[];
  uploads(): { fileId: string; bytes: number }[];
  /** What a channel shows: the messages posted there, oldest first. */
  messages(channel: string): FakeSlackMessage[];
  users: Map<string, FakeSlackUser>;
  /** Bot tokens auth.test (and every other method) refuses with `invalid_auth`. */
  rejectedTokens: Set<string>;
  /** chat.postMessage / chat.update / files there answer `channel_not_found`. */
  missingChannels: Set<string>;
  /** Channels the bot is not in: posts, file shares and history answer `not_in_channel`. */
  notInChannel: Set<string>;
  /**
   * Scopes the token lacks: a method needing one answers `missing_scope` with `needed`. The fake
   * treats every channel as public, so conversations.history needs `channels:history`.
   */
  missingScopes: Set<string>;
  /** The next call of `method` gets HTTP 429, `ratelimited`, Retry-After `seconds`. */
  rateLimitOnce(method: string, seconds: number): void;
  /** The next `times` calls of `method` get HTTP `status` (5xx). */
  failNext(method: string, status: number, times?: number): void;
  /**
   * The next call of `method` is recorded (status 0) and never answered, as if Slack stalled: the
   * caller hangs until its process dies or the fake closes. Resolves once the call has arrived.
   * With `accept`, Slack does the work first (a post shows in the channel) and only the answer
   * is lost: the window between "Slack has it" and "the caller knows".
   */
  holdNext(method: string, options?: { accept?: boolean }): Promise<RecordedCall>;
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
  const missingScopes = new Set<string>();
  const channelMessages = new Map<string, FakeSlackMessage[]>();
  const rateLimits = new Map<string, number>();
  const failures = new Map<string, { status: number; times: number }>();
  const holds = new Map<string, { accept: boolean; arrived: (call: RecordedCall) => void }>();
  const sockets = new Set<import('node:net').Socket>();
  let lastTsMicros = 0;
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
      if (hold.accept) answer(method, params, token);
      return hold.arrived(calls[calls.length - 1]!);
    }
    const failure = failures.get(method);
    if (failure) {
      if (--failure.times <= 0) failures.delete(method);
      record(failure.status);
      return send(failure.status, { ok: false, error: 'fatal_error' });
    }
    record(200);
    send(200, answer(method, params, token));
  });

  /** Does what Slack does for a call that got through, and returns its answer body. */
  function answer(method: string, params: Record<string, unknown>, token: string | undefined): Record<string, unknown> {
    if (token && rejectedTokens.has(token)) return { ok: false, error: 'invalid_auth' };
    const needed = requiredScopes[method];
    if (needed && missingScopes.has(needed)) return { ok: false, error: 'missing_scope', needed, provided: grantedScopes() };
    const channel = String(params.channel ?? params.channel_id ?? '');
    if (['chat.postMessage', 'chat.update', 'files.completeUploadExternal', 'conversations.history'].includes(method)) {
      if (missingChannels.has(channel)) return { ok: false, error: 'channel_not_found' };
      if (notInChannel.has(channel)) return { ok: false, error: 'not_in_channel' };
    }
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'exodus', team_id: 'T0001', user_id: 'UBOT0001', bot_id: 'BBOT0001' };
      case 'users.info': {
        const user = users.get(String(params.user));
        return user ? { ok: true, user: { name: user.id.toLowerCase(), ...user } } : { ok: false, error: 'user_not_found' };
      }
      case 'chat.postMessage': {
        const metadata = params.metadata === undefined ? undefined : readMetadata(params.metadata);
        if (metadata === null) return { ok: false, error: 'invalid_metadata_format' };
        const message: FakeSlackMessage = { ts: nextTs(), text: params.text as string | undefined, blocks: params.blocks, ...(metadata ? { metadata } : {}) };
        // A reply in a thread is not part of the channel's history.
        if (!params.thread_ts) channelMessages.set(channel, [...(channelMessages.get(channel) ?? []), message]);
        return { ok: true, channel, ts: message.ts, message: { type: 'message', ...botFields, ...message } };
      }
      case 'chat.update':
        return { ok: true, channel, ts: params.ts, text: params.text };
      case 'conversations.history':
        return history(channelMessages.get(channel) ?? [], params);
      case 'files.getUploadURLExternal': {
        const fileId = `F${String(++files).padStart(8, '0')}`;
        return { ok: true, file_id: fileId, upload_url: `${base}/upload/${fileId}` };
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: (params.files as { id: string; title?: string }[]).map((f) => ({ id: f.id, title: f.title })) };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /** Unique, increasing and on the wall clock, like Slack's: `oldest` filters must mean something. */
  function nextTs(): string {
    lastTsMicros = Math.max(lastTsMicros + 1, Date.now() * 1000);
    return `${Math.floor(lastTsMicros / 1e6)}.${String(lastTsMicros % 1e6).padStart(6, '0')}`;
  }

  function grantedScopes(): string {
    return [...new Set(Object.values(requiredScopes))].filter((scope) => !missingScopes.has(scope)).join(',');
  }

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
    messages: (channel) => [...(channelMessages.get(channel) ?? [])],
    users,
    rejectedTokens,
    missingChannels,
    notInChannel,
    missingScopes,
    rateLimitOnce: (method, seconds) => void rateLimits.set(method, seconds),
    failNext: (method, status, times = 1) => void failures.set(method, { status, times }),
    holdNext: (method, options = {}) => new Promise((arrived) => holds.set(method, { accept: options.accept ?? false, arrived })),
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

/** The scope each method needs (bot token, public channels). */
const requiredScopes: Record<string, string> = {
  'users.info': 'users:read',
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'conversations.history': 'channels:history',
  'files.getUploadURLExternal': 'files:write',
  'files.completeUploadExternal': 'files:write',
};

/** Who the fake's posts come from, as Slack shows a bot's message. */
const botFields = { user: 'UBOT0001', bot_id: 'BBOT0001', app_id: 'A0000EXODUS' };

const defaultHistoryLimit = 100;
const maxHistoryLimit = 999;

/**
 * One page of conversations.history: messages in (`oldest`, `latest`) (bounds included with
 * `inclusive`), newest first, `limit` of them, the rest behind `response_metadata.next_cursor`.
 */
function history(messages: readonly FakeSlackMessage[], params: Record<string, unknown>): Record<string, unknown> {
  const oldest = params.oldest === undefined ? 0 : tsMicros(String(params.oldest));
  const latest = params.latest === undefined ? Number.MAX_SAFE_INTEGER : tsMicros(String(params.latest));
  const inclusive = params.inclusive === true || params.inclusive === 'true' || params.inclusive === '1';
  const cursorBefore = params.cursor ? tsMicros(Buffer.from(String(params.cursor), 'base64').toString('utf8').replace(/^before:/, '')) : undefined;
  const limit = Math.min(maxHistoryLimit, Math.max(1, Number(params.limit ?? defaultHistoryLimit) || defaultHistoryLimit));
  const withMetadata = params.include_all_metadata === true || params.include_all_metadata === 'true' || params.include_all_metadata === '1';
  const inRange = messages
    .filter((m) => {
      const at = tsMicros(m.ts);
      return (inclusive ? at >= oldest && at <= latest : at > oldest && at < latest) && (cursorBefore === undefined || at < cursorBefore);
    })
    .reverse();
  const page = inRange.slice(0, limit);
  const hasMore = inRange.length > limit;
  return {
    ok: true,
    messages: page.map(({ metadata, ...message }) => ({ type: 'message', ...botFields, ...message, ...(withMetadata && metadata ? { metadata } : {}) })),
    has_more: hasMore,
    pin_count: 0,
    response_metadata: { next_cursor: hasMore ? Buffer.from(`before:${page.at(-1)!.ts}`).toString('base64') : '' },
  };
}

/** A Slack ts (`1712345678.123456`, or whole seconds) as integer microseconds: exact, comparable. */
function tsMicros(ts: string): number {
  const [seconds = '0', fraction = ''] = ts.split('.');
  return Number(seconds) * 1e6 + Number(fraction.padEnd(6, '0').slice(0, 6));
}

/** Slack's metadata argument: `event_type` and an `event_payload` object; null when malformed. */
function readMetadata(value: unknown): FakeSlackMessage['metadata'] | null {
  const metadata = typeof value === 'string' ? safeJson(value) : value;
  const { event_type, event_payload } = (metadata ?? {}) as { event_type?: unknown; event_payload?: unknown };
  if (typeof event_type !== 'string' || !event_payload || typeof event_payload !== 'object' || Array.isArray(event_payload)) return null;
  return { event_type, event_payload: event_payload as Record<string, unknown> };
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
