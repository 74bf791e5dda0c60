// Pure builder of the daily digest: the last 24 hours' moves and the notable articles behind
// them, or a one-line "no new exits" for channels that asked for it (null otherwise: nothing to post).
import { colors, type MessageField, type NeutralMessage } from '../messages/neutral-message.js';
import { countOutlets, describeMove, firstSource, markdownLink, outletPhrase } from './alert-message.js';
import type { AlertEvent, DigestArticle } from './ports.js';

const digestLimits = { moves: 10, articles: 5, titleLength: 120 } as const;

export const emptyDigestText = 'No new exits at OpenAI in the last 24 hours.';

export interface DigestInput {
  /** Local date of the digest, YYYY-MM-DD. */
  date: string;
  moves: readonly AlertEvent[];
  articles: readonly DigestArticle[];
  /** Post the one-line message when there is nothing to report. */
  whenEmpty: boolean;
}

export function buildDigestMessage(input: DigestInput): NeutralMessage | null {
  const { moves } = input;
  // An article already shown as a move's first report is not repeated below it.
  const shownUrls = new Set(moves.slice(0, digestLimits.moves).map((m) => firstSource(m.sources)?.url));
  const articles = input.articles.filter((a) => !shownUrls.has(a.url));
  if (moves.length === 0 && input.articles.length === 0) {
    return input.whenEmpty ? { text: emptyDigestText, color: colors.info } : null;
  }
  const exits = moves.filter((m) => m.type === 'departure').length;
  const summary =
    moves.length === 0
      ? 'No new moves in the last 24 hours, but fresh coverage:'
      : `**${moves.length} ${moves.length === 1 ? 'move' : 'moves'}** in the last 24 hours${exits > 0 ? ` (${exits} ${exits === 1 ? 'exit' : 'exits'})` : ''}:`;
  const lines = [summary, ...moves.slice(0, digestLimits.moves).map(moveLine)];
  if (moves.length > digestLimits.moves) lines.push(`…and ${moves.length - digestLimits.moves} more (see /exits).`);

  const fields: MessageField[] = [];
  if (articles.length > 0) {
    const shown = articles.slice(0, digestLimits.articles);
    const more = articles.length - shown.length;
    fields.push({
      name: 'Notable articles',
      value: [...shown.map((a) => `• ${markdownLink(clip(a.title), a.url)} — ${a.outlet} (${a.personName})`), ...(more > 0 ? [`…and ${more} more`] : [])].join('\n'),
    });
  }
  return {
    title: `Daily digest — ${formatLocalDate(input.date)}`,
    text: lines.join('\n'),
    fields,
    footer: 'Exodus Watch · moves detected from news feeds in the last 24 hours',
    color: exits > 0 ? colors.departure : colors.info,
  };
}

function moveLine(event: AlertEvent): string {
  const source = firstSource(event.sources);
  const team = event.team ?? event.person.team;
  const where = event.destination && event.type === 'departure' ? ` → ${event.destination}` : '';
  const via = source ? ` · ${markdownLink(source.outlet, source.url)}` : '';
  return `• **${event.person.name}** ${describeMove(event)}${team ? ` (${team})` : ''}${where}${via} · ${outletPhrase(countOutlets(event.sources))}`;
}

function clip(title: string): string {
  return title.length > digestLimits.titleLength ? `${title.slice(0, digestLimits.titleLength - 1)}…` : title;
}

/** "2024-05-17" -> "Friday, 17 May 2024". */
function formatLocalDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}
