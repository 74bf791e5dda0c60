// The Slack side of alerts and digests: implements the core's ChatPublisher with chat.postMessage
// and chat.update on the app's WebClient, rate limits waited out or handed back with their wait
// (web-api.ts), every failure mapped to a DeliveryFailure the delivery queue understands. A resend
// that may repeat a post Slack already took returns that message instead (earlier-post.ts); posts
// with a delivery key go through a client that never retries inside the call, so that resend is
// their only retry.
import { webApi } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { ChatPublisher, PostOptions, PostedMessage } from '../../core/alerts/chat-publisher.js';
import type { NeutralMessage } from '../../core/messages/neutral-message.js';
import type { Logger } from '../../infra/logger.js';
import { deliveryMetadata, findEarlierPost } from './earlier-post.js';
import { renderSlackMessage } from './render.js';
import { defaultRateLimitPolicy, keyedPostRetries, slackErrorCode, toDeliveryFailure, webClientOptions, withRateLimit, type RateLimitPolicy } from './web-api.js';

export interface SlackPublisherOptions {
  /** For edits, history look-ups, chart uploads and posts without a key (retries transient failures). */
  client: webApi.WebClient;
  /** For chat.postMessage with a delivery key: built with `keyedPostRetries`, no retries inside a call. */
  keyedPostClient: webApi.WebClient;
  log: Logger;
  rateLimit?: RateLimitPolicy;
}

export function createSlackPublisher({ client, keyedPostClient, log, rateLimit = defaultRateLimitPolicy }: SlackPublisherOptions): ChatPublisher {
  return {
    platform: 'slack',
    async post(channelId: string, message: NeutralMessage, options: PostOptions = {}): Promise<PostedMessage> {
      const { idempotencyKey: key, mayHaveBeenPosted } = options;
      if (key && mayHaveBeenPosted) {
        const earlier = await findEarlierPost({ client, log, rateLimit, channelId, key, since: mayHaveBeenPosted.since });
        if (earlier) {
          // Its chart, if any, is not shared again either: it may be in the thread already, and
          // a missing chart (the message names it) beats a doubled one.
          log.info({ channelId, idempotencyKey: key, ts: earlier }, 'already posted; not sending again');
          return { messageId: earlier };
        }
      }
      const { blocks, text } = renderSlackMessage(message);
      const poster = key ? keyedPostClient : client;
      let ts: string;
      try {
        const result = await withRateLimit(
          () => poster.chat.postMessage({ channel: channelId, blocks, text, unfurl_links: false, unfurl_media: false, ...(key ? { metadata: deliveryMetadata(key) } : {}) }),
          rateLimit,
        );
        if (!result.ts) throw new Error('chat.postMessage answered without a message ts');
        ts = result.ts;
      } catch (err) {
        throw toDeliveryFailure(err, `chat.postMessage to ${channelId}`);
      }
      if (message.image) await shareImage(client, log, channelId, ts, message.image, rateLimit);
      return { messageId: ts };
    },
    async update(channelId: string, messageId: string, message: NeutralMessage): Promise<void> {
      const { blocks, text } = renderSlackMessage(message);
      try {
        await withRateLimit(() => client.chat.update({ channel: channelId, ts: messageId, blocks, text }), rateLimit);
      } catch (err) {
        throw toDeliveryFailure(err, `chat.update of ${messageId} in ${channelId}`);
      }
    },
  };
}

/**
 * Shares a chart under the message it belongs to (in its thread). The message itself is already
 * delivered and names the chart in its caption, so a failed upload is logged, not retried: a
 * retry would post the alert twice.
 */
export async function shareImage(
  client: webApi.WebClient,
  log: Logger,
  channelId: string,
  threadTs: string | undefined,
  image: NonNullable<NeutralMessage['image']>,
  rateLimit: RateLimitPolicy = defaultRateLimitPolicy,
): Promise<boolean> {
  try {
    await withRateLimit(
      () => {
        const upload = { file: Buffer.from(image.data), filename: image.filename, title: image.alt.slice(0, 250), alt_text: image.alt.slice(0, 1000) };
        return client.filesUploadV2(threadTs ? { ...upload, channel_id: channelId, thread_ts: threadTs } : { ...upload, channel_id: channelId });
      },
      rateLimit,
    );
    return true;
  } catch (err) {
    log.warn({ channelId, slackError: slackErrorCode(err) ?? (err instanceof Error ? err.message : String(err)) }, 'could not share chart image');
    return false;
  }
}

/** A publisher on the Web API alone, without Bolt's receiver: lets a one-shot CLI poll deliver its alerts. */
export function createSlackWebPublisher(config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_API_URL'>, log: Logger): ChatPublisher {
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error('SLACK_BOT_TOKEN is required for Slack');
  const client = (retries?: webApi.RetryOptions) => new webApi.WebClient(token, webClientOptions(config.SLACK_API_URL, retries));
  return createSlackPublisher({ client: client(), keyedPostClient: client(keyedPostRetries), log });
}
