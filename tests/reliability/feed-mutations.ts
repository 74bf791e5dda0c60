// Seeded random mutations of the real fixture feeds for the fuzz tests: truncation, deleted or
// duplicated slices, stray markup, broken entities, control characters and odd Unicode.
import { readFileSync } from 'node:fs';
import type { Prng } from '../../bench/prng.js';

const fixtureNames = ['google-news.rss', 'bing-news.rss', 'verge-ai.atom', 'slashdot.rdf', 'latin1.rss', 'truncated.xml'];
export const fixtures = fixtureNames.map((name) => ({ name, text: readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'latin1') }));

const stray = [
  '<', '>', '&', '&bogus;', '&#0;', '&#x1F;', '&#99999999;', ']]>', '<![CDATA[', '\u0000', '\u0007', '\u001b[31m', '\uFFFD', '\uD800', '\u202E',
  '<item>', '</item>', '</channel>', '<entry>', '<title>', '</title>', '<link>', '<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]>', '&a;', '<?xml version="1.0"?>',
  '<script>alert(1)</script>', '"', "'", '<!--', '-->', 'é', '👋', '<pubDate>not a date</pubDate>', '<link>javascript:alert(1)</link>', '<link>http://[::1</link>',
];

/** One random mutation of `text`. */
export function mutate(text: string, p: Prng): string {
  const at = p.int(0, text.length);
  switch (p.int(0, 6)) {
    case 0:
      return text.slice(0, at); // truncated, like a connection cut mid-body
    case 1:
      return text.slice(0, at) + text.slice(Math.min(text.length, at + p.int(1, 400)));
    case 2: {
      const start = p.int(0, text.length);
      return text.slice(0, at) + text.slice(start, start + p.int(1, 300)) + text.slice(at);
    }
    case 3:
      return text.slice(0, at) + p.pick(stray) + text.slice(at);
    case 4:
      return text.slice(0, at) + String.fromCharCode(p.int(0, 0xffff)) + text.slice(at + 1);
    case 5:
      return text.replace(p.pick(['</item>', '</entry>', '</title>', '</channel>', '<channel>', '</link>', '</description>']), p.pick(['', '</itme>', '<', '</title></title>']));
    default:
      return text.slice(0, at) + p.pick(stray).repeat(p.int(2, 50)) + text.slice(at);
  }
}

export function mutants(count: number, p: Prng): { origin: string; text: string }[] {
  return Array.from({ length: count }, () => {
    const fixture = p.pick(fixtures);
    let text = fixture.text;
    for (let i = p.int(1, 4); i > 0; i--) text = mutate(text, p);
    return { origin: fixture.name, text };
  });
}

