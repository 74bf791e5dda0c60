// /stats: moves by month, team and type, and the health of the news feeds.
import { defineCommand } from '../src/core/commands/definition.js';
import { buildStatsMessage } from '../src/core/saga/stats-message.js';

export default defineCommand({
  name: 'stats',
  description: 'Counts by month, team and type, and feed health',
  options: [],
  async handler(ctx) {
    return buildStatsMessage(await ctx.services.saga.stats());
  },
});
