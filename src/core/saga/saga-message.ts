// /saga's answer: the generated narrative, the key counts, and the newest moves with their
// source links. Pure: built from a SagaOverview, so it is tested without a database.
import { colors, type NeutralMessage } from '../messages/neutral-message.js';
import { formatDate } from './dates.js';
import { countOf, moveLine, plural, safe } from './move-text.js';
import { buildNarrative } from './narrative.js';
import { latestShown, type DateRange, type SagaOverview } from './saga-service.js';

export function buildSagaMessage(overview: SagaOverview): NeutralMessage {
  const title = `The OpenAI departure saga${describeRange(overview.range)}`;
  if (overview.overall.count === 0) {
    return {
      title,
      text: 'No moves are on record yet. Exodus Watch adds them as the news feeds it watches report who leaves, joins or returns to OpenAI. /stats shows the feeds and their health.',
      color: colors.info,
    };
  }
  if (overview.span.count === 0) {
    const { first, last, count } = overview.overall;
    return {
      title,
      text: `No moves${describeRange(overview.range)}. The record runs from ${formatDate(first!, 'month')} to ${formatDate(last!, 'month')} (${plural(count, 'move')}): try /saga without dates.`,
      color: colors.info,
    };
  }
  const count = (type: string) => overview.byType.find((r) => r.key === type)?.count ?? 0;
  const hardest = overview.departuresByTeam[0];
  const latest = overview.latest.slice(0, latestShown).map((m) => `• ${moveLine(m)}`);
  return {
    title,
    text: `${buildNarrative(overview)}\n\n**Latest moves**\n${latest.join('\n')}`,
    fields: [
      { name: 'Moves', value: String(overview.span.count), inline: true },
      { name: 'People', value: String(overview.people), inline: true },
      { name: 'Departures', value: String(count('departure')), inline: true },
      { name: 'Returns', value: String(count('return')), inline: true },
      { name: 'Hardest-hit team', value: hardest ? `${safe(hardest.key)} (${countOf('departure', hardest.count)})` : '—', inline: true },
    ],
    footer: 'Every move links its first source · /sources <event> lists them all · /exits pages through every move · /timeline draws them',
    color: colors.departure,
  };
}

function describeRange(range: DateRange): string {
  if (range.since && range.until) return ` from ${formatDate(range.since)} to ${formatDate(range.until)}`;
  if (range.since) return ` since ${formatDate(range.since)}`;
  if (range.until) return ` until ${formatDate(range.until)}`;
  return '';
}
