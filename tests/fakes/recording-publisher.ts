// A ChatPublisher at the port boundary that records every post and edit (with the time it
// happened) and can be told to fail the next calls, or to hang, like a real platform might.
import type { ChatPlatform, ChatPublisher, PostOptions, PostedMessage } from '../../src/core/alerts/chat-publisher.js';
import { DeliveryFailure, type DeliveryFailureKind } from '../../src/core/alerts/chat-publisher.js';
import type { NeutralMessage } from '../../src/core/messages/neutral-message.js';

export interface RecordedPost {
  channelId: string;
  message: NeutralMessage;
  messageId: string;
  options?: PostOptions;
  /** performance.now() when the post was accepted. */
  at: number;
}

export interface RecordedUpdate {
  channelId: string;
  messageId: string;
  message: NeutralMessage;
  at: number;
}

export interface RecordingPublisher extends ChatPublisher {
  posts: RecordedPost[];
  updates: RecordedUpdate[];
  /** The next `times` posts (and edits) throw this failure (a plain Error when kind is 'error'). */
  failNext(kind: DeliveryFailureKind | 'error', times?: number, retryAfterMs?: number): void;
  /** Posts never settle until `release()` (a process killed mid-post). */
  hang(): void;
  release(): void;
  /** Called with each post before it is recorded (e.g. to print a marker from a child process). */
  onPost?: (channelId: string) => void;
}

export function createRecordingPublisher(platform: ChatPlatform = 'discord'): RecordingPublisher {
  const failures: { kind: DeliveryFailureKind | 'error'; retryAfterMs?: number }[] = [];
  let hanging: Promise<void> | undefined;
  let releaseHang: (() => void) | undefined;
  let next = 1;

  const maybeFail = () => {
    const failure = failures.shift();
    if (!failure) return;
    if (failure.kind === 'error') throw new Error('socket hang up');
    throw new DeliveryFailure(failure.kind, `simulated ${failure.kind}`, failure.retryAfterMs);
  };

  const publisher: RecordingPublisher = {
    platform,
    posts: [],
    updates: [],
    async post(channelId: string, message: NeutralMessage, options?: PostOptions): Promise<PostedMessage> {
      publisher.onPost?.(channelId);
      if (hanging) await hanging;
      maybeFail();
      const messageId = `${platform}-msg-${next++}`;
      publisher.posts.push({ channelId, message, messageId, options, at: performance.now() });
      return { messageId };
    },
    async update(channelId: string, messageId: string, message: NeutralMessage): Promise<void> {
      maybeFail();
      publisher.updates.push({ channelId, messageId, message, at: performance.now() });
    },
    failNext(kind, times = 1, retryAfterMs) {
      for (let i = 0; i < times; i++) failures.push({ kind, retryAfterMs });
    },
    hang() {
      hanging = new Promise((resolve) => (releaseHang = resolve));
    },
    release() {
      hanging = undefined;
      releaseHang?.();
    },
  };
  return publisher;
}
