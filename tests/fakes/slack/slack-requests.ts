// Requests as Slack sends them to an app's request URL: form-encoded slash commands and
// block_actions payloads, signed with `v0=HMAC-SHA256(signing secret, "v0:<ts>:<body>")` and
// timestamped, so tests drive the real Bolt receiver over HTTP.
import { createHmac } from 'node:crypto';

export interface SignOptions {
  secret: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Replaces the computed signature (to send a bad one). */
  signature?: string;
}

export interface SlackReply {
  status: number;
  body: string;
  ms: number;
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function postSigned(url: string, body: string, options: SignOptions): Promise<SlackReply> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = Date.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? sign(options.secret, timestamp, body),
    },
    body,
  });
  return { status: res.status, body: await res.text(), ms: Date.now() - started };
}

export interface SlashCommandFields {
  text: string;
  userId?: string;
  channelId?: string;
  teamId?: string;
  responseUrl: string;
  command?: string;
}

export function slashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.teamId ?? 'T0001',
    team_domain: 'fake',
    channel_id: fields.channelId ?? 'C0000GENERAL',
    channel_name: 'general',
    user_id: fields.userId ?? 'U0000MEMBER',
    user_name: 'member',
    command: fields.command ?? '/exodus',
    text: fields.text,
    api_app_id: 'A0000EXODUS',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

export interface ButtonPressFields {
  actionId: string;
  userId?: string;
  channelId?: string;
  messageTs?: string;
  responseUrl: string;
}

export function buttonPressBody(fields: ButtonPressFields): string {
  const channel = fields.channelId ?? 'C0000ALERTS';
  const ts = fields.messageTs ?? '1700000001.000100';
  const payload = {
    type: 'block_actions',
    user: { id: fields.userId ?? 'U0000MEMBER', username: 'member', name: 'member', team_id: 'T0001' },
    api_app_id: 'A0000EXODUS',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false },
    trigger_id: '1.2.3',
    team: { id: 'T0001', domain: 'fake' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: 'alerts' },
    message: { type: 'message', ts, text: 'alert', user: 'UBOT0001', bot_id: 'BBOT0001', blocks: [] },
    state: { values: {} },
    response_url: fields.responseUrl,
    actions: [
      { action_id: fields.actionId, block_id: 'b1', text: { type: 'plain_text', text: 'Press', emoji: true }, value: fields.actionId, type: 'button', action_ts: '1700000002.000200' },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
