// A local fake of Discord on 127.0.0.1 that the real discord.js client talks to, REST and gateway on
// one port. REST (under /api/v10): GET /gateway/bot (pointing at this fake's WebSocket), GET
// /users/@me, PUT/GET application commands (global and guild), POST interaction callbacks (types
// 4-8, JSON or multipart with files), webhook follow-ups and @original edits/deletes, POST and
// PATCH channel messages. It answers like Discord: 401 without the bot token, 404 Unknown Channel
// (10003), 403 Missing Permissions (50013), 404 Unknown interaction (10062) for a callback after the
// deadline, 400 (40060) for a second callback, and a 429 with Retry-After and X-RateLimit-* when
// told to. Every request is recorded, parsed, for the tests to assert on.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeGateway, type FakeGateway } from './gateway.js';
import {
  autocompleteInteraction, buttonInteraction, chatInputInteraction, guildObject, messageObject, permissions, snowflake, userObject,
  type FakeUser, type FilledOption, type InteractionBase,
} from './payloads.js';

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface RecordedRequest {
  method: string;
  /** Path under /api/v10, e.g. `/channels/123/messages`. */
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  /** The JSON body (for multipart: the parsed payload_json). */
  json: Record<string, unknown> | unknown[] | undefined;
  files: RecordedFile[];
  status: number;
  at: number;
}

export interface StoredMessage {
  id: string;
  channelId: string;
  body: Record<string, unknown>;
  attachments: { id: string; filename: string; size: number; description?: string }[];
  edited: boolean;
}

interface TrackedInteraction {
  id: string;
  token: string;
  createdAt: number;
  channelId: string;
  /** Callback type answered (4-8), once answered. */
  callback?: number;
  /** The message the interaction's @original refers to. */
  originalId?: string;
  /** The message carrying the pressed button. */
  componentMessageId?: string;
}

export interface SendOptions {
  user?: FakeUser;
  /** 'member' (default) or 'moderator' (Manage Server), or a raw bitfield string. */
  as?: 'member' | 'moderator' | string;
  channelId?: string;
}

export interface FakeDiscord {
  apiUrl: string;
  token: string;
  applicationId: string;
  guildId: string;
  /** A text channel the bot can post in. */
  channelId: string;
  botUser: FakeUser;
  gateway: FakeGateway;
  /** Channels that exist (id -> name). Posting elsewhere answers 404 Unknown Channel. */
  channels: Map<string, string>;
  /** Channels where the bot lacks permission: 403 Missing Permissions (50013). */
  forbiddenChannels: Set<string>;
  /** Milliseconds after which an interaction callback is refused with 404 Unknown interaction. */
  callbackDeadlineMs: number;
  requests(filter?: { method?: string; path?: RegExp | string }): RecordedRequest[];
  message(id: string): StoredMessage | undefined;
  /** Creates a message in a channel as the bot had posted it (e.g. an alert carrying buttons). */
  seedMessage(channelId: string, body: Record<string, unknown>): string;
  /** The next request matching gets a 429 with Retry-After `seconds`. */
  rateLimitOnce(method: string, path: RegExp, seconds: number): void;
  /** The next `times` requests matching get `status` with a Discord error body. */
  failNext(method: string, path: RegExp, status: number, times?: number): void;
  /**
   * The next request matching is never answered (the client sees a hang until its process dies or
   * the fake closes); with `accept`, a message create is stored first, as when Discord took the
   * post but its answer was lost. Resolves with the request (status 0) once it has arrived.
   */
  holdNext(method: string, path: RegExp, options?: { accept?: boolean }): Promise<RecordedRequest>;
  /** Messages currently in a channel, oldest first: what a user of the channel sees. */
  channelMessages(channelId: string): StoredMessage[];
  sendChatInput(command: string, options?: { subcommand?: string; options?: FilledOption[] } & SendOptions): { id: string; token: string };
  sendAutocomplete(command: string, options: { subcommand?: string; options: FilledOption[] } & SendOptions): { id: string; token: string };
  sendButton(customId: string, messageId: string, options?: SendOptions): { id: string; token: string };
  waitForRequest(filter: { method?: string; path: RegExp | string }, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export interface FakeDiscordOptions {
  heartbeatIntervalMs?: number;
  callbackDeadlineMs?: number;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const token = 'fake-bot-token.discord.test';
  const applicationId = snowflake();
  const guildId = snowflake();
  const channelId = snowflake();
  const botUser: FakeUser = { id: applicationId, username: 'Exodus Watch', bot: true };
  const defaultUser: FakeUser = { id: snowflake(), username: 'reader', global_name: 'Reader' };
  const channels = new Map<string, string>([[channelId, 'openai-news']]);
  const forbiddenChannels = new Set<string>();
  const recorded: RecordedRequest[] = [];
  const messages = new Map<string, StoredMessage>();
  const interactions = new Map<string, TrackedInteraction>();
  const commands = { global: [] as Record<string, unknown>[], guild: new Map<string, Record<string, unknown>[]>() };
  const injected: { method: string; path: RegExp; status: number; retryAfter?: number; times: number }[] = [];
  const holds: { method: string; path: RegExp; accept: boolean; arrived: (r: RecordedRequest) => void }[] = [];
  const waiters: Array<() => void> = [];
  let base = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: String(err), code: 0 }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // discord.js percent-encodes `@original` and `@me`; Discord decodes them, and so does the fake.
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const method = req.method ?? 'GET';
    const { json, files } = await parseBody(req);
    const entry: RecordedRequest = { method, path, query: Object.fromEntries(url.searchParams), authorization: req.headers.authorization, json, files, status: 0, at: Date.now() };
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      recorded.push(entry);
      if (payload === undefined) res.writeHead(status, headers).end();
      else res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(payload));
      for (const wake of waiters.splice(0)) wake();
    };
    const error = (status: number, code: number, message: string) => send(status, { message, code });
    const body = (json && !Array.isArray(json) ? json : {}) as Record<string, unknown>;

    const rule = injected.find((r) => r.times > 0 && r.method === method && r.path.test(path));
    if (rule) {
      rule.times -= 1;
      if (rule.status === 429) {
        const after = String(rule.retryAfter ?? 1);
        return send(429, { message: 'You are being rate limited.', retry_after: rule.retryAfter ?? 1, global: false }, {
          'retry-after': after, 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': after, 'x-ratelimit-bucket': 'fake-bucket', 'x-ratelimit-scope': 'user',
        });
      }
      return error(rule.status, 0, rule.status >= 500 ? `${rule.status}: Internal Server Error` : 'Injected failure');
    }

    const needsAuth = !path.startsWith('/interactions/') && !path.startsWith('/webhooks/');
    if (needsAuth && req.headers.authorization !== `Bot ${token}`) return error(401, 0, '401: Unauthorized');
    const holdIndex = holds.findIndex((h) => h.method === method && h.path.test(path));
    if (holdIndex >= 0) {
      const [hold] = holds.splice(holdIndex, 1);
      const channel = /^\/channels\/(\d+)\/messages$/.exec(path)?.[1];
      if (hold!.accept && method === 'POST' && channel && channels.has(channel)) store(channel, body, files);
      recorded.push(entry);
      hold!.arrived(entry);
      for (const wake of waiters.splice(0)) wake();
      return; // no answer: the socket stays open until the client goes away or the fake closes
    }
    const rateHeaders = { 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '4', 'x-ratelimit-reset-after': '1', 'x-ratelimit-bucket': 'fake-bucket', 'x-ratelimit-scope': 'user' };
    let m: RegExpExecArray | null;

    if (method === 'GET' && path === '/gateway/bot') {
      return send(200, { url: `ws://127.0.0.1:${port()}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if (method === 'GET' && path === '/users/@me') return send(200, userObject(botUser));
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      if (m[1] !== applicationId) return error(403, 50001, 'Missing Access');
      const list = m[2] ? (commands.guild.get(m[2]) ?? []) : commands.global;
      if (method === 'GET') return send(200, list);
      if (method !== 'PUT' || !Array.isArray(json)) return error(400, 50035, 'Invalid Form Body');
      const stored = (json as Record<string, unknown>[]).map((c) => ({ ...c, id: snowflake(), application_id: applicationId, version: snowflake(), ...(m![2] ? { guild_id: m![2] } : {}) }));
      if (m[2]) commands.guild.set(m[2], stored);
      else commands.global = stored;
      return send(200, stored);
    }
    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path)) && method === 'POST') {
      const interaction = interactions.get(m[1]!);
      if (!interaction || interaction.token !== m[2] || Date.now() - interaction.createdAt > fake.callbackDeadlineMs) return error(404, 10062, 'Unknown interaction');
      if (interaction.callback !== undefined) return error(400, 40060, 'Interaction has already been acknowledged.');
      const type = Number(body.type);
      const data = (body.data ?? {}) as Record<string, unknown>;
      interaction.callback = type;
      if (type === 4) interaction.originalId = store(interaction.channelId, data, files).id;
      else if (type === 5) interaction.originalId = store(interaction.channelId, { flags: (Number(data.flags ?? 0) & 64) | 128 }, []).id;
      else if (type === 6) interaction.originalId = interaction.componentMessageId;
      else if (type === 7 && interaction.componentMessageId) interaction.originalId = edit(messages.get(interaction.componentMessageId)!, data, files).id;
      else if (type !== 8) return error(400, 50035, `Invalid Form Body: callback type ${type}`);
      return send(204);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path))) {
      const interaction = [...interactions.values()].find((i) => i.token === m![2]);
      if (m[1] !== applicationId || !interaction) return error(404, 10015, 'Unknown Webhook');
      if (!m[3] && method === 'POST') {
        const created = store(interaction.channelId, body, files);
        return send(200, messageObject({ ...view(created), webhookId: applicationId, applicationId }));
      }
      const original = interaction.originalId ? messages.get(interaction.originalId) : undefined;
      if (!original) return error(404, 10008, 'Unknown Message');
      if (method === 'DELETE') {
        messages.delete(original.id);
        interaction.originalId = undefined;
        return send(204);
      }
      if (method === 'PATCH') return send(200, messageObject({ ...view(edit(original, body, files)), webhookId: applicationId, applicationId }));
      if (method === 'GET') return send(200, messageObject({ ...view(original), webhookId: applicationId, applicationId }));
    }
    if ((m = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path))) {
      const channel = m[1]!;
      if (!channels.has(channel)) return error(404, 10003, 'Unknown Channel');
      if (forbiddenChannels.has(channel)) return error(403, 50013, 'Missing Permissions');
      if (method === 'POST' && !m[2]) {
        const duplicate = body.enforce_nonce && body.nonce ? [...messages.values()].find((x) => x.channelId === channel && x.body.nonce === body.nonce) : undefined;
        return send(200, messageObject(view(duplicate ?? store(channel, body, files))), rateHeaders);
      }
      if (method === 'PATCH' && m[2]) {
        const existing = messages.get(m[2]);
        if (!existing || existing.channelId !== channel) return error(404, 10008, 'Unknown Message');
        return send(200, messageObject({ ...view(edit(existing, body, files)), editedAt: new Date().toISOString() }), rateHeaders);
      }
    }
    return error(404, 0, `404: Not Found (${method} ${path})`);
  }

  function store(channel: string, body: Record<string, unknown>, files: RecordedFile[]): StoredMessage {
    const message: StoredMessage = { id: snowflake(), channelId: channel, body: { ...body }, attachments: attachmentsOf(body, files, []), edited: false };
    messages.set(message.id, message);
    return message;
  }

  function edit(message: StoredMessage, body: Record<string, unknown>, files: RecordedFile[]): StoredMessage {
    message.body = { ...message.body, ...body };
    if ('attachments' in body || files.length > 0) message.attachments = attachmentsOf(body, files, message.attachments);
    message.edited = true;
    return message;
  }

  /** New files by their `files[n]` index, plus existing attachments the body keeps by id. */
  function attachmentsOf(body: Record<string, unknown>, files: RecordedFile[], existing: StoredMessage['attachments']): StoredMessage['attachments'] {
    const listed = Array.isArray(body.attachments) ? (body.attachments as { id: string | number; filename?: string; description?: string }[]) : [];
    return listed.flatMap((a) => {
      const file = files.find((f) => f.field === `files[${a.id}]`);
      if (file) return [{ id: snowflake(), filename: a.filename ?? file.filename, size: file.size, description: a.description }];
      const kept = existing.find((e) => e.id === String(a.id));
      return kept ? [kept] : [];
    });
  }

  function view(message: StoredMessage) {
    return { id: message.id, channelId: message.channelId, author: botUser, body: message.body, attachments: message.attachments };
  }

  function base0(options: SendOptions = {}): InteractionBase {
    const id = snowflake();
    const interactionToken = `itoken-${id}-${Math.random().toString(36).slice(2)}`;
    const channel = options.channelId ?? channelId;
    interactions.set(id, { id, token: interactionToken, createdAt: Date.now(), channelId: channel });
    const memberPermissions = options.as === undefined || options.as === 'member' ? permissions.member : options.as === 'moderator' ? permissions.moderator : options.as;
    return { id, token: interactionToken, applicationId, guildId, channelId: channel, channelName: channels.get(channel) ?? 'channel', user: options.user ?? defaultUser, memberPermissions, appPermissions: permissions.member };
  }

  const commandId = (name: string) => String([...(commands.guild.get(guildId) ?? []), ...commands.global].find((c) => c.name === name)?.id ?? snowflake());

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = () => (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port()}`;
  const gateway = createFakeGateway({
    server,
    path: '/gateway',
    token,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 250,
    url: () => `ws://127.0.0.1:${port()}/gateway`,
    ready: () => ({ v: 10, user: { ...userObject(botUser), verified: true, mfa_enabled: false }, guilds: [{ id: guildId, unavailable: true }], application: { id: applicationId, flags: 0 }, private_channels: [], relationships: [], presences: [], geo_ordered_rtc_regions: [], user_settings: {} }),
    guilds: () => [guildObject({ id: guildId, name: 'Alignment Watchers', ownerId: defaultUser.id, channels: [...channels].map(([id, name]) => ({ id, name })) })],
  });

  const matches = (r: RecordedRequest, filter: { method?: string; path?: RegExp | string }) =>
    (!filter.method || r.method === filter.method) && (!filter.path || (typeof filter.path === 'string' ? r.path === filter.path : filter.path.test(r.path)));

  const fake: FakeDiscord = {
    apiUrl: `${base}/api`,
    token,
    applicationId,
    guildId,
    channelId,
    botUser,
    gateway,
    channels,
    forbiddenChannels,
    callbackDeadlineMs: options.callbackDeadlineMs ?? 3000,
    requests: (filter = {}) => recorded.filter((r) => matches(r, filter)),
    message: (id) => messages.get(id),
    seedMessage: (channel, body) => store(channel, body, []).id,
    rateLimitOnce: (method, path, seconds) => void injected.push({ method, path, status: 429, retryAfter: seconds, times: 1 }),
    failNext: (method, path, status, times = 1) => void injected.push({ method, path, status, times }),
    holdNext: (method, path, options = {}) => new Promise((arrived) => holds.push({ method, path, accept: options.accept ?? false, arrived })),
    channelMessages: (channel) => [...messages.values()].filter((m) => m.channelId === channel),
    sendChatInput(name, opts = {}) {
      const b = base0(opts);
      gateway.dispatch('INTERACTION_CREATE', chatInputInteraction(b, { id: commandId(name), name, subcommand: opts.subcommand, options: opts.options }, channels));
      return { id: b.id, token: b.token };
    },
    sendAutocomplete(name, opts) {
      const b = base0(opts);
      gateway.dispatch('INTERACTION_CREATE', autocompleteInteraction(b, { id: commandId(name), name, subcommand: opts.subcommand, options: opts.options }, channels));
      return { id: b.id, token: b.token };
    },
    sendButton(customId, messageId, opts = {}) {
      const message = messages.get(messageId);
      if (!message) throw new Error(`no message ${messageId} in the fake`);
      const b = base0({ ...opts, channelId: message.channelId });
      interactions.get(b.id)!.componentMessageId = messageId;
      gateway.dispatch('INTERACTION_CREATE', buttonInteraction(b, customId, messageObject(view(message))));
      return { id: b.id, token: b.token };
    },
    async waitForRequest(filter, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = recorded.find((r) => matches(r, filter));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no ${filter.method ?? ''} ${String(filter.path)} request within ${timeoutMs} ms; saw: ${recorded.map((r) => `${r.method} ${r.path}`).join(', ')}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.max(10, deadline - Date.now()));
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

/** JSON bodies, or multipart ones (payload_json + files[n]) parsed with the platform's own FormData parser. */
async function parseBody(req: IncomingMessage): Promise<{ json: RecordedRequest['json']; files: RecordedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { json: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: RecordedFile[] = [];
    let json: RecordedRequest['json'];
    for (const [field, value] of form.entries()) {
      if (field === 'payload_json') json = JSON.parse(String(value)) as RecordedRequest['json'];
      else if (typeof value !== 'string') {
        const data = Buffer.from(await value.arrayBuffer());
        files.push({ field, filename: value.name, contentType: value.type, size: data.length, data });
      }
    }
    return { json, files };
  }
  return { json: JSON.parse(raw.toString('utf8')) as RecordedRequest['json'], files: [] };
}
