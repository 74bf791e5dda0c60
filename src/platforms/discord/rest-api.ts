// How this app reaches Discord's REST API: the base URL (DISCORD_API_URL; tests point it at a
// local fake) and which rate limits a call waits out rather than hands back. Shared by the gateway
// client, the REST-only publisher of `poll --once` and command registration.
import type { RateLimitData, RESTOptions } from 'discord.js';

/** Channel rate limits longer than this go back to the delivery queue instead of being waited out. */
export const defaultMaxRateLimitWaitMs = 10_000;

/** REST base as discord.js wants it: without the `/v10` the client appends itself. */
export function restApiBase(url: string | undefined): string | undefined {
  return url?.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}

/** The bot's REST options: its API base, and long channel waits handed back (`rejectLongChannelWaits`). */
export function botRestOptions(apiUrl: string | undefined, maxRateLimitWaitMs = defaultMaxRateLimitWaitMs): Partial<RESTOptions> {
  const api = restApiBase(apiUrl);
  return { ...(api ? { api } : {}), rejectOnRateLimit: rejectLongChannelWaits(maxRateLimitWaitMs) };
}

/**
 * For `rest.rejectOnRateLimit`: channel message routes (alerts, digests) give a long wait back to
 * the delivery queue; everything else, interaction answers above all, waits it out.
 */
export function rejectLongChannelWaits(maxWaitMs: number): (data: RateLimitData) => boolean {
  return (data) => data.route.startsWith('/channels/') && Math.max(data.retryAfter, data.timeToReset) > maxWaitMs;
}
