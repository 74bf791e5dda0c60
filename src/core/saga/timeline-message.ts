// /timeline's answer: the PNG with alt text, and the same moves as text for clients (and the
// CLI) that cannot show images. Pure: built from a TimelineView.
import { colors, type NeutralMessage } from '../messages/neutral-message.js';
import { formatDate } from './dates.js';
import { clip, compactMoveLine, moveDate, plural, safe, verbPhrase } from './move-text.js';
import type { TimelineView } from './saga-service.js';

/** Moves repeated as text under the picture (the newest). */
const textLines = 15;

export function buildTimelineMessage(view: TimelineView): NeutralMessage {
  const since = view.since ? ` since ${formatDate(view.since)}` : '';
  const title = `Timeline of OpenAI staffing moves${since}`;
  if (view.moves.length === 0 || !view.image) {
    return {
      title,
      text: view.since ? `No moves${since}. Try /timeline without a date.` : 'No moves are on record yet, so there is nothing to draw.',
      color: colors.info,
    };
  }
  const lines = view.moves.slice(-textLines).map((m) => `• ${compactMoveLine(m)}`);
  const hidden = view.total - Math.min(view.moves.length, textLines);
  const alt = `Timeline of ${plural(view.moves.length, 'move')}: ${view.moves.map((m) => `${safe(m.personName)} ${verbPhrase(m)} (${moveDate(m)})`).join('; ')}.`;
  return {
    title,
    text: `${lines.join('\n')}${hidden > 0 ? `\n…and ${plural(hidden, 'earlier move')} (see /exits).` : ''}`,
    image: { filename: 'timeline.png', mimeType: 'image/png', data: view.image.png, alt: clip(alt, 1000) },
    footer: view.total > view.moves.length ? `Showing the newest ${view.moves.length} of ${view.total} moves · /timeline since:<date> narrows it` : `${plural(view.total, 'move')} · /sources <#> shows an event's articles`,
    color: colors.departure,
  };
}
