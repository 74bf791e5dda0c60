// Article links as the bot keeps them: the aggregator redirect unwrapped, tracking parameters and
// fragments dropped (`cleanArticleUrl`, the link users click), and a canonical form used as the
// dedup key (`canonicalArticleUrl`: https, lower-case host, sorted query, no trailing slash).
import { unwrapAggregatorLink } from './aggregator-links.js';

/** Parameter names (lower-case) that only track the click, never select the content. */
const trackingNames = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'igshid', 'si', 'oc', 'ocid', 'cmpid', 'cmp', 'ref', 'ref_src',
  'ref_url', 'referrer', 'smid', 'smtyp', 'sr_share', 'soc_src', 'soc_trk', 'wt.mc_id', 'wt_mc', 'at_medium',
  'at_campaign', 'spm', 'share', 'mbid', 'taid', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
  '__twitter_impression', 's_cid', 'icid', 'trk', 'trkcampaign', 'ncid', 'xtor', 'rss', 'feedtype', 'partner',
  'source', 'via', 'mkt_tok', 'vero_id', 'oly_enc_id', 'oly_anon_id', 'traffic_source',
]);
const trackingPrefixes = ['utm_', 'at_custom', 'pk_', 'mtm_', 'hsa_', 'ga_', 'itm_', 'int_'];

function isTracking(name: string): boolean {
  const key = name.toLowerCase();
  return trackingNames.has(key) || trackingPrefixes.some((p) => key.startsWith(p));
}

/**
 * Parses a link from a feed (relative links resolved against `base`), unwraps aggregator
 * redirects and drops tracking parameters and the fragment. Null when it is not an http(s) URL.
 */
export function cleanArticleUrl(raw: string, base?: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  url = unwrapAggregatorLink(url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) {
    url.username = '';
    url.password = '';
  }
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (isTracking(name)) url.searchParams.delete(name);
  }
  if ([...url.searchParams.keys()].length === 0) url.search = '';
  return url;
}

/**
 * The dedup key of an article link: the cleaned URL with https, lower-case host, default port
 * and trailing slash removed, and query parameters sorted. `http://X/a/?b=1&a=2#c` and
 * `https://x/a?a=2&b=1&utm_source=rss` are the same article.
 */
export function canonicalArticleUrl(raw: string | URL, base?: string): string | null {
  const url = raw instanceof URL ? cleanArticleUrl(raw.href) : cleanArticleUrl(raw, base);
  if (!url) return null;
  url.protocol = 'https:';
  if (url.port === '443' || url.port === '80') url.port = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  url.searchParams.sort();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url.href;
}
