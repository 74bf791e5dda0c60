// /person: one person's profile and moves, found by name, alias or a near miss.
import { defineCommand } from '../src/core/commands/definition.js';
import { buildPersonMessage } from '../src/core/saga/person-message.js';

export default defineCommand({
  name: 'person',
  description: "A person's profile: role, team, dates, where they went, sources",
  options: [{ name: 'name', description: 'Name or part of it, e.g. Ilya Sutskever, Leike', kind: 'string', required: true, autocomplete: true, maxLength: 100 }],
  async autocomplete(ctx, option, partial) {
    return option === 'name' ? ctx.services.saga.suggestPeople(partial) : [];
  },
  async handler(ctx, { name }) {
    return buildPersonMessage(await ctx.services.saga.person(name));
  },
});
