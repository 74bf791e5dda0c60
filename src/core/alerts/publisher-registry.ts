// The chat publishers available to this process, one per platform. The Discord and Slack
// adapters register theirs when they start; a process without a platform (the CLI) has none,
// and deliveries for that platform wait, pending, for a process that has one.
import type { ChatPlatform, ChatPublisher } from './chat-publisher.js';

export interface PublisherRegistry {
  /** Adds (or replaces) the publisher of its platform; returns a function that removes it. */
  register(publisher: ChatPublisher): () => void;
  get(platform: ChatPlatform): ChatPublisher | undefined;
  platforms(): ChatPlatform[];
}

export function createPublisherRegistry(): PublisherRegistry {
  const byPlatform = new Map<ChatPlatform, ChatPublisher>();
  return {
    register(publisher) {
      byPlatform.set(publisher.platform, publisher);
      return () => {
        if (byPlatform.get(publisher.platform) === publisher) byPlatform.delete(publisher.platform);
      };
    },
    get: (platform) => byPlatform.get(platform),
    platforms: () => [...byPlatform.keys()],
  };
}
