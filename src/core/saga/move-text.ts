// How a move reads in every saga answer: the verb ("resigned", "were fired", "became Lead,
// Superalignment"), its date at the right precision, and the link to its source. Text is
// markdown-lite (see core/messages/neutral-message.ts); stored strings are made safe for it.
import type { EventType } from '../domain.js';
import { formatDate } from './dates.js';
import type { DatePrecision } from '../domain.js';
import type { MoveRecord, MoveSource } from './ports.js';

export const typeLabels: Record<EventType, { one: string; many: string }> = {
  departure: { one: 'departure', many: 'departures' },
  arrival: { one: 'arrival', many: 'arrivals' },
  return: { one: 'return', many: 'returns' },
  role_change: { one: 'role change', many: 'role changes' },
};

/** "3 departures", "1 return". */
export function countOf(type: EventType, count: number): string {
  return `${count} ${count === 1 ? typeLabels[type].one : typeLabels[type].many}`;
}

/** "12 moves", "1 person". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The verb phrase of a move, for one person or several doing the same thing. */
export function verbPhrase(move: Pick<MoveRecord, 'type' | 'circumstance' | 'role'>, several = false): string {
  const was = several ? 'were' : 'was';
  switch (move.type) {
    case 'departure':
      switch (move.circumstance) {
        case 'fired':
          return `${was} fired`;
        case 'pushed_out':
          return `${was} pushed out`;
        case 'resigned':
          return 'resigned';
        case 'quit':
          return 'quit';
        case 'sabbatical':
          return 'went on sabbatical';
        case 'retired':
          return 'retired';
        default:
          return 'left';
      }
    case 'arrival':
      return move.circumstance === 'hired' ? `${was} hired` : 'joined';
    case 'return':
      return move.circumstance === 'rehired' ? `${was} rehired` : 'returned';
    case 'role_change':
      if (move.role) return `became ${safe(move.role)}`;
      return move.circumstance === 'promoted' ? `${was} promoted` : 'changed roles';
  }
}

/** "on 14 May 2024", "in Apr 2024", "in 2022". */
export function onDate(date: Date, precision: DatePrecision): string {
  return `${precision === 'day' ? 'on' : 'in'} ${formatDate(date, precision)}`;
}

export function moveDate(move: Pick<MoveRecord, 'occurredAt' | 'datePrecision'>): string {
  return formatDate(move.occurredAt, move.datePrecision);
}

/** Whether a stored URL can be offered as a link (seed articles without an address cannot). */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s)]+$/i.test(url);
}

/** `[Vox](https://…)`, or the outlet in italics when there is no web address. */
export function sourceLink(source: Pick<MoveSource, 'outlet' | 'url'>): string {
  const label = safe(source.outlet) || 'source';
  return isWebUrl(source.url) ? `[${label}](${source.url})` : `_${label}_`;
}

/** "Chief Scientist and co-founder, Superalignment". */
export function roleAndTeam(move: Pick<MoveRecord, 'role' | 'team'> & { type?: MoveRecord['type'] }): string {
  // A role change already says its role in the verb ("became Lead, Superalignment").
  const role = move.type === 'role_change' ? null : move.role;
  return [role, move.team && !move.role?.toLowerCase().includes(move.team.toLowerCase()) && !move.role?.toLowerCase().includes(move.team.toLowerCase()) ? move.team : null]
    .filter((p): p is string => !!p)
    .map(safe)
    .join(', ');
}

/**
 * One move as a list line:
 * `**14 May 2024** · **Ilya Sutskever** resigned — Chief Scientist, Superalignment → next · [Vox](…) +1 · #12`
 */
export function moveLine(move: MoveRecord, options: { withId?: boolean } = {}): string {
  const details = roleAndTeam(move);
  const parts = [`**${moveDate(move)}** · **${safe(move.personName)}** ${verbPhrase(move)}${details ? ` — ${details}` : ''}${move.destination ? ` → ${safe(move.destination)}` : ''}`];
  if (move.source) parts.push(`${sourceLink(move.source)}${move.sourceCount > 1 ? ` +${move.sourceCount - 1}` : ''}`);
  else parts.push('_no source_');
  if (options.withId ?? true) parts.push(`\`#${move.id}\``);
  return parts.join(' · ');
}

/** Room for a list in one message: under Discord's 4096-character embed text and Slack's 3000 a section. */
export const listBudget = 2900;

/**
 * The moves as bullet lines that fit `budget` characters: full lines if they fit, else compact ones
 * (no role, team or destination), else as many compact lines as fit and a count of the rest.
 */
export function fitMoveLines(moves: readonly MoveRecord[], budget = listBudget): string {
  const full = moves.map((m) => `• ${moveLine(m)}`);
  if (full.join('\n').length <= budget) return full.join('\n');
  const compact = moves.map((m) => `• ${compactMoveLine(m)}`);
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of compact.entries()) {
    const tail = i < compact.length - 1 ? 40 : 0;
    if (used + line.length + 1 + tail > budget) {
      kept.push(`…and ${plural(compact.length - i, 'more move')} (ask for a smaller limit).`);
      break;
    }
    kept.push(line);
    used += line.length + 1;
  }
  return kept.join('\n');
}

/** `**14 May 2024** · **Ilya Sutskever** resigned · [Vox](…) · #12`. */
export function compactMoveLine(move: MoveRecord): string {
  const source = move.source ? sourceLink(move.source) : '_no source_';
  return `**${moveDate(move)}** · **${safe(move.personName)}** ${verbPhrase(move)} · ${source} · \`#${move.id}\``;
}

/**
 * Stored text (names, roles, outlets from feeds) made inert for markdown-lite: no emphasis or code
 * markers, no brackets that would start a link, no line breaks.
 */
export function safe(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[*_`~|]/g, '')
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Shortens text to `max` characters on a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
