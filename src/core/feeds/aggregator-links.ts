// Unwraps news-aggregator redirect links (Google News, Bing News, Google/Facebook/Yahoo
// redirectors) to the article they point at, when that address is present in the link itself.
// No network: a link whose target cannot be read from it is returned unchanged.

/** Query parameters that carry the target, by redirector host and path. */
const redirectParams: ReadonlyArray<{ host: RegExp; path?: RegExp; params: readonly string[] }> = [
  { host: /(^|\.)bing\.com$/, path: /^\/news\/apiclick\.aspx$/i, params: ['url'] },
  { host: /(^|\.)bing\.com$/, path: /^\/ck\/a$/i, params: ['u'] },
  { host: /(^|\.)google\.[a-z.]+$/, path: /^\/url$/, params: ['url', 'q'] },
  { host: /^news\.google\.com$/, params: ['url'] },
  { host: /^(l|lm)\.facebook\.com$/, params: ['u'] },
  { host: /^r\.search\.yahoo\.com$/, params: ['RU'] },
  { host: /^(www\.)?msn\.com$/, path: /\/redirect/i, params: ['url'] },
];

/** Returns the link's real target, or the link itself when it is not a readable redirect. */
export function unwrapAggregatorLink(url: URL, depth = 0): URL {
  if (depth > 3) return url;
  const host = url.hostname.toLowerCase();
  for (const rule of redirectParams) {
    if (!rule.host.test(host) || (rule.path && !rule.path.test(url.pathname))) continue;
    for (const name of rule.params) {
      const target = parseTarget(url.searchParams.get(name));
      if (target) return unwrapAggregatorLink(target, depth + 1);
    }
  }
  if (host === 'news.google.com') {
    const target = googleNewsTarget(url);
    if (target) return unwrapAggregatorLink(target, depth + 1);
  }
  // Yahoo puts the target in a path segment: /RU=https%3a%2f%2f.../RK=2/RS=...
  if (host === 'r.search.yahoo.com') {
    const match = /\/RU=([^/]+)\//.exec(url.pathname);
    const target = match ? parseTarget(safeDecode(match[1]!)) : undefined;
    if (target) return unwrapAggregatorLink(target, depth + 1);
  }
  return url;
}

function parseTarget(value: string | null): URL | undefined {
  if (!value) return undefined;
  let text = value.trim();
  // Bing's /ck/a carries "a1" + base64url of the target.
  if (/^a1[A-Za-z0-9_-]+$/.test(text)) text = Buffer.from(text.slice(2), 'base64url').toString('utf8');
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * Google News article ids (`/rss/articles/CBMi...`) are base64url protobuf messages whose
 * length-delimited fields include the article URL. Newer opaque ids ("AU_yqL...") hold no URL:
 * those stay as they are and the title key does the deduplication.
 */
function googleNewsTarget(url: URL): URL | undefined {
  const match = /\/articles\/([A-Za-z0-9_-]{8,})/.exec(url.pathname);
  if (!match) return undefined;
  let bytes: Buffer;
  try {
    bytes = Buffer.from(match[1]!, 'base64url');
  } catch {
    return undefined;
  }
  for (const field of lengthDelimitedFields(bytes)) {
    const text = field.toString('utf8');
    if (/^https?:\/\/[^\s\u0000-\u001f]+$/.test(text)) {
      const target = parseTarget(text);
      // An AMP copy is listed beside the canonical link in some ids; the first plain one wins.
      if (target) return target;
    }
  }
  return undefined;
}

/** The length-delimited (wire type 2) fields of a protobuf message, top level only; stops at the first malformed byte. */
function lengthDelimitedFields(bytes: Buffer): Buffer[] {
  const fields: Buffer[] = [];
  let offset = 0;
  const varint = (): number | undefined => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (offset >= bytes.length) return undefined;
      const byte = bytes[offset++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return value;
    }
    return undefined;
  };
  while (offset < bytes.length) {
    const key = varint();
    if (key === undefined) break;
    const wire = key & 7;
    if (wire === 0) {
      if (varint() === undefined) break;
    } else if (wire === 2) {
      const length = varint();
      if (length === undefined || offset + length > bytes.length) break;
      fields.push(bytes.subarray(offset, offset + length));
      offset += length;
    } else if (wire === 1) {
      offset += 8;
    } else if (wire === 5) {
      offset += 4;
    } else {
      break;
    }
  }
  return fields;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
