// How this app talks to the Slack Web API: the WebClient options it runs with, waiting out rate
// limits, and what a failed call means for delivery policy.
//
// Rate limits: the WebClient is told to reject a 429 instead of sleeping inside its queue, so
// `withRateLimit` decides: a short Retry-After (the usual case: chat.postMessage allows about one
// message a second per channel) is waited out here and the call retried; a long one is handed
// to the durable delivery queue as `rate_limited` with the wait, so a job never stalls for
// minutes. Transient failures (5xx, network) get a few quick retries inside the client, then
// surface as `transient` for the delivery queue to retry later.
//
// Except for posts that carry a delivery key: a timeout or a 5xx does not say Slack dropped the
// post (a slow post may land after the client gave up on it), and a retry inside the call would
// post it again unchecked. Those go through a client with no retries (`keyedPostRetries`), so the
// delivery queue's resend, which first looks for the earlier post, is their only retry. A 429
// posts nothing, so `withRateLimit` still waits out short ones and retries.
import type { webApi } from '@slack/bolt';
import { DeliveryFailure } from '../../core/alerts/chat-publisher.js';

/** Retries of 5xx and network errors inside one call: 3 attempts over about 3 seconds. */
const transientRetries: webApi.RetryOptions = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000, randomize: true };

/** For the client of keyed posts (see the module comment): the first answer is final. */
export const keyedPostRetries: webApi.RetryOptions = { retries: 0 };

/** Per-request timeout; Slack answers in well under a second when healthy. */
const requestTimeoutMs = 15_000;

export function webClientOptions(slackApiUrl: string | undefined, retryConfig: webApi.RetryOptions = transientRetries): webApi.WebClientOptions {
  return {
    ...(slackApiUrl ? { slackApiUrl: slackApiUrl.endsWith('/') ? slackApiUrl : `${slackApiUrl}/` } : {}),
    rejectRateLimitedCalls: true,
    retryConfig,
    timeout: requestTimeoutMs,
  };
}

export interface RateLimitPolicy {
  /** Longest Retry-After waited out in-process; longer ones become `rate_limited` failures. */
  maxWaitMs: number;
  /** Calls made in all, the first included. */
  attempts: number;
  sleep?: (ms: number) => Promise<void>;
}

export const defaultRateLimitPolicy: RateLimitPolicy = { maxWaitMs: 30_000, attempts: 3 };

/** Runs a Web API call, waiting out and retrying short rate limits (see the module comment). */
export async function withRateLimit<T>(call: () => Promise<T>, policy: RateLimitPolicy = defaultRateLimitPolicy): Promise<T> {
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const waitMs = rateLimitWaitMs(err);
      if (waitMs === undefined || attempt >= policy.attempts || waitMs > policy.maxWaitMs) throw err;
      await sleep(waitMs);
    }
  }
}

/** The wait a rate-limited call asks for, or undefined when the error is not a rate limit. */
function rateLimitWaitMs(err: unknown): number | undefined {
  const e = err as { code?: string; retryAfter?: number; data?: { error?: string; response_metadata?: { retryAfter?: number } } };
  if (e?.code === 'slack_webapi_rate_limited_error') return Math.max(0, (e.retryAfter ?? 1) * 1000);
  // A `ratelimited` answer in a 200 body (some methods): same meaning, same handling.
  if (e?.code === 'slack_webapi_platform_error' && e.data?.error === 'ratelimited') return Math.max(0, (e.data.response_metadata?.retryAfter ?? 1) * 1000);
  return undefined;
}

/** The Slack error code of a failed call (`channel_not_found`, ...), if Slack gave one. */
export function slackErrorCode(err: unknown): string | undefined {
  const e = err as { code?: string; data?: { error?: string } };
  return e?.code === 'slack_webapi_platform_error' ? e.data?.error : undefined;
}

const channelGone = new Set(['channel_not_found', 'is_archived', 'channel_is_archived', 'is_inactive']);
const forbidden = new Set([
  'not_in_channel', 'missing_scope', 'restricted_action', 'restricted_action_read_only_channel', 'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel', 'ekm_access_denied', 'access_denied', 'team_access_not_granted', 'not_allowed_token_type',
  'invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'no_permission', 'org_login_required',
]);

/** Maps a failed Web API call to what delivery policy needs to know. */
export function toDeliveryFailure(err: unknown, what: string): DeliveryFailure {
  if (err instanceof DeliveryFailure) return err;
  const waitMs = rateLimitWaitMs(err);
  if (waitMs !== undefined) return new DeliveryFailure('rate_limited', `${what}: rate limited by Slack`, waitMs);
  const code = slackErrorCode(err);
  if (code && channelGone.has(code)) return new DeliveryFailure('channel_gone', `${what}: ${code}`);
  if (code && forbidden.has(code)) return new DeliveryFailure('forbidden', `${what}: ${code}`);
  const e = err as { code?: string; statusCode?: number; message?: string };
  if (e?.code === 'slack_webapi_http_error') return new DeliveryFailure('transient', `${what}: HTTP ${e.statusCode ?? '?'} from Slack`);
  if (e?.code === 'slack_webapi_request_error') return new DeliveryFailure('transient', `${what}: could not reach Slack (${e.message ?? 'network error'})`);
  // Anything else (an unexpected Slack error such as `invalid_blocks`, or a bug) is retried later
  // by the delivery queue, which gives up after its attempt limit; the message keeps the cause.
  return new DeliveryFailure('transient', `${what}: ${code ?? (err instanceof Error ? err.message : String(err))}`);
}
