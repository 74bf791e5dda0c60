// Fills a migrated database with a realistic history fast, for the command-latency benchmark:
// 500 feeds, the roster plus generated people, N articles from the corpus, M events spread over
// three years (departures, arrivals, returns, role changes; a few rejected) each backed by one to
// five articles, and subscriptions with deliveries. One better-sqlite3 transaction with prepared
// statements; values are written in the forms Prisma itself writes (ISO dates, 0/1 booleans).
import BetterSqlite3 from 'better-sqlite3';
import { createPrng } from './prng.js';
import { firstNames as corpusFirstNames, lastNames as corpusLastNames, story, storyText } from './corpus.js';
import { roster } from '../src/core/detection/roster.js';
import { nameKey } from '../src/core/domain.js';
import { titleKey } from '../src/core/feeds/title-key.js';

export interface LoadSizes {
  articles: number;
  events: number;
  feeds: number;
  subscriptions: number;
}

export interface Loaded {
  people: number;
  eventSources: number;
  deliveries: number;
  /** A few ids and names the benchmark's commands can ask about. */
  sampleEventIds: number[];
  samplePeople: string[];
  teams: string[];
}

const iso = (date: Date) => date.toISOString().replace('Z', '+00:00');
const teams = ['Superalignment', 'Research', 'Safety Systems', 'Policy', 'Product', 'Applied AI', 'Preparedness', 'Leadership', 'Infrastructure', 'Go-to-market'];
// The corpus's names and five more of each.
const firstNames = [...corpusFirstNames, 'Felix', 'Chloe', 'Mateo', 'Zara', 'Arjun'];
const lastNames = [...corpusLastNames, 'Larsen', 'Costa', 'Abe', 'Mensah', 'Ortiz'];
const circumstances: Record<string, string[]> = {
  departure: ['resigned', 'left', 'quit', 'fired', 'pushed_out', 'sabbatical'],
  arrival: ['joined', 'hired'],
  return: ['returned'],
  role_change: ['promoted'],
};
const destinations = ['Anthropic', 'Google DeepMind', 'Meta', 'xAI', 'Safe Superintelligence', 'Thinking Machines Lab', null, null, null];

export function bulkLoad(file: string, sizes: LoadSizes, seed: number, base: Date): Loaded {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  const p = createPrng(seed);
  const now = iso(base);
  const span = 3 * 365 * 86_400_000;
  let eventSources = 0;
  let deliveries = 0;
  const sampleEventIds: number[] = [];

  const load = sqlite.transaction(() => {
    const feed = sqlite.prepare('INSERT INTO Feed (url, title, enabled, lastFetchedAt, lastSuccessAt, lastStatus, lastError, failureCount, nextFetchAt, itemsSeen, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < sizes.feeds; i++) {
      const failing = i % 37 === 0;
      feed.run(`https://news-${i}.example.com/feed.xml`, `Outlet ${i} — AI`, i % 53 === 0 ? 0 : 1, now, failing ? null : now, failing ? 503 : 200, failing ? 'HTTP 503 (unavailable)' : null, failing ? 3 : 0, iso(new Date(base.getTime() + 600_000)), 50, now, now);
    }

    const person = sqlite.prepare('INSERT INTO Person (name, nameKey, role, team, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)');
    const alias = sqlite.prepare('INSERT OR IGNORE INTO PersonAlias (personId, alias, aliasKey) VALUES (?, ?, ?)');
    const personIds: number[] = [];
    const names: string[] = [];
    for (const entry of roster) {
      const id = Number(person.run(entry.name, nameKey(entry.name), entry.role ?? null, entry.team ?? null, now, now).lastInsertRowid);
      for (const a of entry.aliases) alias.run(id, a, nameKey(a));
      personIds.push(id);
      names.push(entry.name);
    }
    for (const first of firstNames) {
      for (const last of lastNames) {
        const name = `${first} ${last}`;
        personIds.push(Number(person.run(name, nameKey(name), null, p.pick(teams), now, now).lastInsertRowid));
        names.push(name);
      }
    }

    // Loaded articles count as handed to detection already (detectedAt = fetchedAt).
    const article = sqlite.prepare('INSERT INTO Article (canonicalUrl, url, title, titleKey, summary, publishedAt, source, contentHash, feedId, origin, fetchedAt, detectedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (let n = 0; n < sizes.articles; n++) {
      const s = story(seed, n, base, p.int(0, span));
      const text = storyText(s);
      const url = s.link;
      const fetchedAt = iso(new Date(s.publishedAt.getTime() + 3600_000));
      article.run(url, url, s.title, titleKey(s.title), text.summary, iso(s.publishedAt), s.outlet, `h${n}`, 1 + (n % sizes.feeds), n % 7 === 0 ? 'backfill' : 'feed', fetchedAt, fetchedAt);
    }

    const event = sqlite.prepare('INSERT INTO Event (personId, type, circumstance, occurredAt, role, team, destination, confidence, status, origin, datePrecision, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const source = sqlite.prepare('INSERT OR IGNORE INTO EventSource (eventId, articleId, evidence, createdAt) VALUES (?, ?, ?, ?)');
    for (let i = 0; i < sizes.events; i++) {
      // Roster people are in the news far more often than anyone else.
      const who = p.chance(0.4) ? p.int(0, roster.length - 1) : p.int(0, personIds.length - 1);
      const roll = p.next();
      const type = roll < 0.5 ? 'departure' : roll < 0.85 ? 'arrival' : roll < 0.9 ? 'return' : 'role_change';
      const occurred = new Date(base.getTime() - p.int(0, span));
      const status = p.chance(0.03) ? 'rejected' : p.chance(0.2) ? 'confirmed' : 'detected';
      const origin = p.chance(0.1) ? 'backfill' : 'detected';
      const created = iso(new Date(occurred.getTime() + p.int(0, 86_400_000)));
      const id = Number(
        event.run(personIds[who]!, type, p.pick(circumstances[type]!), iso(occurred), p.chance(0.6) ? 'Researcher' : null, p.pick(teams), type === 'departure' ? p.pick(destinations) : null, 0.5 + p.next() * 0.49, status, origin, p.chance(0.9) ? 'day' : 'month', created, created).lastInsertRowid,
      );
      // Rejected events are invisible to the commands: sample only the others.
      if (status !== 'rejected' && sampleEventIds.length < 50 && p.chance(0.05)) sampleEventIds.push(id);
      const count = p.int(1, 5);
      for (let k = 0; k < count; k++) {
        eventSources += source.run(id, p.int(1, sizes.articles), `${names[who]} is leaving OpenAI, the company confirmed.`, created).changes;
      }
    }

    const subscription = sqlite.prepare('INSERT INTO Subscription (platform, workspaceId, channelId, alertsEnabled, minConfidence, digestEnabled, digestTime, timezone, state, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const delivery = sqlite.prepare('INSERT OR IGNORE INTO Delivery (subscriptionId, kind, eventId, dedupKey, status, attempts, nextAttemptAt, platformMessageId, createdAt, sentAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < sizes.subscriptions; i++) {
      const slack = i % 2 === 1;
      const id = Number(
        subscription.run(slack ? 'slack' : 'discord', slack ? `T${1000 + i}` : String(100000000000000000n + BigInt(i)), slack ? `C${2000 + i}` : String(200000000000000000n + BigInt(i)), 1, 0.7, i % 3 === 0 ? 1 : 0, '09:00', 'Europe/Paris', 'active', now, now).lastInsertRowid,
      );
      for (let k = 0; k < 40; k++) {
        const eventId = p.int(1, sizes.events);
        deliveries += delivery.run(id, 'alert', eventId, `event:${eventId}`, 'sent', 1, now, `m-${id}-${k}`, now, now).changes;
      }
    }
    return { people: personIds.length, samplePeople: [names[3]!, 'Leike', names[roster.length + 7]!, 'Sutskever'] };
  });

  const { people, samplePeople } = load();
  sqlite.pragma('optimize');
  sqlite.close();
  return { people, eventSources, deliveries, sampleEventIds, samplePeople, teams };
}
