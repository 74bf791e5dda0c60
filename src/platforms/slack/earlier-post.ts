// How a Slack post is made safe to resend. chat.postMessage has no idempotency key, so a process
// that dies after Slack took a post but before the delivery was marked sent would post it twice.
// Instead, every delivery post carries message metadata naming its key, and a resend that may
// repeat an earlier attempt first reads the channel's history since that attempt
// (conversations.history with include_all_metadata) for a message with the same key.
//
// Reading history needs `channels:history` / `groups:history` and the bot in the channel. When the
// lookup cannot answer (scope missing, not a member, a long rate limit, Slack unreachable, more
// history than it reads), the caller posts anyway: a rare duplicate beats a lost alert.
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../infra/logger.js';
import { slackErrorCode, withRateLimit, type RateLimitPolicy } from './web-api.js';

/** The metadata `event_type` of this app's delivery posts (snake_case, as Slack's guidelines ask). */
const deliveryEventType = 'exodus_watch_delivery';

/** The `metadata` of a delivery post: what a resend looks for. */
export function deliveryMetadata(key: string): { event_type: string; event_payload: { key: string } } {
  return { event_type: deliveryEventType, event_payload: { key } };
}

/** Our clock and Slack's may disagree by this much; the history read starts this much earlier. */
const clockSkewMs = 5 * 60_000;
/**
 * Messages per page and pages read: a resend follows the earlier attempt within minutes, so the
 * post, if there, is among the newest. (Slack caps pages at 15 for apps distributed outside its
 * Marketplace; the lookup then reads fewer messages and says so when it could not reach `since`.)
 */
const pageSize = 100;
const maxPages = 3;

interface EarlierPostQuery {
  client: webApi.WebClient;
  log: Logger;
  rateLimit: RateLimitPolicy;
  channelId: string;
  key: string;
  /** No earlier attempt can have posted before this (the caller's clock). */
  since: Date;
}

/**
 * The ts of a message in the channel carrying `key`, posted since `since`; undefined when there
 * is none or the lookup could not tell (logged as a warning: the caller posts).
 */
export async function findEarlierPost(query: EarlierPostQuery): Promise<string | undefined> {
  const { channelId, key, log } = query;
  try {
    return await searchHistory(query);
  } catch (err) {
    log.warn(
      { channelId, idempotencyKey: key, slackError: slackErrorCode(err) ?? (err instanceof Error ? err.message : String(err)) },
      'could not check whether an earlier attempt was posted; posting anyway',
    );
    return undefined;
  }
}

async function searchHistory({ client, rateLimit, channelId, key, since }: EarlierPostQuery): Promise<string | undefined> {
  const oldest = ((since.getTime() - clockSkewMs) / 1000).toFixed(6);
  let cursor: string | undefined;
  for (let page = 1; page <= maxPages; page++) {
    const result = await withRateLimit(
      () => client.conversations.history({ channel: channelId, oldest, limit: pageSize, include_all_metadata: true, ...(cursor ? { cursor } : {}) }),
      rateLimit,
    );
    const match = result.messages?.find((m) => m.metadata?.event_type === deliveryEventType && (m.metadata.event_payload as { key?: unknown } | undefined)?.key === key);
    if (match?.ts) return match.ts;
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!result.has_more || !cursor) return undefined;
  }
  throw new Error(`more than ${maxPages} pages of history since ${oldest}; the earlier post may be further back`);
}
