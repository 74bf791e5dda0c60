// RSS 2.0 documents for the end-to-end tests: a channel and its items, as a news site's feed
// would publish them (RFC 822 dates, HTML-escaped text).
export interface FeedItem {
  title: string;
  link: string;
  summary: string;
  publishedAt: Date;
}

export function rssFeed(channel: { title: string; link: string }, items: readonly FeedItem[]): string {
  const entries = items.map(
    (item) => `    <item>
      <title>${escape(item.title)}</title>
      <link>${escape(item.link)}</link>
      <guid isPermaLink="true">${escape(item.link)}</guid>
      <description>${escape(item.summary)}</description>
      <pubDate>${item.publishedAt.toUTCString()}</pubDate>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escape(channel.title)}</title>
    <link>${escape(channel.link)}</link>
    <description>${escape(channel.title)}</description>
${entries.join('\n')}
  </channel>
</rss>
`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
