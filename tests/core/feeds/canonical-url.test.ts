// Canonical article URLs: tracking dropped, aggregator redirects unwrapped, one key per article.
import { describe, expect, it } from 'vitest';
import { canonicalArticleUrl, cleanArticleUrl } from '../../../src/core/feeds/canonical-url.js';
import { unwrapAggregatorLink } from '../../../src/core/feeds/aggregator-links.js';

const verge = 'https://www.theverge.com/2024/5/14/24156920/openai-chief-scientist-ilya-sutskever-leaving';

describe('canonical article URL', () => {
  it('drops tracking parameters and the fragment, keeps the parameters that select content', () => {
    expect(cleanArticleUrl(`${verge}?utm_source=rss&utm_medium=feed&fbclid=abc&gclid=x&id=7#comments`)!.href).toBe(`${verge}?id=7`);
    expect(cleanArticleUrl(`${verge}?UTM_Campaign=x&mc_cid=1&oc=5`)!.href).toBe(verge);
  });

  it('gives http/https, host case, default port, trailing slash and parameter order one key', () => {
    const key = canonicalArticleUrl('https://www.example.com/a/b?x=1&y=2');
    for (const variant of ['http://WWW.Example.com/a/b/?y=2&x=1', 'https://www.example.com:443/a/b?x=1&y=2&utm_source=t#top', 'http://www.example.com:80/a/b/?x=1&y=2']) {
      expect(canonicalArticleUrl(variant), variant).toBe(key);
    }
    expect(canonicalArticleUrl('https://www.example.com/a/c')).not.toBe(key);
  });

  it('unwraps Google News article links that carry the URL in their id', () => {
    const link = 'https://news.google.com/rss/articles/CBMiWWh0dHBzOi8vd3d3LnRoZXZlcmdlLmNvbS8yMDI0LzUvMTQvMjQxNTY5MjAvb3BlbmFpLWNoaWVmLXNjaWVudGlzdC1pbHlhLXN1dHNrZXZlci1sZWF2aW5n0gEA?oc=5';
    expect(cleanArticleUrl(link)!.href).toBe(verge);
    // A long URL needs a two-byte length prefix.
    const vox = 'https://news.google.com/rss/articles/CBMihAFodHRwczovL3d3dy52b3guY29tL2Z1dHVyZS1wZXJmZWN0LzIwMjQvNS8xNy8yNDE1ODQwMy9vcGVuYWktcmVzaWduYXRpb25zLWFpLXNhZmV0eS1pbHlhLXN1dHNrZXZlci1qYW4tbGVpa2UtYXJ0aWZpY2lhbC1pbnRlbGxpZ2VuY2XSAQA?oc=5';
    expect(cleanArticleUrl(vox)!.hostname).toBe('www.vox.com');
  });

  it('leaves opaque Google News ids alone (the title key deduplicates those)', () => {
    const opaque = 'https://news.google.com/rss/articles/AU_yqLPdRZJ1sTY7MVN6h9fFh0eC3Yw5Zb0hQ9xR?oc=5';
    expect(cleanArticleUrl(opaque)!.href).toBe('https://news.google.com/rss/articles/AU_yqLPdRZJ1sTY7MVN6h9fFh0eC3Yw5Zb0hQ9xR');
  });

  it('unwraps Bing News, Google, Facebook and Yahoo redirectors', () => {
    const bing = 'http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=1&url=https%3a%2f%2fwww.theverge.com%2f2024%2f5%2f14%2f24156920%2fopenai-chief-scientist-ilya-sutskever-leaving%3futm_source%3dbing&c=1&mkt=en-us';
    expect(cleanArticleUrl(bing)!.href).toBe(verge);
    expect(cleanArticleUrl(`https://www.google.com/url?rct=j&sa=t&url=${encodeURIComponent(verge)}&ct=ga`)!.href).toBe(verge);
    expect(cleanArticleUrl(`https://l.facebook.com/l.php?u=${encodeURIComponent(verge)}&h=AT0`)!.href).toBe(verge);
    expect(cleanArticleUrl(`https://r.search.yahoo.com/_ylt=A0/RV=2/RE=1/RO=10/RU=${encodeURIComponent(verge)}/RK=2/RS=x-`)!.href).toBe(verge);
    expect(cleanArticleUrl(`https://www.bing.com/ck/a?!&&p=abc&u=a1${Buffer.from(verge).toString('base64url')}&ntb=1`)!.href).toBe(verge);
  });

  it('does not unwrap to a non-web target, and refuses non-web links', () => {
    const sneaky = unwrapAggregatorLink(new URL('http://www.bing.com/news/apiclick.aspx?url=javascript%3aalert(1)'));
    expect(sneaky.hostname).toBe('www.bing.com');
    expect(cleanArticleUrl('javascript:alert(1)')).toBeNull();
    expect(cleanArticleUrl('mailto:a@b.c')).toBeNull();
    expect(cleanArticleUrl('not a url')).toBeNull();
  });

  it('resolves relative links against the feed URL and drops credentials', () => {
    expect(cleanArticleUrl('/story/1', 'https://slashdot.org/rss')!.href).toBe('https://slashdot.org/story/1');
    expect(cleanArticleUrl('https://user:pw@example.com/a')!.href).toBe('https://example.com/a');
  });
});
