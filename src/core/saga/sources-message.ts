// /sources's answer: the articles behind one event, each with outlet, date, link and the
// sentence that reports the move. Pure: built from EventSources.
import { colors, type NeutralMessage } from '../messages/neutral-message.js';
import { formatDate } from './dates.js';
import { clip, isWebUrl, moveDate, plural, roleAndTeam, safe, verbPhrase } from './move-text.js';
import type { EventSources } from './saga-service.js';

export function buildSourcesMessage({ move, sources }: EventSources): NeutralMessage {
  const details = roleAndTeam(move);
  const headline = `**${safe(move.personName)}** ${verbPhrase(move)} (${moveDate(move)})${details ? ` — ${details}` : ''}${move.destination ? ` → ${safe(move.destination)}` : ''}`;
  const status = move.origin === 'seed' ? 'seed history, confirmed' : move.status === 'confirmed' ? 'confirmed' : `detected, confidence ${Math.round(move.confidence * 100)}%`;
  const lines = sources.map((s, i) => {
    const title = clip(safe(s.title), 120) || 'untitled';
    const link = isWebUrl(s.url) ? `[${title}](${s.url})` : `${title} (no public link)`;
    const date = s.publishedAt ? formatDate(s.publishedAt) : 'undated';
    return `${i + 1}. **${safe(s.outlet)}**, ${date}: ${link}\n    “${clip(safe(s.evidence), 300)}”`;
  });
  const more = move.sourceCount > sources.length ? `\n…and ${plural(move.sourceCount - sources.length, 'more article')}.` : '';
  return {
    title: `Sources for event #${move.id}`,
    text: `${headline}\n\n${lines.length > 0 ? lines.join('\n') : 'No article is attached to this event.'}${more}`,
    footer: `${plural(move.sourceCount, 'article')} · ${status}`,
    color: colors[move.type],
  };
}
