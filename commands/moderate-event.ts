// The Confirm / Reject buttons on an alert (`event:confirm:<id>`, `event:reject:<id>`): moderators
// set the event's status; the answer replaces the pressed message, other channels' copies are edited.
import type { ActionDefinition } from '../src/core/commands/actions.js';
import { UserError } from '../src/core/commands/errors.js';

export default {
  prefix: 'event',
  admin: true,
  async handler(ctx, [verb, id]) {
    if (verb !== 'confirm' && verb !== 'reject') throw new UserError('unknown_command', 'This button is no longer supported.');
    const eventId = Number(id);
    if (!id || !/^\d{1,12}$/.test(id) || !Number.isSafeInteger(eventId) || eventId <= 0) throw new UserError('invalid_option', 'This button points to no event.');
    const { invoker } = ctx;
    return ctx.services.alerts.moderate({
      eventId,
      verb,
      // Both Discord and Slack render <@id> as the person's name.
      moderatedBy: invoker.platform === 'cli' ? invoker.userId : `<@${invoker.userId}>`,
      from: invoker.platform !== 'cli' && invoker.channelId ? { platform: invoker.platform, channelId: invoker.channelId } : undefined,
    });
  },
} satisfies ActionDefinition;
