// Turns the seed history (seed-history.ts) and the roster into the rows to store: articles with
// origin "seed", people keyed by nameKey with their aliases and profile, and confirmed seed events
// with their sources. Pure, so the plan is tested without a database; seed-repository writes it.
import { createHash } from 'node:crypto';
import { nameKey, type Circumstance, type EventType, type RosterEntry } from '../domain.js';
import type { DatePrecision } from '../domain.js';
import { seedArticles, seedMoves, seedPersonFacts, type SeedArticle, type SeedMove, type SeedPersonFact } from './seed-history.js';

export interface SeedPlanArticle {
  canonicalUrl: string;
  url: string;
  title: string;
  titleKey: string;
  /** The article's full text: the evidence quotes can be checked against it. */
  summary: string;
  publishedAt: Date | null;
  source: string;
  contentHash: string;
}

export interface SeedPlanPerson {
  name: string;
  nameKey: string;
  aliases: { alias: string; aliasKey: string }[];
  role: string | null;
  team: string | null;
  joinedAt: Date | null;
  /** The last departure not followed by a return or arrival. */
  leftAt: Date | null;
  destination: string | null;
}

export interface SeedPlanEvent {
  personKey: string;
  type: EventType;
  circumstance: Circumstance;
  occurredAt: Date;
  datePrecision: DatePrecision;
  role: string | null;
  team: string | null;
  destination: string | null;
  sources: { canonicalUrl: string; evidence: string }[];
}

export interface SeedPlan {
  articles: SeedPlanArticle[];
  people: SeedPlanPerson[];
  /** In the order they happened (ties keep the history's order). */
  events: SeedPlanEvent[];
}

export interface SeedHistory {
  articles: readonly SeedArticle[];
  moves: readonly SeedMove[];
  facts: readonly SeedPersonFact[];
}

export const defaultSeedHistory: SeedHistory = { articles: seedArticles, moves: seedMoves, facts: seedPersonFacts };

export function buildSeedPlan(history: SeedHistory, roster: readonly RosterEntry[]): SeedPlan {
  const articleByKey = new Map(history.articles.map((a) => [a.key, a]));
  const articles = history.articles.map(
    (a): SeedPlanArticle => ({
      canonicalUrl: a.canonicalUrl,
      url: a.url,
      title: a.title,
      titleKey: nameKey(a.title),
      summary: a.text,
      publishedAt: a.publishedAt,
      source: a.outlet,
      contentHash: createHash('sha256').update(a.text).digest('hex'),
    }),
  );

  const moves = history.moves
    .map((move, index) => ({ move, index }))
    .sort((a, b) => a.move.occurredAt.getTime() - b.move.occurredAt.getTime() || a.index - b.index)
    .map(({ move }) => move);

  const events = moves.map(
    (move): SeedPlanEvent => ({
      personKey: nameKey(move.person),
      type: move.type,
      circumstance: move.circumstance,
      occurredAt: move.occurredAt,
      datePrecision: move.datePrecision,
      role: move.role,
      team: move.team,
      destination: move.destination,
      sources: move.sources.map((s) => {
        const article = articleByKey.get(s.article);
        if (!article) throw new Error(`seed move of ${move.person} cites unknown article ${s.article}`);
        return { canonicalUrl: article.canonicalUrl, evidence: s.evidence };
      }),
    }),
  );

  const names = [...new Set([...moves.map((m) => m.person), ...history.facts.map((f) => f.person)])];
  const people = names.map((name) => planPerson(name, moves.filter((m) => m.person === name), history.facts.find((f) => f.person === name), roster));
  return { articles, people, events };
}

function planPerson(name: string, moves: SeedMove[], fact: SeedPersonFact | undefined, roster: readonly RosterEntry[]): SeedPlanPerson {
  const key = nameKey(name);
  const entry = roster.find((r) => nameKey(r.name) === key);
  const aliasKeys = new Set<string>([key]);
  const aliases: SeedPlanPerson['aliases'] = [];
  for (const alias of entry?.aliases ?? []) {
    const aliasKey = nameKey(alias);
    if (!aliasKey || aliasKeys.has(aliasKey)) continue;
    aliasKeys.add(aliasKey);
    aliases.push({ alias, aliasKey });
  }
  const latest = moves.at(-1);
  const latestRoleChange = moves.filter((m) => m.type === 'role_change').at(-1);
  const gone = latest?.type === 'departure' ? latest : undefined;
  return {
    name,
    nameKey: key,
    aliases,
    role: latestRoleChange?.role ?? entry?.role ?? latest?.role ?? null,
    team: latestRoleChange?.team ?? entry?.team ?? latest?.team ?? null,
    joinedAt: fact?.joinedAt ?? null,
    leftAt: gone?.occurredAt ?? null,
    destination: gone?.destination ?? null,
  };
}
