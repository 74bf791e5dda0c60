// /exits: recent moves, newest first, filtered by date, team and kind, a page at a time.
import { defineCommand } from '../src/core/commands/definition.js';
import { eventTypes, type EventType } from '../src/core/domain.js';
import type { ActionDefinition } from '../src/core/commands/actions.js';
import { buildExitsMessage } from '../src/core/saga/exits-message.js';
import { exitsActionPrefix, parseExitsPageAction } from '../src/core/saga/exits-paging.js';

/** The Newer / Older buttons under a page of /exits (registered in commands/index.ts actions). */
export const exitsPages = {
  prefix: exitsActionPrefix,
  async handler(ctx, parts) {
    return buildExitsMessage(await ctx.services.saga.exits(parseExitsPageAction(parts)));
  },
} satisfies ActionDefinition;

export default defineCommand({
  name: 'exits',
  description: 'Recent exits (or other moves), newest first, with sources',
  options: [
    { name: 'since', description: 'Only moves from this date (2024-05-17, 2024-05, or 30d, 6m back)', kind: 'date' },
    { name: 'team', description: 'Only this team, e.g. Superalignment', kind: 'string', autocomplete: true, maxLength: 80 },
    {
      name: 'type',
      description: 'Kind of move (default: departures)',
      kind: 'string',
      choices: [
        { name: 'departures', value: 'departure' },
        { name: 'arrivals', value: 'arrival' },
        { name: 'returns', value: 'return' },
        { name: 'role changes', value: 'role_change' },
        { name: 'all moves', value: 'all' },
      ],
    },
    { name: 'limit', description: 'Moves per page, 1-25 (default 10)', kind: 'integer', min: 1, max: 25 },
    { name: 'page', description: 'Page number (default 1)', kind: 'integer', min: 1, max: 10_000 },
  ],
  async autocomplete(ctx, option, partial) {
    return option === 'team' ? ctx.services.saga.suggestTeams(partial) : [];
  },
  async handler(ctx, { since, team, type, limit, page }) {
    const kind = type === 'all' ? undefined : ((type ?? 'departure') as EventType);
    if (kind && !eventTypes.includes(kind)) throw new Error(`unexpected type ${kind}`);
    return buildExitsMessage(await ctx.services.saga.exits({ since, team, type: kind, limit: limit ?? 10, page: page ?? 1 }));
  },
});
