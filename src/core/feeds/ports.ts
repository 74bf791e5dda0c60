// The interfaces the feed pipeline needs from the outside world: where feeds and articles are
// stored, how a feed is fetched over HTTP, how its XML is parsed, and how an address is vetted.
// Implementations live in src/infra (Prisma repositories, undici fetcher, rss-parser).
import type { Origin, StoredArticle } from '../pipeline.js';

/** A feed as stored, with its polling state. */
export interface FeedRecord {
  id: number;
  url: string;
  title: string | null;
  /** Minutes between polls; null = the configured default. */
  intervalMinutes: number | null;
  enabled: boolean;
  etag: string | null;
  lastModified: string | null;
  lastFetchedAt: Date | null;
  lastSuccessAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  failureCount: number;
  nextFetchAt: Date | null;
  itemsSeen: number;
  createdAt: Date;
}

export interface NewFeed {
  url: string;
  title?: string | null;
  intervalMinutes?: number | null;
}

/** What a fetch did to a feed's polling state. */
export type FeedUpdate =
  | {
      kind: 'success';
      fetchedAt: Date;
      status: number;
      etag: string | null;
      lastModified: string | null;
      nextFetchAt: Date;
      /** Set when the feed had no title yet. */
      title?: string;
      itemsSeen: number;
    }
  | { kind: 'not_modified'; fetchedAt: Date; nextFetchAt: Date }
  | { kind: 'failure'; fetchedAt: Date; status: number | null; error: string; failureCount: number; nextFetchAt: Date };

export interface FeedRepository {
  count(): Promise<number>;
  list(): Promise<FeedRecord[]>;
  /** Enabled feeds whose next fetch is due at `now` (or that were never fetched). */
  listDue(now: Date): Promise<FeedRecord[]>;
  listEnabled(): Promise<FeedRecord[]>;
  findById(id: number): Promise<FeedRecord | null>;
  findByUrl(url: string): Promise<FeedRecord | null>;
  /** Adds a feed; returns null when the URL is already present. */
  add(feed: NewFeed): Promise<FeedRecord | null>;
  remove(id: number): Promise<boolean>;
  update(id: number, update: FeedUpdate): Promise<void>;
}

/** An article ready to be stored: normalised, not yet deduplicated. */
export interface ArticleCandidate {
  url: string;
  canonicalUrl: string;
  title: string;
  titleKey: string;
  summary: string;
  publishedAt: Date | null;
  source: string;
  contentHash: string;
}

export interface NewArticle extends ArticleCandidate {
  feedId: number | null;
  origin: Origin;
  fetchedAt: Date;
}

/** A stored article's title key and date (published, else fetched), for near-duplicate checks. */
export interface TitleKeyRow {
  id: number;
  titleKey: string;
  at: Date;
}

export interface ArticleRepository {
  /** Which of these canonical URLs are already stored (one query). */
  findStoredCanonicalUrls(canonicalUrls: readonly string[]): Promise<Set<string>>;
  /** Articles whose date (published, else fetched) falls in [from, to], by title key. */
  listTitleKeys(from: Date, to: Date): Promise<TitleKeyRow[]>;
  /**
   * Stores the articles in one write, in order; one whose canonical URL is already stored (say by
   * another process since it was looked up) is skipped. Returns the stored ones, by id.
   */
  insertMany(articles: readonly NewArticle[]): Promise<StoredArticle[]>;
  /** Records that the article handler finished with these articles. */
  markDetected(ids: readonly number[], at: Date): Promise<void>;
  /** Up to `limit` articles fetched before `fetchedBefore` not yet handed over successfully, oldest first. */
  listUndetected(fetchedBefore: Date, limit: number, excludeIds: readonly number[]): Promise<StoredArticle[]>;
}

/** Why a fetch failed, so status and backoff can say something useful. */
export type FetchErrorKind =
  | 'refused_address'
  | 'invalid_url'
  | 'dns'
  | 'connect'
  | 'timeout'
  | 'http_status'
  | 'too_many_redirects'
  | 'too_large'
  | 'not_a_feed'
  | 'malformed'
  | 'network';

/** A fetch or parse failure that is the feed's fault, not the bot's. */
export class FeedFetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly status: number | null = null,
    /** From a Retry-After header on 429/503. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'FeedFetchError';
  }
}

export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { kind: 'not_modified'; status: 304; finalUrl: string }
  | {
      kind: 'ok';
      status: number;
      finalUrl: string;
      /** The body decoded to text with its declared (or sniffed) character set. */
      body: string;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      /** Bytes received on the wire (before decompression). */
      bytes: number;
    };

/** Fetches a URL politely and safely; throws FeedFetchError for anything that is the feed's fault. */
export interface FeedFetcher {
  fetch(request: FetchRequest): Promise<FetchResult>;
}

/** One entry of a feed as the parser found it, before normalisation. */
export interface RawFeedItem {
  title?: string;
  link?: string;
  guid?: string;
  /** HTML or text. */
  summary?: string;
  /** The date string as written in the feed. */
  date?: string;
  /** Outlet name when the feed names one (Google News `<source>`). */
  sourceName?: string;
  /** Outlet home page when the feed gives one. */
  sourceUrl?: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf';
  title: string | null;
  items: RawFeedItem[];
}

/** Parses feed XML (RSS 2.0, Atom, RDF); throws FeedFetchError('malformed' | 'not_a_feed'). */
export interface FeedParser {
  parse(xml: string): Promise<ParsedFeed>;
}

/** What one feed document holds, ready for deduplication. */
export interface FeedEntries {
  title: string | null;
  /** Entries in the document, usable or not. */
  items: number;
  candidates: ArticleCandidate[];
  /** Why each unusable entry was skipped. */
  skipped: string[];
}

/** Parses and normalises a fetched document; throws what the FeedParser throws. */
export interface FeedReader {
  read(body: string, finalUrl: string, fetchedAt: Date): Promise<FeedEntries>;
}

/** Vets an admin-supplied URL's host: throws FeedFetchError('refused_address' | 'dns') when it must not be fetched. */
export interface UrlGuard {
  check(url: URL): Promise<void>;
}

/** The slice of a structured logger the feed pipeline uses (pino's Logger satisfies it). */
export interface FeedLog {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
