// /sources: the articles behind one event, with the sentence each one reports it in.
import { defineCommand } from '../src/core/commands/definition.js';
import { buildSourcesMessage } from '../src/core/saga/sources-message.js';

export default defineCommand({
  name: 'sources',
  description: 'The articles behind one event (its # number from /exits, /person or /saga)',
  options: [{ name: 'event', description: 'Event number, e.g. 12', kind: 'integer', required: true, min: 1 }],
  async handler(ctx, { event }) {
    return buildSourcesMessage(await ctx.services.saga.sources(event));
  },
});
