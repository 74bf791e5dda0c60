// The saga as a short paragraph, generated from the stored events: how many moves and people,
// how it began, what followed in order, which teams lost the most people, and the latest turn.
// Pure: the same events always give the same words.
import { eventTypes } from '../domain.js';
import { formatDate } from './dates.js';
import { countOf, onDate, plural, roleAndTeam, safe, verbPhrase } from './move-text.js';
import type { CountRow, MoveRecord, MoveSpan } from './ports.js';

export interface NarrativeInput {
  span: MoveSpan;
  people: number;
  byType: readonly CountRow[];
  /** Departures by team, largest first. */
  departuresByTeam: readonly CountRow[];
  /** The first moves in the range, oldest first. */
  earliest: readonly MoveRecord[];
  /** The last moves in the range, newest first. */
  latest: readonly MoveRecord[];
}

/** Moves on the same (shown) date with the same verb, told as one clause. */
interface MoveGroup {
  moves: MoveRecord[];
  date: string;
  verb: string;
}

/** Turns of the story told one by one; past that the middle is counted, not told. */
const maxGroupsTold = 10;

export function buildNarrative(input: NarrativeInput): string {
  const { span } = input;
  if (span.count === 0 || !span.first || !span.last) return 'No moves are on record yet.';
  const sentences = [opening(input)];

  const known = mergeMoves(input.earliest, input.latest);
  const gap = span.count - known.length;
  if (gap > 0) {
    // Only the two ends of the story were loaded: the untold moves sit between them.
    const latestIds = new Set(input.latest.map((m) => m.id));
    sentences.push(...story(groupMoves(known.filter((m) => !latestIds.has(m.id))), gap, groupMoves(known.filter((m) => latestIds.has(m.id)))));
  } else {
    sentences.push(...story(groupMoves(known), 0, []));
  }

  const teams = teamSentence(input.departuresByTeam);
  if (teams) sentences.push(teams);
  return sentences.join(' ');
}

function opening({ span, people, byType }: NarrativeInput): string {
  const first = span.first!;
  const last = span.last!;
  const kinds = eventTypes
    .map((type) => ({ type, count: byType.find((r) => r.key === type)?.count ?? 0 }))
    .filter((k) => k.count > 0)
    .map((k) => countOf(k.type, k.count));
  const [from, to] = [formatDate(first, 'month'), formatDate(last, 'month')];
  const when = from === to ? `In ${from}` : `Between ${from} and ${to}`;
  const what = span.count === 1 ? 'one move is on record' : `${plural(span.count, 'move')} involving ${plural(people, 'person', 'people')} are on record`;
  return `${when}, ${what}${kinds.length > 1 ? `: ${list(kinds)}` : ''}.`;
}

function story(head: MoveGroup[], gap: number, tail: MoveGroup[]): string[] {
  // Too many turns to tell: keep the start and the end, count what is left out.
  if (head.length + tail.length > maxGroupsTold) {
    const all = [...head, ...tail];
    const headKeep = Math.min(head.length, Math.ceil(maxGroupsTold / 2));
    const tailKeep = maxGroupsTold - headKeep;
    const dropped = gap === 0 ? all.slice(headKeep, all.length - tailKeep) : [...head.slice(headKeep), ...tail.slice(0, tail.length - tailKeep)];
    gap += dropped.reduce((n, g) => n + g.moves.length, 0);
    [head, tail] = gap === 0 ? [all, []] : [all.slice(0, headKeep), all.slice(all.length - tailKeep)];
  }
  const items: (MoveGroup | number)[] = [...head, ...(gap > 0 ? [gap] : []), ...tail];
  const first = items.shift();
  if (first === undefined || typeof first === 'number') return [];
  const sentences = [`It began ${onDate(first.moves[0]!.occurredAt, first.moves[0]!.datePrecision)}, when ${clause(first, true)}.`];
  const last = typeof items.at(-1) === 'number' ? undefined : (items.pop() as MoveGroup | undefined);
  let run: MoveGroup[] = [];
  let opener = 'Then';
  const flush = () => {
    if (run.length > 0) sentences.push(`${opener} ${list(run.map((g) => `${clause(g)} (${g.date})`))}.`);
    run = [];
  };
  for (const item of items) {
    if (typeof item === 'number') {
      flush();
      sentences.push(`${capitalise(plural(item, 'more move'))} followed.`);
      opener = 'After that,';
    } else {
      run.push(item);
    }
  }
  flush();
  if (last) sentences.push(`Most recently, ${clause(last, true)} (${last.date}).`);
  return sentences;
}

function teamSentence(teams: readonly CountRow[]): string | undefined {
  const [top, ...others] = teams.filter((t) => t.count > 0);
  if (!top) return undefined;
  if (others.length === 0) return `Every departure with a known team came from ${safe(top.key)} (${top.count}).`;
  const runnersUp = others.slice(0, 2).map((t) => `${safe(t.key)} (${t.count})`);
  const tied = others[0]!.count === top.count;
  return `${tied ? 'Among the hardest-hit teams was' : 'The hardest-hit team was'} ${safe(top.key)}, with ${countOf('departure', top.count)}, ${tied ? 'alongside' : 'ahead of'} ${list(runnersUp)}.`;
}

function clause(group: MoveGroup, withRoles = false): string {
  const several = group.moves.length > 1;
  const names = group.moves.map((m) => {
    // A role change names the new role in its verb already.
    const details = withRoles && m.type !== 'role_change' ? (m.role ? safe(m.role) : roleAndTeam(m)) : '';
    return `**${safe(m.personName)}**${details ? ` (${details})` : ''}`;
  });
  const shown = names.length > 3 ? [...names.slice(0, 2), plural(names.length - 2, 'other')] : names;
  return `${list(shown)} ${verbPhrase(group.moves[0]!, several)}`;
}

/** The union of the earliest and latest moves, oldest first, without repeats. */
function mergeMoves(earliest: readonly MoveRecord[], latest: readonly MoveRecord[]): MoveRecord[] {
  const byId = new Map<number, MoveRecord>();
  for (const move of [...earliest, ...latest]) byId.set(move.id, move);
  return [...byId.values()].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id - b.id);
}

function groupMoves(moves: readonly MoveRecord[]): MoveGroup[] {
  const groups: MoveGroup[] = [];
  for (const move of moves) {
    const date = formatDate(move.occurredAt, move.datePrecision);
    const verb = verbPhrase(move);
    const last = groups.at(-1);
    if (last && last.date === date && last.verb === verb) last.moves.push(move);
    else groups.push({ moves: [move], date, verb });
  }
  return groups;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
