// The Discord side of alerts and digests: implements the core's ChatPublisher with the bot client's
// REST (POST and PATCH /channels/:id/messages), and maps every failure to a DeliveryFailure the
// delivery queue understands.
//
// Rate limits: @discordjs/rest waits out a 429 (Retry-After) and sends again by itself, so a short
// limit costs a little time and loses nothing. A long one would hold the delivery worker, so the
// client is built to reject those (`rejectLongChannelWaits` in rest-api.ts) and the publisher hands the wait
// back as `rate_limited` with its retry-after: the durable queue resends the row when it is over.
import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes, Routes, type REST, type RawFile } from 'discord.js';
import { DeliveryFailure, type ChatPublisher, type PostOptions, type PostedMessage } from '../../core/alerts/chat-publisher.js';
import type { NeutralMessage } from '../../core/messages/neutral-message.js';
import type { Logger } from '../../infra/logger.js';
import { renderDiscordMessage, type DiscordMessage } from './render.js';
import { maxNonce } from './limits.js';

interface DiscordPublisherOptions {
  rest: REST;
  log: Logger;
}

export function createDiscordPublisher({ rest, log }: DiscordPublisherOptions): ChatPublisher {
  return {
    platform: 'discord',
    async post(channelId: string, message: NeutralMessage, options?: PostOptions): Promise<PostedMessage> {
      const rendered = renderDiscordMessage({ ...message, ephemeral: false });
      // Discord drops a second create with the same nonce (within minutes) and returns the first message.
      const nonce = options?.idempotencyKey ? { nonce: options.idempotencyKey.slice(0, maxNonce), enforce_nonce: true } : {};
      try {
        const created = (await rest.post(Routes.channelMessages(channelId), { body: { ...messageBody(rendered, false), ...nonce }, files: rawFiles(rendered) })) as { id?: unknown };
        if (typeof created?.id !== 'string') throw new Error('Discord answered a message create without an id');
        log.debug({ channelId, messageId: created.id }, 'discord message posted');
        return { messageId: created.id };
      } catch (err) {
        throw toDeliveryFailure(err, `post to channel ${channelId}`);
      }
    },
    async update(channelId: string, messageId: string, message: NeutralMessage): Promise<void> {
      const rendered = renderDiscordMessage({ ...message, ephemeral: false });
      try {
        await rest.patch(Routes.channelMessage(channelId, messageId), { body: messageBody(rendered, true), files: rawFiles(rendered) });
      } catch (err) {
        throw toDeliveryFailure(err, `edit of message ${messageId} in channel ${channelId}`);
      }
    },
  };
}

/** The JSON part of a message create or edit; `attachments` lists the files sent alongside. */
function messageBody(rendered: DiscordMessage, edit: boolean): Record<string, unknown> {
  const attachments = rendered.files.map((f, id) => ({ id, filename: f.name, description: f.description }));
  return {
    embeds: rendered.embeds,
    components: rendered.components,
    allowed_mentions: rendered.allowed_mentions,
    // On an edit, the list replaces the message's attachments: an empty one removes an old chart.
    ...(edit || attachments.length > 0 ? { attachments } : {}),
  };
}

function rawFiles(rendered: DiscordMessage): RawFile[] | undefined {
  return rendered.files.length > 0 ? rendered.files.map((f) => ({ name: f.name, data: f.data, contentType: f.contentType })) : undefined;
}

const forbiddenCodes = new Set<number>([RESTJSONErrorCodes.MissingAccess, RESTJSONErrorCodes.MissingPermissions, RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel]);

/**
 * What a REST failure means for delivery: a missing channel or permission is permanent (the
 * subscription gets marked), a rate limit says how long to wait, anything else is worth a retry.
 * An Unknown Message on an edit is not the channel's fault, so it stays transient.
 */
export function toDeliveryFailure(err: unknown, what: string): DeliveryFailure {
  if (err instanceof DeliveryFailure) return err;
  if (err instanceof RateLimitError) {
    const wait = Math.max(err.retryAfter, err.timeToReset, 0);
    return new DeliveryFailure('rate_limited', `${what}: rate limited for ${wait} ms (${err.route})`, wait);
  }
  if (err instanceof DiscordAPIError) {
    const detail = `${what}: ${err.status} ${typeof err.code === 'number' ? err.code : ''} ${err.message}`.replace(/\s+/g, ' ');
    if (err.code === RESTJSONErrorCodes.UnknownChannel) return new DeliveryFailure('channel_gone', detail);
    if (typeof err.code === 'number' && forbiddenCodes.has(err.code)) return new DeliveryFailure('forbidden', detail);
    if (err.status === 403) return new DeliveryFailure('forbidden', detail);
    if (err.status === 429) return new DeliveryFailure('rate_limited', detail, 1000);
    return new DeliveryFailure('transient', detail);
  }
  if (err instanceof HTTPError) return new DeliveryFailure('transient', `${what}: ${err.status} ${err.message}`);
  const message = err instanceof Error ? `${err.message}${err.cause instanceof Error ? ` (${err.cause.message})` : ''}` : String(err);
  return new DeliveryFailure('transient', `${what}: ${message}`);
}
