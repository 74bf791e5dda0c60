// The shape of the default feed list (config/feeds.json), checked with zod so a typo in the file
// is reported with its place rather than half-loaded.
import { z } from 'zod';
import type { FeedRepository } from './ports.js';

const defaultFeedSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().trim().min(1).max(200).optional(),
  intervalMinutes: z.number().int().min(1).max(1440).optional(),
  /** Free text for whoever edits the file; ignored by the bot. */
  note: z.string().optional(),
});

export const defaultFeedsFileSchema = z.object({
  feeds: z.array(defaultFeedSchema).max(1000),
});

export type DefaultFeed = z.infer<typeof defaultFeedSchema>;

/**
 * Fills an empty feed table with the default list; returns how many were added. A table with
 * any feed is left alone. Called only for a brand-new database, so admins' removals stick.
 */
export async function seedDefaultFeeds(feeds: FeedRepository, defaults: readonly DefaultFeed[]): Promise<number> {
  if ((await feeds.count()) > 0) return 0;
  let added = 0;
  for (const feed of defaults) {
    if (await feeds.add({ url: feed.url, title: feed.title ?? null, intervalMinutes: feed.intervalMinutes ?? null })) added++;
  }
  return added;
}
