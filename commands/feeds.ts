// /feeds (admin): manage the feed list at run time — add, remove, list, status (health with the
// last error and the next fetch), import and export as OPML.
import { defineCommandGroup, defineRunnable } from '../src/core/commands/definition.js';
import type { FeedView, ImportReport } from '../src/core/feeds/feed-admin.js';
import { maxFeedUrlLength } from '../src/core/feeds/feed-admin.js';
import { colors, type NeutralMessage } from '../src/core/messages/neutral-message.js';

/** Longest OPML text accepted inline (Discord's string option limit). */
const maxInlineOpml = 6000;

const add = defineRunnable({
  name: 'add',
  description: 'Add a feed (RSS, Atom or RDF) by URL',
  options: [
    { name: 'url', description: 'Feed URL (http or https)', kind: 'string', required: true, maxLength: maxFeedUrlLength },
    { name: 'interval', description: 'Minutes between polls (default: the configured interval)', kind: 'integer', min: 1, max: 1440 },
  ] as const,
  async handler(ctx, { url, interval }) {
    const feed = await ctx.services.feeds.add(url, interval);
    return {
      title: 'Feed added',
      text: `${describeFeed(feed)}\nPolled every ${feed.intervalMinutes} min, first within a minute. Check it with \`/feeds status\`.`,
      color: colors.info,
      ephemeral: true,
    };
  },
});

const remove = defineRunnable({
  name: 'remove',
  description: 'Remove a feed by id or URL (its stored articles stay)',
  options: [{ name: 'feed', description: 'Feed id (see /feeds list) or URL', kind: 'string', required: true, maxLength: maxFeedUrlLength }] as const,
  async handler(ctx, { feed }) {
    const removed = await ctx.services.feeds.remove(feed);
    return { title: 'Feed removed', text: describeFeed(removed), color: colors.info, ephemeral: true };
  },
});

const list = defineRunnable({
  name: 'list',
  description: 'List the feeds the bot polls',
  options: [] as const,
  async handler(ctx) {
    const feeds = await ctx.services.feeds.list();
    if (feeds.length === 0) return { text: 'No feeds yet. Add one with `/feeds add <url>` or `/feeds import`.', ephemeral: true, color: colors.info };
    const lines = feeds.map((f) => `${describeFeed(f)} — every ${f.intervalMinutes} min${f.enabled ? '' : ' (disabled)'}`);
    return { title: `Feeds (${feeds.length})`, text: lines.join('\n'), color: colors.info, ephemeral: true };
  },
});

const status = defineRunnable({
  name: 'status',
  description: 'Health of every feed: last fetch, last error, next fetch',
  options: [] as const,
  async handler(ctx) {
    const feeds = await ctx.services.feeds.list();
    if (feeds.length === 0) return { text: 'No feeds yet. Add one with `/feeds add <url>`.', ephemeral: true, color: colors.info };
    const now = ctx.services.clock.now();
    const order = { unhealthy: 0, pending: 1, healthy: 2, disabled: 3 } as const;
    const sorted = [...feeds].sort((a, b) => order[a.health] - order[b.health] || a.id - b.id);
    const count = (h: FeedView['health']) => feeds.filter((f) => f.health === h).length;
    const unhealthy = count('unhealthy');
    return {
      title: 'Feed status',
      text: `${count('healthy')} healthy, ${unhealthy} unhealthy, ${count('pending')} not fetched yet${count('disabled') ? `, ${count('disabled')} disabled` : ''}.`,
      fields: sorted.map((f) => ({ name: `${healthMark[f.health]} #${f.id} ${f.title ?? hostOf(f.url)} — ${f.health}`, value: statusLine(f, now) })),
      color: unhealthy > 0 ? colors.departure : colors.arrival,
      ephemeral: true,
    };
  },
});

const importOpml = defineRunnable({
  name: 'import',
  description: 'Import feeds from OPML (the document itself or its URL; a file path in the CLI)',
  options: [{ name: 'source', description: 'OPML text, an https:// URL to it, or (CLI) a file path', kind: 'string', required: true, maxLength: maxInlineOpml }] as const,
  async handler(ctx, { source }) {
    const report = await ctx.services.feeds.importOpml(source, { allowFiles: ctx.invoker.platform === 'cli' });
    return { title: 'OPML import', text: describeImport(report), color: report.added.length > 0 ? colors.arrival : colors.info, ephemeral: true };
  },
});

const exportOpml = defineRunnable({
  name: 'export',
  description: 'Export the feed list as OPML',
  options: [] as const,
  async handler(ctx) {
    const opml = await ctx.services.feeds.exportOpml();
    // The CLI prints the document as is (pipe it to a file); chat shows it as a code block.
    const text = ctx.invoker.platform === 'cli' ? opml : `\`\`\`xml\n${opml}\`\`\``;
    const message: NeutralMessage = { text, ephemeral: true };
    return message;
  },
});

export default defineCommandGroup({
  name: 'feeds',
  description: 'Manage the news feeds the bot polls',
  admin: true,
  slow: true,
  subcommands: [add, remove, list, status, importOpml, exportOpml],
});

const healthMark: Record<FeedView['health'], string> = { healthy: '✅', unhealthy: '❌', pending: '⏳', disabled: '⏸️' };

function describeFeed(feed: FeedView): string {
  return `**#${feed.id}** ${feed.title ? `[${escapeLabel(feed.title)}](${feed.url})` : feed.url}`;
}

function statusLine(feed: FeedView, now: Date): string {
  const parts: string[] = [feed.url];
  if (feed.lastFetchedAt) {
    parts.push(`last fetch ${relative(feed.lastFetchedAt, now)}${feed.lastStatus ? ` (HTTP ${feed.lastStatus})` : ''}`);
  } else {
    parts.push('never fetched');
  }
  if (feed.health === 'unhealthy') {
    parts.push(`${feed.failureCount} failure${feed.failureCount === 1 ? '' : 's'} in a row; last error: ${feed.lastError ?? 'unknown'}`);
    if (feed.lastSuccessAt) parts.push(`last success ${relative(feed.lastSuccessAt, now)}`);
  }
  if (feed.enabled) parts.push(`next fetch ${feed.nextFetchAt ? relative(feed.nextFetchAt, now) : 'now'}`);
  parts.push(`${feed.itemsSeen} entries seen`);
  return parts.join('\n');
}

function describeImport(report: ImportReport): string {
  const lines = [`Added ${report.added.length}, already present ${report.existing.length}, refused ${report.rejected.length}.`];
  for (const feed of report.added.slice(0, 20)) lines.push(`+ ${describeFeed(feed)}`);
  if (report.added.length > 20) lines.push(`… and ${report.added.length - 20} more added`);
  for (const rejected of report.rejected.slice(0, 10)) lines.push(`✗ ${rejected.url}: ${rejected.reason}`);
  if (report.rejected.length > 10) lines.push(`… and ${report.rejected.length - 10} more refused`);
  return lines.join('\n');
}

/** "5 min ago", "in 2 h", "3 d ago". */
export function relative(date: Date, now: Date): string {
  const ms = date.getTime() - now.getTime();
  const abs = Math.abs(ms);
  const amount =
    abs < 60_000 ? `${Math.max(1, Math.round(abs / 1000))} s` : abs < 3_600_000 ? `${Math.round(abs / 60_000)} min` : abs < 172_800_000 ? `${Math.round(abs / 3_600_000)} h` : `${Math.round(abs / 86_400_000)} d`;
  if (abs < 1000) return ms <= 0 ? 'just now' : 'now';
  return ms < 0 ? `${amount} ago` : `in ${amount}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function escapeLabel(text: string): string {
  return text.replace(/[[\]]/g, '');
}
