// /saga: the departure saga in one answer — a narrative generated from the stored events, key
// counts and the latest moves with their sources.
import { defineCommand } from '../src/core/commands/definition.js';
import { buildSagaMessage } from '../src/core/saga/saga-message.js';

export default defineCommand({
  name: 'saga',
  description: 'The OpenAI departure saga so far: what happened, who, which teams, latest moves',
  options: [
    { name: 'since', description: 'Only moves from this date (2024-05-17, 2024-05, 2024, or 30d, 6m back)', kind: 'date' },
    { name: 'until', description: 'Only moves up to this day, inclusive (2024-05-17, 2024-05, 2024)', kind: 'date' },
  ],
  async handler(ctx, { since, until }) {
    return buildSagaMessage(await ctx.services.saga.overview({ since, until }));
  },
});
