// Summaries stripped of HTML, dates read with their time zones, entries turned into candidates.
import { describe, expect, it } from 'vitest';
import { decodeEntities, stripHtml } from '../../../src/core/feeds/strip-html.js';
import { parseFeedDate } from '../../../src/core/feeds/parse-date.js';
import { normaliseItem } from '../../../src/core/feeds/normalise-item.js';

const now = new Date('2024-05-18T12:00:00Z');

describe('strip html', () => {
  it('removes tags, scripts, styles and comments, decodes entities, collapses whitespace', () => {
    const html = '<figure><img src="x.jpg"></figure><p>Ilya Sutskever, OpenAI&rsquo;s co-founder,</p>\n<p>is <a href="/x">leaving</a>.<script>track("x<y")</script><style>p{}</style><!-- ad --></p>';
    expect(stripHtml(html)).toBe('Ilya Sutskever, OpenAI’s co-founder, is leaving.');
    expect(stripHtml('&lt;b&gt;double escaped&lt;/b&gt; &amp;amp; &#8220;quoted&#x201D;')).toBe('double escaped &amp; “quoted”');
    expect(stripHtml('a < b and c > d')).toBe('a < b and c > d');
    expect(stripHtml('<p>unterminated <a href="x')).toBe('unterminated');
  });

  it('keeps unknown or hostile entity names as text', () => {
    expect(decodeEntities('&constructor; &toString; &bogus; &#0; &#xD800;')).toBe('&constructor; &toString; &bogus;  ');
  });

  it('cuts long text at a word with an ellipsis', () => {
    const text = stripHtml(`<p>${'word '.repeat(100)}</p>`, 50);
    expect(text.length).toBeLessThanOrEqual(50);
    expect(text.endsWith('word…')).toBe(true);
  });
});

describe('feed dates', () => {
  it('reads RFC 822 dates with numeric and named zones', () => {
    expect(parseFeedDate('Tue, 14 May 2024 23:46:00 GMT', now)!.toISOString()).toBe('2024-05-14T23:46:00.000Z');
    expect(parseFeedDate('Tue, 14 May 2024 19:46:00 EDT', now)!.toISOString()).toBe('2024-05-14T23:46:00.000Z');
    expect(parseFeedDate('Wed, 15 May 2024 09:30:00 +0200', now)!.toISOString()).toBe('2024-05-15T07:30:00.000Z');
    expect(parseFeedDate('15 May 2024 09:30 CEST', now)!.toISOString()).toBe('2024-05-15T07:30:00.000Z');
    expect(parseFeedDate('Fri, 17 May 24 10:00:00 PST', now)!.toISOString()).toBe('2024-05-17T18:00:00.000Z');
    expect(parseFeedDate('Fri, 17 Sept 2024 10:00:00', new Date('2024-10-01'))!.toISOString()).toBe('2024-09-17T10:00:00.000Z');
  });

  it('reads ISO 8601 with offsets, fractions and date-only values', () => {
    expect(parseFeedDate('2024-05-14T19:46:00-04:00', now)!.toISOString()).toBe('2024-05-14T23:46:00.000Z');
    expect(parseFeedDate('2024-05-15T00:40:00.123+00:00', now)!.toISOString()).toBe('2024-05-15T00:40:00.123Z');
    expect(parseFeedDate('2024-05-15T05:40:00+0530', now)!.toISOString()).toBe('2024-05-15T00:10:00.000Z');
    expect(parseFeedDate('2024-05-15', now)!.toISOString()).toBe('2024-05-15T00:00:00.000Z');
  });

  it('returns null for garbage, impossible and implausible dates', () => {
    for (const text of ['', 'yesterday', '31 Feb 2024 10:00 GMT', '2024-13-01', 'Tue, 14 May 2024 23:46:00 XYZT', '1970-01-01T00:00:00Z', '2024-06-30T00:00:00Z']) {
      expect(parseFeedDate(text, now), text).toBeNull();
    }
  });
});

describe('normalise item', () => {
  it('turns a Google News entry into an article candidate', () => {
    const result = normaliseItem(
      {
        title: 'OpenAI chief scientist Ilya Sutskever is officially leaving - The Verge',
        link: 'https://news.google.com/rss/articles/CBMiWWh0dHBzOi8vd3d3LnRoZXZlcmdlLmNvbS8yMDI0LzUvMTQvMjQxNTY5MjAvb3BlbmFpLWNoaWVmLXNjaWVudGlzdC1pbHlhLXN1dHNrZXZlci1sZWF2aW5n0gEA?oc=5',
        summary: '<a href="x">OpenAI chief scientist Ilya Sutskever is officially leaving</a>&nbsp;&nbsp;<font color="#6f6f6f">The Verge</font>',
        date: 'Tue, 14 May 2024 23:46:00 GMT',
        sourceName: 'The Verge',
      },
      'https://news.google.com/rss/search?q=OpenAI',
      now,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article).toMatchObject({
      url: 'https://www.theverge.com/2024/5/14/24156920/openai-chief-scientist-ilya-sutskever-leaving',
      canonicalUrl: 'https://www.theverge.com/2024/5/14/24156920/openai-chief-scientist-ilya-sutskever-leaving',
      titleKey: 'openai chief scientist ilya sutskever is officially leaving',
      // The summary only repeated the headline and outlet.
      summary: '',
      source: 'The Verge',
      publishedAt: new Date('2024-05-14T23:46:00Z'),
    });
    expect(result.article.contentHash).toMatch(/^[0-9a-f]{32}$/);
  });

  it('falls back to a permalink guid and names the host as source', () => {
    const result = normaliseItem({ title: 'Story', guid: 'https://www.example.org/s?utm_source=x', summary: '<p>Body</p>' }, 'https://www.example.org/feed', now);
    expect(result).toMatchObject({ ok: true, article: { url: 'https://www.example.org/s', source: 'example.org', summary: 'Body', publishedAt: null } });
  });

  it('skips entries without a title or a usable link', () => {
    expect(normaliseItem({ link: 'https://a.example/x' }, 'https://a.example/', now)).toEqual({ ok: false, reason: 'no title' });
    expect(normaliseItem({ title: 'T', guid: 'tag:1' }, 'https://a.example/', now)).toEqual({ ok: false, reason: 'no link' });
    expect(normaliseItem({ title: 'T', link: 'javascript:alert(1)' }, 'https://a.example/', now).ok).toBe(false);
  });
});
