// The hand-offs between the stages of the core: feeds store an article and hand it to the
// event recorder (detection + clustering), which reports what changed to the alerts service.
// Each stage knows only these shapes, so they can be built and tested apart.

/** Where an article or event came from. Only "feed" articles published recently create alerting events. */
export type Origin = 'feed' | 'backfill' | 'seed';

/** An article as stored, handed to detection exactly once. */
export interface StoredArticle {
  id: number;
  url: string;
  canonicalUrl: string;
  title: string;
  /** Plain text (HTML stripped). */
  summary: string;
  publishedAt: Date | null;
  /** Outlet name or host, e.g. "Vox" or "www.theverge.com". */
  source: string;
  feedId: number | null;
  fetchedAt: Date;
  /** "backfill" for history found on a feed's first fetch or too old to be news: never alerts. */
  origin: Origin;
}

/** Called by the feed pipeline once per newly stored article. */
export type ArticleHandler = (article: StoredArticle) => Promise<void>;

/** What recording an article did to the stored events. */
export interface EventChange {
  kind: 'created' | 'source_added';
  eventId: number;
  /** Origin of the article behind the change; alerts fire only for "feed". */
  origin: Origin;
}

/** Called with every change the event recorder makes, for alerts and message updates. */
export type EventChangeHandler = (changes: readonly EventChange[]) => Promise<void>;
