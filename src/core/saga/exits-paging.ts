// The Previous / Next buttons under /exits. A button carries its whole query in its action id
// (`exits:page:<page>:<limit>:<type>:<since>:<team>`), so pressing it needs no stored state; ids
// longer than Discord's 100-character custom_id limit get no button (the footer still says how).
import { eventTypes, type EventType } from '../domain.js';
import { UserError } from '../commands/errors.js';
import type { MessageButton } from '../messages/neutral-message.js';
import type { ExitsQuery } from './saga-service.js';

export const exitsActionPrefix = 'exits';
const maxActionId = 100;

function exitsPageAction(query: ExitsQuery, page: number): string | undefined {
  const since = query.since ? query.since.getTime().toString(36) : '-';
  const team = query.team ? encodeURIComponent(query.team) : '-';
  const id = [exitsActionPrefix, 'page', page, query.limit, query.type ?? 'all', since, team].join(':');
  return id.length <= maxActionId ? id : undefined;
}

/** The buttons for a page of `pages`. */
export function exitsPageButtons(query: ExitsQuery, pages: number): MessageButton[] {
  const buttons: MessageButton[] = [];
  const previous = query.page > 1 ? exitsPageAction(query, query.page - 1) : undefined;
  const next = query.page < pages ? exitsPageAction(query, query.page + 1) : undefined;
  if (previous) buttons.push({ action: previous, label: '← Newer', style: 'secondary' });
  if (next) buttons.push({ action: next, label: 'Older →', style: 'secondary' });
  return buttons;
}

/** Reads the parts after the prefix back into a query; a tampered id is a UserError. */
export function parseExitsPageAction(parts: readonly string[]): ExitsQuery {
  const [verb, page, limit, type, since, team] = parts;
  const number = (text: string | undefined, max: number) => (text && /^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= max ? Number(text) : undefined);
  const pageNumber = number(page, 10_000);
  const limitNumber = number(limit, 25);
  const sinceMs = since && since !== '-' && /^[0-9a-z]{1,12}$/.test(since) ? parseInt(since, 36) : undefined;
  let teamName: string | undefined;
  try {
    teamName = team && team !== '-' ? decodeURIComponent(team) : undefined;
  } catch {
    teamName = undefined;
  }
  const validType = type === 'all' || eventTypes.includes(type as EventType);
  if (verb !== 'page' || !pageNumber || !limitNumber || !validType || (since !== '-' && sinceMs === undefined) || (team !== '-' && !teamName)) {
    throw new UserError('invalid_option', 'This button no longer works: run /exits again.');
  }
  return {
    page: pageNumber,
    limit: limitNumber,
    type: type === 'all' ? undefined : (type as EventType),
    since: sinceMs === undefined ? undefined : new Date(sinceMs),
    team: teamName,
  };
}
