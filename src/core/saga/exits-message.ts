// /exits's answer: one page of moves, newest first, each with its date, role, team, source link
// and event number (for /sources). Pure: built from an ExitsPage.
import { colors, type NeutralMessage } from '../messages/neutral-message.js';
import { formatDate } from './dates.js';
import { fitMoveLines, plural, safe, typeLabels } from './move-text.js';
import type { ExitsPage } from './saga-service.js';
import { exitsPageButtons } from './exits-paging.js';

export function buildExitsMessage(page: ExitsPage): NeutralMessage {
  const { query } = page;
  const what = query.type ? capitalise(typeLabels[query.type].many) : 'Moves';
  const filters = [query.team ? `${safe(query.team)} team` : null, query.since ? `since ${formatDate(query.since)}` : null].filter(Boolean);
  const title = `${what}${filters.length > 0 ? ` — ${filters.join(', ')}` : ''}`;
  if (page.total === 0) {
    const text =
      page.overall === 0
        ? 'No moves are on record yet. They appear here as the news feeds report them.'
        : `Nothing matches these options (${plural(page.overall, 'move')} on record in all). Try fewer options${query.type === 'departure' ? ', or type:all to include arrivals, returns and role changes' : ''}.`;
    return { title, text, color: colors.info };
  }
  const first = (query.page - 1) * query.limit + 1;
  const next = query.page < page.pages ? ` · next: /exits page:${query.page + 1}` : '';
  const buttons = exitsPageButtons(query, page.pages);
  return {
    title,
    text: fitMoveLines(page.moves),
    footer: `${first}–${first + page.moves.length - 1} of ${plural(page.total, 'move')}, newest first · page ${query.page} of ${page.pages}${next} · /sources <#> shows an event's articles`,
    color: query.type ? colors[query.type] : colors.info,
    ...(buttons.length > 0 ? { buttons } : {}),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
