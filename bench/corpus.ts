// The benchmark's generated news corpus: deterministic (a seed and a story number give the same
// story every time), realistic in shape — headlines and HTML summaries from many outlets, about
// one in ten a staffing move at OpenAI (roster people and unknown ones, departures, hires,
// returns), the rest the negatives a detector must pass over (launches, funding, lawsuits, moves
// at other companies, denials, retrospectives). Feeds are rendered as RSS 2.0, Atom, RDF or
// Google-News-style RSS, with a few stories carried by two feeds (same link, tracking parameters).
import { createPrng, type Prng } from './prng.js';
import { roster } from '../src/core/detection/roster.js';
import { leftLongBefore } from '../src/core/detection/known-tenure.js';
import { stripHtml } from '../src/core/feeds/strip-html.js';

/** The date the detection section dates its stories from (mid-2024, when the roster is current). */
export const corpusBase = '2024-06-15T00:00:00.000Z';

export interface Story {
  /** Story number: stable identity across feeds and runs. */
  n: number;
  title: string;
  /** HTML, as feeds carry it. */
  summaryHtml: string;
  link: string;
  outlet: string;
  publishedAt: Date;
  /** What the generator meant it to be (for the detection figures). */
  kind: 'staffing' | 'negative';
}

const outlets = [
  ['The Verge', 'www.theverge.com'],
  ['TechCrunch', 'techcrunch.com'],
  ['Wired', 'www.wired.com'],
  ['Bloomberg', 'www.bloomberg.com'],
  ['Reuters', 'www.reuters.com'],
  ['CNBC', 'www.cnbc.com'],
  ['Ars Technica', 'arstechnica.com'],
  ['Business Insider', 'www.businessinsider.com'],
  ['The Information', 'www.theinformation.com'],
  ['Axios', 'www.axios.com'],
  ['VentureBeat', 'venturebeat.com'],
  ['Fortune', 'fortune.com'],
  ['Semafor', 'www.semafor.com'],
  ['The New York Times', 'www.nytimes.com'],
  ['Financial Times', 'www.ft.com'],
  ['MIT Technology Review', 'www.technologyreview.com'],
] as const;

// Roster people still at OpenAI (or recently gone) at the corpus's base date, less the 30 days its
// stories span: a "resigns" story about someone who left years earlier is not a move, and the
// detector rightly passes over it, which would count as a miss.
const earliestStory = new Date(Date.parse(corpusBase) - 30 * 86_400_000);
const people = roster.filter((r) => !leftLongBefore(r, earliestStory)).map((r) => r.name);
export const firstNames = ['Maya', 'Daniel', 'Priya', 'Tom', 'Elena', 'Marcus', 'Aisha', 'Kenji', 'Laura', 'Omar', 'Sofia', 'Ravi', 'Hannah', 'Lucas', 'Nadia', 'Victor', 'Grace', 'Samuel', 'Yuki', 'Isabel'];
export const lastNames = ['Okafor', 'Lindqvist', 'Ramirez', 'Chen', 'Novak', 'Haddad', 'Kowalski', 'Banerjee', 'Moreau', 'Tanaka', 'Fischer', 'Osei', 'Petrov', 'Alvarez', 'Nguyen', 'Brennan', 'Sato', 'Dubois', 'Kaur', 'Weiss'];

/** The k-th of 400 invented full names (no roster person, so no tenure dates decide what is news). */
export function inventedName(k: number): string {
  return `${firstNames[k % firstNames.length]} ${lastNames[(k + 7 * Math.floor(k / firstNames.length)) % lastNames.length]}`;
}
const roles = ['chief technology officer', 'head of alignment', 'co-founder', 'chief research officer', 'vice president of research', 'safety researcher', 'head of product', 'policy lead', 'chief scientist', 'research scientist'];
const rivals = ['Anthropic', 'Google DeepMind', 'Meta', 'xAI', 'Microsoft', 'Apple', 'Mistral', 'Safe Superintelligence'];
const companies = ['Google', 'Microsoft', 'Meta', 'Amazon', 'Apple', 'Nvidia', 'Anthropic', 'Mistral', 'Cohere', 'Salesforce', 'Oracle', 'IBM', 'Adobe', 'Intel', 'Samsung', 'Baidu'];
const products = ['GPT-4o', 'Sora', 'ChatGPT Enterprise', 'the o1 model', 'a voice assistant', 'an agent platform', 'a coding copilot', 'a search product', 'Gemini', 'Claude', 'Llama', 'an AI chip', 'a robotics model', 'DALL-E', 'a data center', 'a reasoning model'];
const cities = ['London', 'Paris', 'Tokyo', 'Singapore', 'Seattle', 'Austin', 'Toronto', 'Dublin', 'Zurich', 'Bangalore'];

type Template = (p: Prng, extra: { name: string; role: string; rival: string; company: string; product: string; num: number; city: string }) => [string, string];

// Staffing moves at OpenAI: what the detector should find.
const staffing: Template[] = [
  (_, x) => [`OpenAI ${x.role} ${x.name} resigns`, `${x.name}, who has been ${x.role} at OpenAI, said on Tuesday that she is leaving the company after ${x.num % 9 + 2} years. The departure is the latest in a string of exits.`],
  (_, x) => [`${x.name} leaves OpenAI to join ${x.rival}`, `${x.name}, a ${x.role} at OpenAI, is departing for ${x.rival}, according to a post on X. ${x.rival} confirmed the hire.`],
  (_, x) => [`${x.rival} hires OpenAI ${x.role} ${x.name}`, `${x.rival} has hired ${x.name}, previously ${x.role} at OpenAI, to lead a new team in ${x.city}.`],
  (_, x) => [`OpenAI's ${x.role} steps down`, `${x.name} is stepping down as ${x.role} at OpenAI, the company confirmed. ${x.name} did not say what comes next.`],
  (_, x) => [`${x.name} returns to OpenAI after ${x.num % 11 + 2} months away`, `${x.name} has rejoined OpenAI as ${x.role}, months after leaving the company.`],
  (_, x) => [`OpenAI fires ${x.name} over alleged leak`, `OpenAI has fired ${x.name}, a ${x.role}, for allegedly leaking information, people familiar with the matter said.`],
  (_, x) => [`OpenAI hires ${x.name} from ${x.rival} as ${x.role}`, `OpenAI has hired ${x.name} from ${x.rival}. ${x.name} will join the company as ${x.role} next month.`],
];

// Everything else a news feed carries: the detector must stay quiet.
const negative: Template[] = [
  (_, x) => [`OpenAI launches ${x.product} for ${x.num} million users`, `OpenAI on Monday released ${x.product}, saying ${x.num} million people signed up for early access. The launch comes weeks after ${x.company} shipped a rival.`],
  (_, x) => [`${x.company} raises $${x.num} million for AI push`, `${x.company} closed a $${x.num} million round led by investors in ${x.city}. The money will fund ${x.product}.`],
  (_, x) => [`${x.name} leaves ${x.company} after ${x.num % 15 + 2} years`, `${x.name}, ${x.role} at ${x.company}, is leaving, the company said. ${x.company} did not name a successor.`],
  (_, x) => [`${x.name} says she is not leaving OpenAI`, `${x.name} denied reports that she would leave OpenAI, calling them false. "I am staying," she wrote.`],
  (_, x) => [`A year after the board crisis, OpenAI's ${x.product} tops ${x.num} million weekly users`, `In November 2023 the board briefly ousted Sam Altman; since then the company has grown fast. ${x.product} now counts ${x.num} million weekly users.`],
  (_, x) => [`${x.company} sues OpenAI over ${x.product}`, `${x.company} filed a lawsuit in ${x.city} claiming ${x.product} infringes ${x.num} patents. OpenAI said it would fight the case.`],
  (_, x) => [`Microsoft and OpenAI expand deal with ${x.num}-megawatt data center in ${x.city}`, `The companies announced a ${x.num}-megawatt site near ${x.city}, part of a broader plan for ${x.product}.`],
  (_, x) => [`${x.company} unveils ${x.product} at developer event`, `At its annual conference in ${x.city}, ${x.company} showed ${x.product}, promising ${x.num}% lower latency than last year.`],
  (_, x) => [`Why ${x.product} matters for the next ${x.num} days of AI`, `Analysts expect ${x.company} and OpenAI to race on pricing. Here is what ${x.num} developers told us about ${x.product}.`],
  (_, x) => [`OpenAI is reportedly in talks to raise $${x.num} billion`, `OpenAI is in talks with investors including ${x.company} to raise about $${x.num} billion at a higher valuation, people familiar said.`],
  (_, x) => [`${x.rival} poaches ${x.num % 20 + 3} engineers from ${x.company}`, `${x.rival} has hired ${x.num % 20 + 3} engineers from ${x.company}'s ${x.city} office to work on ${x.product}.`],
  (_, x) => [`Interview: ${x.name} on building ${x.product}`, `We spoke with ${x.name}, ${x.role} at ${x.company}, about shipping ${x.product} and hiring in ${x.city}.`],
];

function personName(p: Prng, rosterShare: number): string {
  return p.chance(rosterShare) ? p.pick(people) : `${p.pick(firstNames)} ${p.pick(lastNames)}`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

/** Story `n` of the corpus `seed`, published `ageMs` before `base`; `staffingShare` of stories are moves at OpenAI. */
export function story(seed: number, n: number, base: Date, ageMs: number, staffingShare = 0.1): Story {
  const p = createPrng(seed * 1_000_003 + n * 7_919);
  const isStaffing = p.chance(staffingShare);
  const template = isStaffing ? p.pick(staffing) : p.pick(negative);
  const extra = { name: personName(p, isStaffing ? 0.7 : 0.3), role: p.pick(roles), rival: p.pick(rivals), company: p.pick(companies), product: p.pick(products), num: p.int(2, 999), city: p.pick(cities) };
  const [title, summary] = template(p, extra);
  const [outlet, host] = p.pick(outlets);
  const publishedAt = new Date(base.getTime() - ageMs);
  const html = p.chance(0.5)
    ? `<p>${escapeXmlText(summary)}</p><p><a href="https://${host}/tag/ai">More AI coverage</a> &amp; analysis.</p>`
    : escapeXmlText(summary);
  return { n, title, summaryHtml: html, link: `https://${host}/news/${slug(title)}-${n}`, outlet, publishedAt, kind: isStaffing ? 'staffing' : 'negative' };
}

/** Plain-text form of a story, as detection reads it after the feed pipeline's normalisation (the app's own stripHtml). */
export function storyText(s: Story): { title: string; summary: string; source: string; publishedAt: Date } {
  return { title: s.title, summary: stripHtml(s.summaryHtml), source: s.outlet, publishedAt: s.publishedAt };
}

type FeedFormat = 'rss' | 'atom' | 'rdf' | 'gnews';

export function feedFormat(feed: number): FeedFormat {
  if (feed % 20 === 19) return 'rdf';
  if (feed % 10 === 7 || feed % 10 === 8) return 'atom';
  if (feed % 10 === 9) return 'gnews';
  return 'rss';
}

/**
 * The stories of feed `feed` at `version` (0 = first fetch): `items` entries, newest first, one
 * every ~14 h. Each later version adds one new story at the top and drops the oldest. About one
 * entry in twenty is another feed's story (cross-feed duplicate the dedup must catch).
 */
export function feedStories(seed: number, feed: number, items: number, version: number, base: Date, staffingShare = 0.1): Story[] {
  const out: Story[] = [];
  const p = createPrng(seed ^ (feed * 2_654_435_761));
  for (let j = 0; j < items; j++) {
    // Story numbers: feed-local sequence; version v shifts the window by v new stories.
    const local = version + items - 1 - j;
    const ageMs = j * 14 * 3600_000 + p.int(0, 3600_000);
    // Another (earlier) feed's story at the same position: same link, so stored once.
    const duplicate = p.chance(0.05) && feed > 0;
    const n = duplicate ? p.int(0, feed - 1) * 100_000 + local : feed * 100_000 + local;
    out.push(story(seed, n, base, ageMs, staffingShare));
  }
  return out;
}

function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cdata(html: string): string {
  return `<![CDATA[${html.replace(/]]>/g, ']]&gt;')}]]>`;
}

/** The feed document (XML) carrying `stories`, in the feed's format. */
export function renderFeed(feed: number, stories: readonly Story[], format: FeedFormat = feedFormat(feed)): string {
  const title = `Bench feed ${feed}`;
  if (format === 'atom') {
    const entries = stories
      .map((s) => `<entry><title>${escapeXmlText(s.title)}</title><link rel="alternate" href="${s.link}"/><id>${s.link}</id><updated>${s.publishedAt.toISOString()}</updated><summary type="html">${escapeXmlText(s.summaryHtml)}</summary><author><name>${s.outlet}</name></author></entry>`)
      .join('\n');
    return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><id>urn:bench:${feed}</id><updated>${stories[0]?.publishedAt.toISOString() ?? new Date(0).toISOString()}</updated>\n${entries}\n</feed>\n`;
  }
  if (format === 'rdf') {
    const items = stories
      .map((s) => `<item rdf:about="${s.link}"><title>${escapeXmlText(s.title)}</title><link>${s.link}</link><description>${escapeXmlText(s.summaryHtml)}</description><dc:date>${s.publishedAt.toISOString()}</dc:date></item>`)
      .join('\n');
    return `<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="urn:bench:${feed}"><title>${title}</title><link>https://bench.example/${feed}</link><description>bench</description></channel>\n${items}\n</rdf:RDF>\n`;
  }
  const items = stories
    .map((s) => {
      const source = format === 'gnews' ? `<source url="https://${new URL(s.link).host}">${escapeXmlText(s.outlet)}</source>` : '';
      const link = format === 'gnews' ? `${s.link}?utm_source=rss&amp;utm_medium=feed` : s.link;
      return `<item><title>${escapeXmlText(s.title)}</title><link>${link}</link><guid isPermaLink="false">bench-${s.n}</guid><pubDate>${s.publishedAt.toUTCString()}</pubDate><description>${cdata(s.summaryHtml)}</description>${source}</item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title><link>https://bench.example/${feed}</link><description>Generated for the benchmark</description>\n${items}\n</channel></rss>\n`;
}
