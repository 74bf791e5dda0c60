// Alerts and digests through chat.postMessage / chat.update on the fake Web API: the payload,
// one `ratelimited` 429 waited out and retried (not lost), each failure mapped to the
// DeliveryFailure kind the delivery queue acts on, and a resend that finds the post Slack already
// took (by the delivery key in its metadata) instead of posting it twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App, webApi } from '@slack/bolt';
import { DeliveryFailure } from '../../../src/core/alerts/chat-publisher.js';
import type { NeutralMessage } from '../../../src/core/messages/neutral-message.js';
import { createSlackPublisher } from '../../../src/platforms/slack/publisher.js';
import { keyedPostRetries, webClientOptions } from '../../../src/platforms/slack/web-api.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';
import { png } from './helpers.js';
import { captureLogger, logLines } from '../../helpers/capture-logger.js';

let fake: FakeSlack;
const { log, logs } = captureLogger();

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => fake?.close());

function publisher(rateLimit = { maxWaitMs: 5000, attempts: 3 }, keyedPostTimeoutMs?: number) {
  // The same WebClient the Bolt app uses (app.client, built from the same options), and beside it
  // the client of keyed posts as app.ts builds it.
  const app = new App({ token: 'xoxb-test-token', signingSecret: 's', clientOptions: webClientOptions(fake.apiUrl, { retries: 1, minTimeout: 10, maxTimeout: 20 }), deferInitialization: true });
  const keyedOptions = webClientOptions(fake.apiUrl, keyedPostRetries);
  const keyedPostClient = new webApi.WebClient('xoxb-test-token', keyedPostTimeoutMs ? { ...keyedOptions, timeout: keyedPostTimeoutMs } : keyedOptions);
  return createSlackPublisher({ client: app.client, keyedPostClient, log, rateLimit });
}

const alert: NeutralMessage = {
  title: 'Jan Leike resigned',
  url: 'https://example.com/leike',
  text: 'Co-lead of **Superalignment**; joined Anthropic.',
  fields: [{ name: 'When', value: '2024-05-17', inline: true }],
  buttons: [
    { action: 'event:confirm:7', label: 'Confirm', style: 'success' },
    { action: 'event:reject:7', label: 'Reject', style: 'danger' },
  ],
  footer: '3 sources',
};

describe('Slack publisher', () => {
  it('posts Block Kit with a text fallback and returns the message ts', async () => {
    const posted = await publisher().post('C0000ALERTS', alert);
    const call = fake.calls('chat.postMessage').at(-1)!;
    expect(posted.messageId).toMatch(/^\d+\.\d+$/);
    expect(call.token).toBe('xoxb-test-token');
    expect(call.params).toMatchObject({ channel: 'C0000ALERTS', text: 'Jan Leike resigned\nCo-lead of *Superalignment*; joined Anthropic.', unfurl_links: 'false' });
    expect(call.params.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*<https://example.com/leike|Jan Leike resigned>*' } },
      { type: 'section', text: { type: 'mrkdwn', text: 'Co-lead of *Superalignment*; joined Anthropic.' } },
      { type: 'section', fields: [{ type: 'mrkdwn', text: '*When*\n2024-05-17' }] },
      {
        type: 'actions',
        elements: [
          { type: 'button', action_id: 'event:confirm:7', value: 'event:confirm:7', text: { type: 'plain_text', text: 'Confirm', emoji: true }, style: 'primary' },
          { type: 'button', action_id: 'event:reject:7', value: 'event:reject:7', text: { type: 'plain_text', text: 'Reject', emoji: true }, style: 'danger' },
        ],
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '3 sources' }] },
    ]);
  });

  it('waits out a ratelimited 429 for its Retry-After and posts once it may', async () => {
    const before = fake.calls('chat.postMessage').length;
    fake.rateLimitOnce('chat.postMessage', 1);
    const started = Date.now();
    const posted = await publisher().post('C0000ALERTS', { text: 'digest' });
    const calls = fake.calls('chat.postMessage').slice(before);
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(posted.messageId).toBeTruthy();
  });

  it('hands a long Retry-After back as rate_limited with the wait, instead of stalling', async () => {
    fake.rateLimitOnce('chat.postMessage', 120);
    const failure = await publisher({ maxWaitMs: 5000, attempts: 3 }).post('C0000ALERTS', { text: 'digest' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DeliveryFailure);
    expect(failure).toMatchObject({ kind: 'rate_limited', retryAfterMs: 120_000 });
  });

  it('maps Slack errors to delivery failure kinds', async () => {
    fake.missingChannels.add('C0000GONE');
    fake.notInChannel.add('C0000PRIVATE');
    const gone = await publisher().post('C0000GONE', { text: 'x' }).catch((e: unknown) => e);
    expect(gone).toMatchObject({ kind: 'channel_gone', permanent: true });
    expect((gone as Error).message).toContain('channel_not_found');
    const forbidden = await publisher().post('C0000PRIVATE', { text: 'x' }).catch((e: unknown) => e);
    expect(forbidden).toMatchObject({ kind: 'forbidden', permanent: true });

    // Without a delivery key (nothing would look for it later), a 5xx is retried inside the
    // client, then reported as transient.
    fake.failNext('chat.postMessage', 503, 2);
    const before = fake.calls('chat.postMessage').length;
    const transient = await publisher().post('C0000ALERTS', { text: 'x' }).catch((e: unknown) => e);
    expect(transient).toMatchObject({ kind: 'transient', permanent: false });
    expect(fake.calls('chat.postMessage').length - before).toBe(2);
    // One 5xx then success: the retry delivers.
    fake.failNext('chat.postMessage', 502, 1);
    await expect(publisher().post('C0000ALERTS', { text: 'x' })).resolves.toMatchObject({ messageId: expect.any(String) });
  });

  it('updates a posted message in place', async () => {
    await publisher().update('C0000ALERTS', '1700000001.000100', { title: 'Jan Leike resigned', text: 'Confirmed by a moderator.' });
    const call = fake.calls('chat.update').at(-1)!;
    expect(call.params).toMatchObject({ channel: 'C0000ALERTS', ts: '1700000001.000100', text: 'Jan Leike resigned\nConfirmed by a moderator.' });
    fake.missingChannels.add('C0000GONE');
    await expect(publisher().update('C0000GONE', '1.2', { text: 'x' })).rejects.toMatchObject({ kind: 'channel_gone' });
  });

  it('shares a chart in the thread of its message', async () => {
    const posted = await publisher().post('C0000ALERTS', { title: 'Digest', image: { filename: 'timeline.png', mimeType: 'image/png', data: png, alt: 'Exits per month' } });
    const complete = fake.calls('files.completeUploadExternal').at(-1)!;
    expect(complete.params).toMatchObject({ channel_id: 'C0000ALERTS', thread_ts: posted.messageId });
  });
});

describe('Slack publisher resending a delivery', () => {
  const since = new Date(Date.now() - 60_000);
  const resend = (key: string) => ({ idempotencyKey: key, mayHaveBeenPosted: { since } });
  const posts = (channel: string) => fake.calls('chat.postMessage').filter((c) => c.params.channel === channel);
  const lookups = (channel: string) => fake.calls('conversations.history').filter((c) => c.params.channel === channel);
  /** Other people talking in the channel after the alert. */
  const chatter = (channel: string, count: number) =>
    Promise.all(Array.from({ length: count }, (_, i) => publisher().post(channel, { text: `chatter ${i}` })));

  it('marks a delivery post with its key in the message metadata', async () => {
    const posted = await publisher().post('C0RESEND1', alert, { idempotencyKey: 'exodus-delivery-11' });
    const metadata = { event_type: 'exodus_watch_delivery', event_payload: { key: 'exodus-delivery-11' } };
    expect(posts('C0RESEND1')[0]!.params.metadata).toEqual(metadata);
    expect(fake.messages('C0RESEND1')).toEqual([expect.objectContaining({ ts: posted.messageId, metadata })]);
    // A first attempt has nothing to look for.
    expect(lookups('C0RESEND1')).toEqual([]);
  });

  it('finds the message an earlier attempt posted and posts nothing', async () => {
    const first = await publisher().post('C0RESEND2', alert, { idempotencyKey: 'exodus-delivery-12' });
    await chatter('C0RESEND2', 2);
    const again = await publisher().post('C0RESEND2', alert, resend('exodus-delivery-12'));
    expect(again.messageId).toBe(first.messageId);
    expect(posts('C0RESEND2')).toHaveLength(3);
    expect(fake.messages('C0RESEND2')).toHaveLength(3);
    expect(lookups('C0RESEND2')).toHaveLength(1);
    expect(lookups('C0RESEND2')[0]!.params).toMatchObject({ include_all_metadata: 'true', limit: '100' });
    // From before the row's creation, with room for Slack's clock being behind ours.
    expect(Number(lookups('C0RESEND2')[0]!.params.oldest)).toBeLessThan(since.getTime() / 1000);
    expect(logLines(logs, 'already posted; not sending again').at(-1)).toMatchObject({ channelId: 'C0RESEND2', idempotencyKey: 'exodus-delivery-12', ts: first.messageId });
  });

  it('posts when no message carries the key', async () => {
    await publisher().post('C0RESEND3', alert, { idempotencyKey: 'exodus-delivery-13' });
    const other = await publisher().post('C0RESEND3', alert, resend('exodus-delivery-14'));
    expect(lookups('C0RESEND3')).toHaveLength(1);
    expect(fake.messages('C0RESEND3').map((m) => m.ts)).toEqual([expect.any(String), other.messageId]);
    expect(fake.messages('C0RESEND3')[1]!.metadata?.event_payload).toEqual({ key: 'exodus-delivery-14' });
  });

  it('reads further pages of history, within a bound', async () => {
    const first = await publisher().post('C0RESEND4', alert, { idempotencyKey: 'exodus-delivery-15' });
    await chatter('C0RESEND4', 120);
    expect((await publisher().post('C0RESEND4', alert, resend('exodus-delivery-15'))).messageId).toBe(first.messageId);
    expect(lookups('C0RESEND4').map((c) => c.params.cursor === undefined)).toEqual([true, false]);
    expect(fake.messages('C0RESEND4')).toHaveLength(121);

    // Buried deeper than the pages it reads: it cannot tell, so it posts and says why.
    await publisher().post('C0RESEND5', alert, { idempotencyKey: 'exodus-delivery-16' });
    await chatter('C0RESEND5', 300);
    await publisher().post('C0RESEND5', alert, resend('exodus-delivery-16'));
    expect(lookups('C0RESEND5')).toHaveLength(3);
    expect(fake.messages('C0RESEND5')).toHaveLength(302);
    expect(logLines(logs, /could not check whether an earlier attempt was posted/).at(-1)).toMatchObject({ channelId: 'C0RESEND5', slackError: expect.stringContaining('more than 3 pages') });
  });

  it('posts anyway, with a warning, when it cannot read the history', async () => {
    fake.missingScopes.add('channels:history');
    try {
      await publisher().post('C0RESEND6', alert, { idempotencyKey: 'exodus-delivery-17' });
      await publisher().post('C0RESEND6', alert, resend('exodus-delivery-17'));
    } finally {
      fake.missingScopes.delete('channels:history');
    }
    expect(lookups('C0RESEND6').map((c) => c.status)).toEqual([200]);
    expect(fake.messages('C0RESEND6')).toHaveLength(2);
    expect(logLines(logs, 'could not check whether an earlier attempt was posted; posting anyway').at(-1)).toMatchObject({
      channelId: 'C0RESEND6',
      idempotencyKey: 'exodus-delivery-17',
      slackError: 'missing_scope',
    });

    // A rate limit longer than it waits out: same fallback, the alert is not held back.
    fake.rateLimitOnce('conversations.history', 120);
    await publisher().post('C0RESEND6', alert, resend('exodus-delivery-18'));
    expect(fake.messages('C0RESEND6')).toHaveLength(3);
  });

  it('does not retry a keyed post inside the call: a slow post Slack took is posted once, and found by the resend', async () => {
    // Slack posts it but the answer never comes: the client gives up, and a retry inside the
    // call would post it again unchecked.
    const held = fake.holdNext('chat.postMessage', { accept: true });
    const failure = await publisher(undefined, 300).post('C0SLOW1', alert, { idempotencyKey: 'exodus-delivery-31' }).catch((e: unknown) => e);
    await held;
    expect(failure).toMatchObject({ kind: 'transient' });
    expect(posts('C0SLOW1')).toHaveLength(1);
    expect(fake.messages('C0SLOW1')).toHaveLength(1);

    // The same for a 5xx; the delivery queue's resend is the retry, and it finds the post.
    fake.failNext('chat.postMessage', 503, 1);
    await expect(publisher().post('C0SLOW2', alert, { idempotencyKey: 'exodus-delivery-32' })).rejects.toMatchObject({ kind: 'transient' });
    expect(posts('C0SLOW2')).toHaveLength(1);
    const again = await publisher().post('C0SLOW1', alert, resend('exodus-delivery-31'));
    expect(again.messageId).toBe(fake.messages('C0SLOW1')[0]!.ts);
    expect(fake.messages('C0SLOW1')).toHaveLength(1);
  });

  it('still waits out a short 429 on a keyed post, and hands a long one back as rate_limited', async () => {
    fake.rateLimitOnce('chat.postMessage', 1);
    await publisher().post('C0LIMIT1', alert, { idempotencyKey: 'exodus-delivery-33' });
    expect(posts('C0LIMIT1').map((c) => c.status)).toEqual([429, 200]);
    fake.rateLimitOnce('chat.postMessage', 120);
    const failure = await publisher().post('C0LIMIT2', alert, { idempotencyKey: 'exodus-delivery-34' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DeliveryFailure);
    expect(failure).toMatchObject({ kind: 'rate_limited', retryAfterMs: 120_000 });
    expect(posts('C0LIMIT2').map((c) => c.status)).toEqual([429]);
    expect(fake.messages('C0LIMIT2')).toEqual([]);
  });

  it('does not share the chart again under a message it found', async () => {
    const chart = { title: 'Digest', image: { filename: 'timeline.png', mimeType: 'image/png' as const, data: png, alt: 'Exits per month' } };
    await publisher().post('C0RESEND7', chart, { idempotencyKey: 'exodus-delivery-19' });
    const uploads = fake.calls('files.completeUploadExternal').length;
    await publisher().post('C0RESEND7', chart, resend('exodus-delivery-19'));
    expect(fake.calls('files.completeUploadExternal')).toHaveLength(uploads);
    expect(fake.messages('C0RESEND7')).toHaveLength(1);
  });
});
