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
   * between "posted" and "marked sent" does not show twice. One whose platform cannot should
   * attach it to the message where it can find it again (Slack: message metadata).
   */
  idempotencyKey?: string;
  /**
   * Set when an earlier attempt of this same post may have reached the platform without the
   * outcome being recorded (the process died or the call timed out after sending). No earlier
   * attempt can have posted before `since` (on this process's clock). An adapter that cannot
   * make the platform drop a repeat should look for its own message with the same
   * `idempotencyKey` and return it instead of posting again; if it cannot tell, it posts:
   * a possible duplicate is better than a lost message.
   */
  mayHaveBeenPosted?: { since: Date };
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
 *
 * `rate_limited` also says the attempt posted nothing (the platform refused it), so its resend
 * carries no `mayHaveBeenPosted`. An adapter whose client may already have sent the same post
 * earlier in the attempt (a retry inside the call) must not rely on that hint: the Slack client
 * does not retry keyed posts; Discord drops the repeat itself (nonce).
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
