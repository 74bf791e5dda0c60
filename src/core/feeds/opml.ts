// OPML 2.0, the feed-list exchange format of every feed reader: `parseOpml` reads the feed
// outlines (nested folders included) and `buildOpml` writes the bot's list back out.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface OpmlFeed {
  url: string;
  title?: string;
  /** Our own extension attribute, so an export/import round-trip keeps per-feed intervals. */
  intervalMinutes?: number;
}

export class OpmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpmlError';
  }
}

interface Outline {
  '@_xmlUrl'?: string;
  '@_xmlurl'?: string;
  '@_url'?: string;
  '@_text'?: string;
  '@_title'?: string;
  '@_type'?: string;
  '@_intervalMinutes'?: string;
  outline?: Outline[];
}

/** Largest OPML document accepted (a few thousand feeds). */
const maxOpmlLength = 2_000_000;

export function parseOpml(text: string): OpmlFeed[] {
  if (text.length > maxOpmlLength) throw new OpmlError('OPML document too large');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new OpmlError(`not valid XML (line ${valid.err.line}: ${valid.err.msg})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    isArray: (name) => name === 'outline',
    processEntities: true,
    htmlEntities: true,
  });
  let doc: { opml?: { body?: { outline?: Outline[] } } };
  try {
    doc = parser.parse(text) as typeof doc;
  } catch (err) {
    // Valid XML the parser still refuses (a DOCTYPE with external entities, say) is the
    // document's fault, not the bot's.
    throw new OpmlError(err instanceof Error ? err.message : String(err));
  }
  if (!doc.opml) throw new OpmlError('not an OPML document (no <opml> root)');
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  const walk = (outlines: Outline[] | undefined, depth: number) => {
    if (!outlines || depth > 8) return;
    for (const outline of outlines) {
      const url = (outline['@_xmlUrl'] ?? outline['@_xmlurl'] ?? (outline['@_type'] === 'rss' ? outline['@_url'] : undefined))?.trim();
      if (url && !seen.has(url)) {
        seen.add(url);
        const interval = Number(outline['@_intervalMinutes']);
        feeds.push({
          url,
          title: (outline['@_title'] ?? outline['@_text'])?.trim() || undefined,
          intervalMinutes: Number.isInteger(interval) && interval >= 1 && interval <= 1440 ? interval : undefined,
        });
      }
      walk(outline.outline, depth + 1);
    }
  };
  walk(doc.opml.body?.outline, 0);
  return feeds;
}

export function buildOpml(feeds: readonly OpmlFeed[], title: string, created: Date): string {
  const lines = feeds.map((feed) => {
    const name = escapeXml(feed.title ?? feed.url);
    const interval = feed.intervalMinutes ? ` intervalMinutes="${feed.intervalMinutes}"` : '';
    return `    <outline type="rss" text="${name}" title="${name}" xmlUrl="${escapeXml(feed.url)}"${interval}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(title)}</title>`,
    `    <dateCreated>${created.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...lines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
