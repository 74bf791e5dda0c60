// The saga's queries as commands need them: the overview behind /saga, pages of moves for /exits,
// people lookups with fuzzy matching for /person, the timeline picture, an event's sources and
// the stats. Each answer is a handful of bounded repository calls run together; input the user
// typed (team names, page numbers, names) is checked here and refused with a UserError.
import type { EventType } from '../domain.js';
import { nameKey } from '../domain.js';
import { UserError } from '../commands/errors.js';
import { endOfDay, formatDate, formatMonth } from './dates.js';
import { confidentMatch, rankPeople, suggestions } from './person-match.js';
import type { CountRow, FeedHealth, MoveFilter, MoveRecord, MoveSource, MoveSpan, PersonRecord, RenderedImage, SagaRepository, TimelineRenderer } from './ports.js';
import { buildTimelineSvg } from './timeline-svg.js';
import { plural } from './move-text.js';

/** An autocomplete suggestion (the shape of commands' OptionChoice, declared here to keep services.ts free of a cycle). */
export interface NameChoice {
  name: string;
  value: string;
}

export interface DateRange {
  since?: Date;
  /** Inclusive day. */
  until?: Date;
}

export interface SagaOverview {
  range: DateRange;
  span: MoveSpan;
  /** The whole record, to explain an empty range. */
  overall: MoveSpan;
  people: number;
  byType: CountRow[];
  departuresByTeam: CountRow[];
  earliest: MoveRecord[];
  latest: MoveRecord[];
}

export interface ExitsQuery {
  since?: Date;
  team?: string;
  /** Undefined: every kind of move. */
  type?: EventType;
  limit: number;
  page: number;
}

export interface ExitsPage {
  query: ExitsQuery & { team?: string };
  moves: MoveRecord[];
  total: number;
  pages: number;
  overall: number;
}

export interface PersonProfile {
  person: PersonRecord;
  moves: MoveRecord[];
  totalMoves: number;
  /** The text typed when it was not the person's name or alias ("ilia sutskevar"). */
  matchedFrom?: string;
}

export interface TimelineView {
  since?: Date;
  moves: MoveRecord[];
  total: number;
  svg?: string;
  image?: RenderedImage;
}

export interface EventSources {
  move: MoveRecord;
  sources: MoveSource[];
}

export interface SagaStats {
  overall: MoveSpan;
  people: number;
  articles: number;
  byType: CountRow[];
  byTeam: CountRow[];
  byMonth: CountRow[];
  feeds: FeedHealth;
}

export interface SagaService {
  overview(range: DateRange): Promise<SagaOverview>;
  exits(query: ExitsQuery): Promise<ExitsPage>;
  person(name: string): Promise<PersonProfile>;
  suggestPeople(partial: string): Promise<NameChoice[]>;
  suggestTeams(partial: string): Promise<NameChoice[]>;
  timeline(since?: Date): Promise<TimelineView>;
  sources(eventId: number): Promise<EventSources>;
  stats(): Promise<SagaStats>;
}

/** How many moves of each end of the story the narrative reads. */
const storyEnds = 10;
/** Newest moves listed under the overview. */
export const latestShown = 5;
/** Most moves drawn on one timeline (the newest). */
const timelineMax = 40;
const suggestionLimit = 25;
const sourcesShown = 10;

export function createSagaService(deps: { repository: SagaRepository; renderer: TimelineRenderer }): SagaService {
  const { repository, renderer } = deps;

  async function resolveTeam(input: string): Promise<string> {
    const teams = await repository.listTeams();
    const key = nameKey(input);
    const found = teams.find((t) => nameKey(t) === key) ?? teams.filter((t) => nameKey(t).startsWith(key)).at(0);
    if (found && key) return found;
    const known = teams.length > 0 ? ` Teams on record: ${teams.slice(0, 15).join(', ')}${teams.length > 15 ? ', …' : ''}.` : ' No team is on record yet.';
    throw new UserError('invalid_option', `No team called "${input.slice(0, 40)}".${known}`);
  }

  return {
    async overview(range) {
      if (range.since && range.until && range.since > range.until) {
        throw new UserError('invalid_option', `"since" (${formatDate(range.since)}) is after "until" (${formatDate(range.until)}).`);
      }
      const filter: MoveFilter = { since: range.since, before: range.until ? endOfDay(range.until) : undefined };
      const [span, overall, people, byType, departuresByTeam, earliest, latest] = await Promise.all([
        repository.span(filter),
        range.since || range.until ? repository.span({}) : undefined,
        repository.countPeople(filter),
        repository.countByType(filter),
        repository.countByTeam({ ...filter, type: 'departure' }, 5),
        repository.listMoves(filter, { order: 'asc', limit: storyEnds }),
        repository.listMoves(filter, { order: 'desc', limit: Math.max(storyEnds, latestShown) }),
      ]);
      return { range, span, overall: overall ?? span, people, byType, departuresByTeam, earliest, latest };
    },

    async exits(query) {
      const team = query.team ? await resolveTeam(query.team) : undefined;
      const filter: MoveFilter = { since: query.since, team, type: query.type };
      const [span, overall] = await Promise.all([repository.span(filter), repository.span({})]);
      const pages = Math.max(1, Math.ceil(span.count / query.limit));
      if (query.page > pages) {
        throw new UserError('invalid_option', `Page ${query.page} is past the end: ${plural(span.count, 'move')} make ${plural(pages, 'page')} of ${query.limit}.`);
      }
      const moves = span.count === 0 ? [] : await repository.listMoves(filter, { order: 'desc', limit: query.limit, offset: (query.page - 1) * query.limit });
      return { query: { ...query, team }, moves, total: span.count, pages, overall: overall.count };
    },

    async person(name) {
      const key = nameKey(name);
      if (!key) throw new UserError('invalid_option', 'Type a name, for example "Ilya Sutskever" or "Leike".');
      let person = await repository.findPersonByKey(key);
      let matchedFrom: string | undefined;
      if (!person) {
        const ranked = rankPeople(key, await repository.listPersonNames(), 5);
        const match = confidentMatch(ranked);
        if (!match) {
          if (ranked.length === 0) throw new UserError('not_found', `No one named "${name.slice(0, 60)}": nobody is on record yet.`);
          const close = suggestions(ranked);
          throw new UserError('not_found', `No one named "${name.slice(0, 60)}" is on record.${close.length > 0 ? ` Did you mean ${close.join(', ')}?` : ' Try /exits to see who is.'}`);
        }
        person = await repository.getPerson(match.id);
        if (!person) throw new UserError('not_found', `No one named "${name.slice(0, 60)}" is on record.`);
        matchedFrom = name;
      }
      const [moves, span] = await Promise.all([
        repository.listMoves({ personId: person.id }, { order: 'asc', limit: 25 }),
        repository.span({ personId: person.id }),
      ]);
      return { person, moves, totalMoves: span.count, matchedFrom };
    },

    async suggestPeople(partial) {
      const key = nameKey(partial);
      let people: { id: number; name: string }[];
      if (!key) {
        // Nothing typed yet: the people who moved most recently.
        people = (await repository.listMoves({}, { order: 'desc', limit: suggestionLimit * 2 })).map((m) => ({ id: m.personId, name: m.personName }));
      } else {
        people = await repository.searchPeopleByPrefix(key, suggestionLimit);
        if (people.length === 0) people = rankPeople(key, await repository.listPersonNames(), suggestionLimit).filter((r) => r.score <= 0.5);
      }
      const seen = new Set<number>();
      return people
        .filter((p) => !seen.has(p.id) && seen.add(p.id))
        .slice(0, suggestionLimit)
        .map((p) => ({ name: p.name.slice(0, 100), value: p.name.slice(0, 100) }));
    },

    async suggestTeams(partial) {
      const key = nameKey(partial);
      const teams = await repository.listTeams();
      return teams
        .filter((t) => !key || nameKey(t).includes(key))
        .slice(0, suggestionLimit)
        .map((t) => ({ name: t.slice(0, 100), value: t.slice(0, 100) }));
    },

    async timeline(since) {
      const filter: MoveFilter = { since };
      const [span, newest] = await Promise.all([repository.span(filter), repository.listMoves(filter, { order: 'desc', limit: timelineMax })]);
      const moves = newest.reverse();
      if (moves.length === 0) return { since, moves, total: span.count };
      const first = moves[0]!.occurredAt;
      const last = moves.at(-1)!.occurredAt;
      const period = formatMonth(first) === formatMonth(last) ? formatMonth(first) : `${formatMonth(first)} – ${formatMonth(last)}`;
      const shown = moves.length < span.count ? `the latest ${moves.length} of ${span.count} moves` : plural(moves.length, 'move');
      const chart = buildTimelineSvg(moves, `OpenAI staffing moves, ${period}`, `${shown} · source links: /sources <event id> · Exodus Watch`);
      const image = await renderer.render(chart.svg);
      return { since, moves, total: span.count, svg: chart.svg, image };
    },

    async sources(eventId) {
      const move = await repository.findMove(eventId);
      if (!move) throw new UserError('not_found', `No event #${eventId}. Event numbers appear in /exits, /person and /saga.`);
      const sources = await repository.listSources(eventId, sourcesShown);
      return { move, sources };
    },

    async stats() {
      const [overall, people, articles, byType, byTeam, byMonth, feeds] = await Promise.all([
        repository.span({}),
        repository.countPeople({}),
        repository.countArticles(),
        repository.countByType({}),
        repository.countByTeam({}, 8),
        repository.countByMonth({}, 12),
        repository.feedHealth(3),
      ]);
      return { overall, people, articles, byType, byTeam, byMonth, feeds };
    },
  };
}
