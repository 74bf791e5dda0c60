// The Discord ChatPublisher over the client's real REST against the fake: posts and edits, the 429
// that REST waits out, the long one handed back to the queue, and each failure's DeliveryFailure kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REST } from 'discord.js';
import { DeliveryFailure } from '../../../src/core/alerts/chat-publisher.js';
import { createDiscordPublisher } from '../../../src/platforms/discord/publisher.js';
import { png, startHarness, type Harness } from './helpers.js';
import { captureLogger } from '../../helpers/capture-logger.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ maxRateLimitWaitMs: 2000 });
});
afterAll(async () => {
  await h?.close();
});

const alert = {
  title: 'New exit: Jan Leike resigned from OpenAI',
  text: '**Jan Leike** resigned. @here',
  fields: [{ name: 'Role', value: 'Head of alignment', inline: true }],
  buttons: [
    { action: 'event:confirm:42', label: 'Confirm', style: 'success' as const },
    { action: 'event:reject:42', label: 'Reject', style: 'danger' as const },
  ],
  footer: 'Reported by 1 outlet',
  ephemeral: true,
};

async function failure(work: Promise<unknown>): Promise<DeliveryFailure> {
  try {
    await work;
  } catch (err) {
    if (err instanceof DeliveryFailure) return err;
    throw err;
  }
  throw new Error('expected a DeliveryFailure');
}

describe('discord publisher', () => {
  it('posts the alert with its buttons, the bot token, a nonce, and no pings', async () => {
    const { messageId } = await h.platform.publisher.post(h.fake.channelId, alert, { idempotencyKey: 'exodus-delivery-1' });
    const [request] = h.fake.requests({ method: 'POST', path: `/channels/${h.fake.channelId}/messages` });
    expect(request!.authorization).toBe(`Bot ${h.fake.token}`);
    expect(request!.json).toEqual({
      embeds: [
        {
          title: 'New exit: Jan Leike resigned from OpenAI',
          description: '**Jan Leike** resigned. @\u200bhere',
          fields: [{ name: 'Role', value: 'Head of alignment', inline: true }],
          footer: { text: 'Reported by 1 outlet' },
        },
      ],
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 3, label: 'Confirm', custom_id: 'event:confirm:42' },
            { type: 2, style: 4, label: 'Reject', custom_id: 'event:reject:42' },
          ],
        },
      ],
      allowed_mentions: { parse: [] },
      nonce: 'exodus-delivery-1',
      enforce_nonce: true,
    });
    expect(h.fake.message(messageId)!.channelId).toBe(h.fake.channelId);
  });

  it('does not post twice when a delivery is resent with the same idempotency key', async () => {
    const first = await h.platform.publisher.post(h.fake.channelId, alert, { idempotencyKey: 'exodus-delivery-2' });
    const again = await h.platform.publisher.post(h.fake.channelId, alert, { idempotencyKey: 'exodus-delivery-2' });
    expect(again.messageId).toBe(first.messageId);
  });

  it('attaches the chart as a file, and an edit replaces attachments and buttons', async () => {
    const withChart = { ...alert, image: { filename: 'timeline.png', mimeType: 'image/png' as const, data: png, alt: 'Departures per month' } };
    const { messageId } = await h.platform.publisher.post(h.fake.channelId, withChart);
    const post = h.fake.requests({ method: 'POST', path: `/channels/${h.fake.channelId}/messages` }).at(-1)!;
    expect(post.files).toEqual([expect.objectContaining({ field: 'files[0]', filename: 'timeline.png', contentType: 'image/png', size: png.length })]);
    expect((post.json as Record<string, unknown>).attachments).toEqual([{ id: 0, filename: 'timeline.png', description: 'Departures per month' }]);
    expect(h.fake.message(messageId)!.attachments).toHaveLength(1);

    await h.platform.publisher.update(h.fake.channelId, messageId, { ...alert, buttons: [], footer: 'Confirmed by <@1>' });
    const edit = await h.fake.waitForRequest({ method: 'PATCH', path: `/channels/${h.fake.channelId}/messages/${messageId}` });
    expect(edit.json).toMatchObject({ components: [], attachments: [], allowed_mentions: { parse: [] } });
    expect(h.fake.message(messageId)!.attachments).toEqual([]);
    expect(h.fake.message(messageId)!.body.components).toEqual([]);
  });

  it('waits out a 429 (Retry-After) and sends again, so the post is not lost', async () => {
    h.fake.rateLimitOnce('POST', /^\/channels\/\d+\/messages$/, 0.2);
    const before = h.fake.requests({ method: 'POST', path: `/channels/${h.fake.channelId}/messages` }).length;
    const started = Date.now();
    const { messageId } = await h.platform.publisher.post(h.fake.channelId, { text: 'after the limit' });
    const attempts = h.fake.requests({ method: 'POST', path: `/channels/${h.fake.channelId}/messages` }).slice(before);
    expect(attempts.map((a) => a.status)).toEqual([429, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(180);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(h.fake.message(messageId)).toBeDefined();
  });

  it('hands a long rate limit back to the delivery queue with its retry-after', async () => {
    h.fake.rateLimitOnce('POST', /^\/channels\/\d+\/messages$/, 30);
    const other = '223456789012345678';
    h.fake.channels.set(other, 'other');
    const failed = await failure(h.platform.publisher.post(other, { text: 'too soon' }));
    expect(failed.kind).toBe('rate_limited');
    expect(failed.retryAfterMs).toBeGreaterThanOrEqual(30_000);
    expect(failed.permanent).toBe(false);
  });

  it('maps Unknown Channel (10003) to channel_gone and Missing Permissions (50013) to forbidden', async () => {
    const gone = await failure(h.platform.publisher.post('323456789012345678', { text: 'x' }));
    expect(gone.kind).toBe('channel_gone');
    expect(gone.permanent).toBe(true);
    expect(gone.message).toContain('10003');

    const locked = '423456789012345678';
    h.fake.channels.set(locked, 'locked');
    h.fake.forbiddenChannels.add(locked);
    const forbidden = await failure(h.platform.publisher.post(locked, { text: 'x' }));
    expect(forbidden.kind).toBe('forbidden');
    expect(forbidden.message).toContain('50013');
  });

  it('treats an edit of a deleted message as transient, not as a lost channel', async () => {
    const failed = await failure(h.platform.publisher.update(h.fake.channelId, '523456789012345678', { text: 'x' }));
    expect(failed.kind).toBe('transient');
    expect(failed.message).toContain('10008');
  });

  it('retries a 5xx once (REST retries), then reports it as transient', async () => {
    h.fake.failNext('POST', /^\/channels\/\d+\/messages$/, 502, 1);
    await expect(h.platform.publisher.post(h.fake.channelId, { text: 'after one 502' })).resolves.toMatchObject({ messageId: expect.any(String) });
    h.fake.failNext('POST', /^\/channels\/\d+\/messages$/, 503, 2);
    const failed = await failure(h.platform.publisher.post(h.fake.channelId, { text: 'two 503s' }));
    expect(failed.kind).toBe('transient');
    expect(failed.message).toContain('503');
  });

  it('reports an unreachable Discord as transient', async () => {
    const { log } = captureLogger();
    const rest = new REST({ api: 'http://127.0.0.1:9/api', retries: 0, timeout: 1000 }).setToken('t');
    const failed = await failure(createDiscordPublisher({ rest, log }).post('123456789012345678', { text: 'x' }));
    expect(failed.kind).toBe('transient');
  });
});
