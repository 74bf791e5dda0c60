// What admins do to the feed list (/feeds add|remove|list|status|import|export): every URL is
// checked (http/https only, no private or loopback address unless allowed) before it is stored,
// and each feed is reported with its health. Errors the admin can fix are UserErrors.
import { UserError } from '../commands/errors.js';
import { FeedFetchError, type FeedFetcher, type FeedRecord, type FeedRepository, type UrlGuard } from './ports.js';
import { buildOpml, OpmlError, parseOpml } from './opml.js';

export type FeedHealth = 'healthy' | 'unhealthy' | 'pending' | 'disabled';

/** A feed as admins see it. */
export interface FeedView {
  id: number;
  url: string;
  title: string | null;
  /** Effective minutes between polls. */
  intervalMinutes: number;
  /** The feed sets its own interval (not the configured default). */
  customInterval: boolean;
  enabled: boolean;
  health: FeedHealth;
  lastFetchedAt: Date | null;
  lastSuccessAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  failureCount: number;
  nextFetchAt: Date | null;
  itemsSeen: number;
}

export interface ImportReport {
  added: FeedView[];
  /** Already in the list. */
  existing: string[];
  rejected: Array<{ url: string; reason: string }>;
}

/** Where an OPML document comes from: its text, a URL, or (CLI only) a local file path. */
export interface OpmlSourceOptions {
  allowFiles: boolean;
}

export interface FeedAdmin {
  add(url: string, intervalMinutes?: number): Promise<FeedView>;
  /** Removes by numeric id or by URL; returns what was removed. */
  remove(urlOrId: string): Promise<FeedView>;
  list(): Promise<FeedView[]>;
  importOpml(source: string, options: OpmlSourceOptions): Promise<ImportReport>;
  exportOpml(): Promise<string>;
}

export interface FeedAdminDeps {
  feeds: FeedRepository;
  guard: UrlGuard;
  fetcher: FeedFetcher;
  readLocalFile: (path: string) => Promise<string>;
  defaultIntervalMinutes: number;
  now: () => Date;
}

export const maxFeedUrlLength = 2048;
/** Most feeds one OPML import may add. */
const maxImportFeeds = 500;

/** Syntax check of a feed URL: http or https, a host, no credentials. Returns the normalised URL. */
function parseFeedUrl(raw: string): URL {
  const text = raw.trim();
  if (text.length > maxFeedUrlLength) throw new UserError('invalid_option', `Feed URL is too long (at most ${maxFeedUrlLength} characters).`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError('invalid_option', `"${clip(text)}" is not a URL. Give a full address such as https://example.com/feed.xml.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError('invalid_option', `Only http and https feeds are allowed, not ${url.protocol.replace(/:$/, '')}.`);
  }
  if (!url.hostname) throw new UserError('invalid_option', 'Feed URL has no host.');
  if (url.username || url.password) throw new UserError('invalid_option', 'Feed URLs with a user name or password are not accepted.');
  url.hash = '';
  return url;
}

function toFeedView(feed: FeedRecord, defaultIntervalMinutes: number): FeedView {
  const health: FeedHealth = !feed.enabled ? 'disabled' : feed.failureCount > 0 ? 'unhealthy' : feed.lastSuccessAt ? 'healthy' : 'pending';
  return {
    id: feed.id,
    url: feed.url,
    title: feed.title,
    intervalMinutes: feed.intervalMinutes ?? defaultIntervalMinutes,
    customInterval: feed.intervalMinutes !== null,
    enabled: feed.enabled,
    health,
    lastFetchedAt: feed.lastFetchedAt,
    lastSuccessAt: feed.lastSuccessAt,
    lastStatus: feed.lastStatus,
    lastError: feed.lastError,
    failureCount: feed.failureCount,
    nextFetchAt: feed.nextFetchAt,
    itemsSeen: feed.itemsSeen,
  };
}

export function createFeedAdmin(deps: FeedAdminDeps): FeedAdmin {
  const { feeds, guard, fetcher, defaultIntervalMinutes } = deps;
  const view = (feed: FeedRecord) => toFeedView(feed, defaultIntervalMinutes);

  /** Syntax and address checks; the fetcher checks every redirect hop again at fetch time. */
  async function vet(raw: string): Promise<URL> {
    const url = parseFeedUrl(raw);
    try {
      await guard.check(url);
    } catch (err) {
      if (err instanceof FeedFetchError) {
        throw new UserError('invalid_option', err.kind === 'dns' ? `Cannot resolve ${url.hostname}: ${err.message}` : err.message);
      }
      throw err;
    }
    return url;
  }

  async function add(raw: string, intervalMinutes?: number, title?: string): Promise<FeedView> {
    const url = await vet(raw);
    const created = await feeds.add({ url: url.href, intervalMinutes: intervalMinutes ?? null, title: title ?? null });
    if (!created) throw new UserError('conflict', `${url.href} is already in the feed list.`);
    return view(created);
  }

  async function readSource(source: string, options: OpmlSourceOptions): Promise<string> {
    const text = source.trim();
    if (text.startsWith('<')) return text;
    if (/^https?:\/\//i.test(text)) {
      const url = await vet(text);
      try {
        const result = await fetcher.fetch({ url: url.href });
        if (result.kind !== 'ok') throw new UserError('unavailable', `${url.href} returned no content.`);
        return result.body;
      } catch (err) {
        if (err instanceof FeedFetchError) throw new UserError('unavailable', `Could not fetch the OPML file: ${err.message}`);
        throw err;
      }
    }
    if (!options.allowFiles) throw new UserError('invalid_option', 'Give the OPML document itself or an https:// URL to it.');
    try {
      return await deps.readLocalFile(text);
    } catch (err) {
      const code = (err as { code?: string }).code;
      throw new UserError('not_found', `Cannot read ${clip(text)}${code ? ` (${code})` : ''}.`);
    }
  }

  return {
    add: (url, intervalMinutes) => add(url, intervalMinutes),

    async remove(urlOrId) {
      const key = urlOrId.trim();
      const feed = /^\d+$/.test(key) ? await feeds.findById(Number(key)) : ((await feeds.findByUrl(key)) ?? (await findByLooseUrl(feeds, key)));
      if (!feed) throw new UserError('not_found', `No feed "${clip(key)}". See /feeds list for ids and URLs.`);
      await feeds.remove(feed.id);
      return view(feed);
    },

    async list() {
      return (await feeds.list()).map(view);
    },

    async importOpml(source, options) {
      let entries;
      try {
        entries = parseOpml(await readSource(source, options));
      } catch (err) {
        if (err instanceof OpmlError) throw new UserError('invalid_option', `Not a usable OPML document: ${err.message}.`);
        throw err;
      }
      if (entries.length === 0) throw new UserError('invalid_option', 'The OPML document lists no feeds (no outline with an xmlUrl).');
      if (entries.length > maxImportFeeds) throw new UserError('invalid_option', `The OPML document lists ${entries.length} feeds; at most ${maxImportFeeds} at a time.`);
      const report: ImportReport = { added: [], existing: [], rejected: [] };
      for (const entry of entries) {
        try {
          report.added.push(await add(entry.url, entry.intervalMinutes, entry.title));
        } catch (err) {
          if (!(err instanceof UserError)) throw err;
          if (err.code === 'conflict') report.existing.push(entry.url);
          else report.rejected.push({ url: entry.url, reason: err.message });
        }
      }
      return report;
    },

    async exportOpml() {
      const all = await feeds.list();
      return buildOpml(
        all.map((f) => ({ url: f.url, title: f.title ?? undefined, intervalMinutes: f.intervalMinutes ?? undefined })),
        'Exodus Watch feeds',
        deps.now(),
      );
    },
  };
}

/** Lets "/feeds remove" take the URL as typed, even without the trailing slash URL parsing adds. */
async function findByLooseUrl(feeds: FeedRepository, text: string): Promise<FeedRecord | null> {
  try {
    return await feeds.findByUrl(new URL(text).href);
  } catch {
    return null;
  }
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
