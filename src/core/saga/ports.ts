// What the saga needs from storage and from the chart renderer. The read side answers every
// slash command with bounded, indexed queries (LIMIT, COUNT/GROUP BY in SQL): it never loads
// every row. Rejected events are invisible through this port. Prisma implementations live in
// src/infra/db (saga-repository.ts, seed-repository.ts); the PNG renderer in src/infra/charts.
import type { EventStatus, EventType } from '../domain.js';
import type { DatePrecision } from '../domain.js';
import type { SeedPlan } from './seed-plan.js';

/** An article backing a move, with the sentence that says so. */
export interface MoveSource {
  articleId: number;
  title: string;
  /** Link to the article; seed articles without a public address have a `seed:` identifier. */
  url: string;
  /** Outlet name or host. */
  outlet: string;
  publishedAt: Date | null;
  evidence: string;
}

/** One staffing move as the saga shows it. */
export interface MoveRecord {
  id: number;
  personId: number;
  personName: string;
  type: EventType;
  circumstance: string | null;
  occurredAt: Date;
  datePrecision: DatePrecision;
  role: string | null;
  team: string | null;
  destination: string | null;
  status: EventStatus;
  origin: string;
  confidence: number;
  /** How many articles back the move. */
  sourceCount: number;
  /** The source to link: the first with a web address, else the first. */
  source: MoveSource | null;
}

/** Which moves a query covers; rejected events are always excluded. */
export interface MoveFilter {
  /** Inclusive lower bound. */
  since?: Date;
  /** Exclusive upper bound. */
  before?: Date;
  /** Exact stored team name (resolve user input with listTeams first). */
  team?: string;
  type?: EventType;
  personId?: number;
}

export interface MovePage {
  order: 'asc' | 'desc';
  limit: number;
  offset?: number;
}

/** One bucket of an aggregate: a type, a team, a month ("2024-05"). */
export interface CountRow {
  key: string;
  count: number;
}

export interface MoveSpan {
  count: number;
  first: Date | null;
  last: Date | null;
}

export interface PersonName {
  id: number;
  name: string;
  /** Lookup key of the name or alias that matched (see nameKey). */
  key: string;
}

export interface PersonRecord {
  id: number;
  name: string;
  role: string | null;
  team: string | null;
  joinedAt: Date | null;
  leftAt: Date | null;
  destination: string | null;
  aliases: string[];
}

export interface FeedHealth {
  total: number;
  enabled: number;
  /** Enabled feeds whose last fetch succeeded (failureCount 0). */
  healthy: number;
  /** Enabled feeds that failed at least once in a row. */
  failing: number;
  /** Enabled feeds never fetched yet. */
  pending: number;
  lastSuccessAt: Date | null;
  /** The worst failing feeds, most consecutive failures first. */
  worst: { url: string; title: string | null; failureCount: number; lastError: string | null }[];
}

/** Read access to events, people, sources and feed health for the saga commands. */
export interface SagaRepository {
  span(filter: MoveFilter): Promise<MoveSpan>;
  listMoves(filter: MoveFilter, page: MovePage): Promise<MoveRecord[]>;
  countPeople(filter: MoveFilter): Promise<number>;
  countByType(filter: MoveFilter): Promise<CountRow[]>;
  /** Largest first; moves without a team are left out. */
  countByTeam(filter: MoveFilter, limit: number): Promise<CountRow[]>;
  /** Newest month first. */
  countByMonth(filter: MoveFilter, limit: number): Promise<CountRow[]>;
  /** Every team name that has a visible move, alphabetical. */
  listTeams(): Promise<string[]>;
  findMove(id: number): Promise<MoveRecord | null>;
  listSources(eventId: number, limit: number): Promise<MoveSource[]>;
  /** A person whose name or alias has exactly this lookup key. */
  findPersonByKey(key: string): Promise<PersonRecord | null>;
  /** Names and aliases whose key starts with `prefix` (index range scan). */
  searchPeopleByPrefix(prefix: string, limit: number): Promise<PersonName[]>;
  /** Every name and alias key, for fuzzy matching (short strings only). */
  listPersonNames(): Promise<PersonName[]>;
  getPerson(id: number): Promise<PersonRecord | null>;
  countArticles(): Promise<number>;
  feedHealth(worst: number): Promise<FeedHealth>;
}

/** Writes the seed history; the seeding logic itself is pure (seed-plan.ts). */
export interface SeedRepository {
  /** Whether any event with origin "seed" exists. */
  hasSeedEvents(): Promise<boolean>;
  /** Writes the plan in one transaction, skipping rows that already exist. */
  write(plan: SeedPlan): Promise<SeedResult>;
}

export interface SeedResult {
  articles: number;
  people: number;
  events: number;
}

export interface RenderedImage {
  png: Uint8Array;
  width: number;
  height: number;
}

/** Turns an SVG document into a PNG (resvg in src/infra/charts, with bundled fonts). */
export interface TimelineRenderer {
  render(svg: string): Promise<RenderedImage>;
}
