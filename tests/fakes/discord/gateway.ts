// The gateway half of the fake Discord: a WebSocket endpoint (the `ws` package) speaking Gateway
// v10 in plain JSON: HELLO (op 10) on connect, IDENTIFY (op 2) -> READY then GUILD_CREATE,
// HEARTBEAT (op 1) -> HEARTBEAT_ACK (op 11), RESUME (op 6) -> RESUMED. Tests push further
// dispatches (INTERACTION_CREATE) through `dispatch`. Every frame the bot sends is recorded.
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

export interface GatewayFrame {
  op: number;
  d: unknown;
  at: number;
}

export interface GatewayConnection {
  /** The query the client connected with (v, encoding, compress). */
  query: Record<string, string>;
  at: number;
}

export interface FakeGatewayOptions {
  server: Server;
  path: string;
  token: string;
  heartbeatIntervalMs: number;
  /** READY's `d` (without session_id/resume_gateway_url, which the gateway fills in). */
  ready: () => Record<string, unknown>;
  /** Guilds sent as GUILD_CREATE after READY. */
  guilds: () => Record<string, unknown>[];
  /** The ws:// URL clients are told to resume on. */
  url: () => string;
}

export interface FakeGateway {
  frames: GatewayFrame[];
  connections: GatewayConnection[];
  /** Sends a dispatch (op 0) with the next sequence number to every identified client. */
  dispatch(event: string, data: unknown): void;
  /** Resolves once a client has identified and been sent READY. */
  identified(): Promise<void>;
  close(): Promise<void>;
}

export function createFakeGateway(options: FakeGatewayOptions): FakeGateway {
  const wss = new WebSocketServer({ server: options.server, path: options.path });
  const frames: GatewayFrame[] = [];
  const connections: GatewayConnection[] = [];
  const identifiedSockets = new Set<WebSocket>();
  let sequence = 0;
  let sessions = 0;
  let onIdentified: Array<() => void> = [];

  const send = (socket: WebSocket, payload: Record<string, unknown>) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
  };
  const dispatchTo = (socket: WebSocket, event: string, data: unknown) => send(socket, { op: 0, t: event, s: ++sequence, d: data });

  wss.on('connection', (socket, request) => {
    const url = new URL(request.url ?? '/', 'ws://127.0.0.1');
    connections.push({ query: Object.fromEntries(url.searchParams), at: Date.now() });
    // Only plain JSON is spoken here: a client asking for zlib-stream or etf would not understand us.
    if (url.searchParams.get('encoding') !== 'json' || url.searchParams.has('compress')) {
      socket.close(4002, 'Decode error: this fake speaks uncompressed JSON only');
      return;
    }
    send(socket, { op: 10, d: { heartbeat_interval: options.heartbeatIntervalMs, _trace: ['fake-gateway'] } });
    socket.on('message', (raw) => {
      let frame: { op: number; d: unknown };
      try {
        frame = JSON.parse(String(raw)) as { op: number; d: unknown };
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      frames.push({ op: frame.op, d: frame.d, at: Date.now() });
      const d = (frame.d ?? {}) as Record<string, unknown>;
      switch (frame.op) {
        case 1:
          send(socket, { op: 11 });
          break;
        case 2: {
          if (d.token !== options.token) {
            socket.close(4004, 'Authentication failed.');
            return;
          }
          sessions += 1;
          dispatchTo(socket, 'READY', { ...options.ready(), session_id: `fake-session-${sessions}`, resume_gateway_url: options.url(), shard: [0, 1] });
          identifiedSockets.add(socket);
          for (const guild of options.guilds()) dispatchTo(socket, 'GUILD_CREATE', guild);
          const waiting = onIdentified;
          onIdentified = [];
          for (const resolve of waiting) resolve();
          break;
        }
        case 6:
          identifiedSockets.add(socket);
          dispatchTo(socket, 'RESUMED', null);
          break;
        default:
          break;
      }
    });
    socket.on('close', () => identifiedSockets.delete(socket));
  });

  return {
    frames,
    connections,
    dispatch(event, data) {
      for (const socket of identifiedSockets) dispatchTo(socket, event, data);
    },
    identified() {
      if (identifiedSockets.size > 0) return Promise.resolve();
      return new Promise((resolve) => onIdentified.push(resolve));
    },
    async close() {
      for (const socket of wss.clients) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
