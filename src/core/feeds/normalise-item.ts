// One parsed feed entry -> one article candidate: link cleaned and canonicalised, title and
// summary reduced to plain text, date read with its time zone, outlet named, content hashed.
// Entries without a usable link or title are skipped (returned as null with the reason).
import { createHash } from 'node:crypto';
import type { ArticleCandidate, RawFeedItem } from './ports.js';
import { canonicalArticleUrl, cleanArticleUrl } from './canonical-url.js';
import { decodeEntities, stripHtml } from './strip-html.js';
import { parseFeedDate } from './parse-date.js';
import { dropOutletSuffix, titleKey } from './title-key.js';

export type NormalisedItem = { ok: true; article: ArticleCandidate } | { ok: false; reason: string };

/** Longest title kept; anything longer is a feed putting the body in the title. */
const maxTitleLength = 300;

export function normaliseItem(item: RawFeedItem, feedUrl: string, now: Date): NormalisedItem {
  const title = stripHtml(decodeEntities(item.title ?? ''), maxTitleLength);
  if (!title) return { ok: false, reason: 'no title' };
  // RSS puts the link in <link>; some feeds only give a permalink guid.
  const rawLink = item.link?.trim() || (item.guid && /^https?:\/\//i.test(item.guid.trim()) ? item.guid.trim() : '');
  if (!rawLink) return { ok: false, reason: 'no link' };
  const url = cleanArticleUrl(rawLink, feedUrl);
  const canonicalUrl = url ? canonicalArticleUrl(url) : null;
  if (!url || !canonicalUrl) return { ok: false, reason: `unusable link ${rawLink.slice(0, 80)}` };

  const sourceName = item.sourceName ? stripHtml(item.sourceName, 80) : undefined;
  let summary = stripHtml(item.summary ?? '');
  // Google News repeats the headline and outlet as the summary: that says nothing new.
  const titleAlone = dropOutletSuffix(title, sourceName);
  if (summary === title || summary === `${titleAlone} ${sourceName ?? ''}`.trim() || summary === titleAlone) summary = '';
  const source = sourceName || url.hostname.replace(/^www\./, '');
  const publishedAt = parseFeedDate(item.date, now);
  const key = titleKey(title, sourceName);
  const contentHash = createHash('sha256').update(`${title}\n${summary}`).digest('hex').slice(0, 32);
  return {
    ok: true,
    article: { url: url.href, canonicalUrl, title, titleKey: key || title.toLowerCase(), summary, publishedAt, source, contentHash },
  };
}
