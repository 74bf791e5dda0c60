// The port through which alerts and digests reach chat channels. The Discord and Slack adapters
// implement it; the delivery service in core/alerts decides what to send, when, and retries.
import type { NeutralMessage } from '../messages/neutral-message.js';

export type ChatPlatform = 'discord' | 'slack';

export interface PostedMessage {
  messageId: string;
}

/** Optional hints for a post. */
export interface PostOptions {
  /**
   * Stable per delivery row (at most 25 characters). An adapter whose platform can deduplicate
   * creates (Discord: `nonce` + `enforce_nonce`) should pass it, so a resend after a crash
   * between "posted" and "marked sent" does not show twice.
   */
  idempotencyKey?: string;
}

export interface ChatPublisher {
  readonly platform: ChatPlatform;
  /** Throws DeliveryFailure for failures the platform explains; anything else counts as transient. */
  post(channelId: string, message: NeutralMessage, options?: PostOptions): Promise<PostedMessage>;
  update(channelId: string, messageId: string, message: NeutralMessage): Promise<void>;
}

/**
 * Why a post failed, as far as delivery policy cares: retry later (transient, rate_limited with
 * the platform's retry-after) or stop and mark the subscription (channel_gone, forbidden).
 */
export type DeliveryFailureKind = 'transient' | 'rate_limited' | 'channel_gone' | 'forbidden';

export class DeliveryFailure extends Error {
  constructor(
    readonly kind: DeliveryFailureKind,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }

  get permanent(): boolean {
    return this.kind === 'channel_gone' || this.kind === 'forbidden';
  }
}
