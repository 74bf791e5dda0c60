// /timeline: the moves on a time axis as a PNG, with the same moves as text.
import { defineCommand } from '../src/core/commands/definition.js';
import { buildTimelineMessage } from '../src/core/saga/timeline-message.js';

export default defineCommand({
  name: 'timeline',
  description: 'The moves on a time axis, as a picture',
  options: [{ name: 'since', description: 'Start from this date (2023-11, 2024-04-01, or 6m, 1y back)', kind: 'date' }],
  async handler(ctx, { since }) {
    return buildTimelineMessage(await ctx.services.saga.timeline(since));
  },
});
