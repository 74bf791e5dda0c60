// Button presses routed back from a platform. An action id is `<prefix>:<verb>:<arg>...`
// (e.g. `event:confirm:42`); the prefix picks the handler, which gets the remaining parts.
import type { NeutralMessage } from '../messages/neutral-message.js';
import type { CommandContext } from './definition.js';
import { UserError } from './errors.js';

export interface ActionDefinition {
  readonly prefix: string;
  /** Only admins/moderators may press it. */
  readonly admin?: boolean;
  /** Returns the message that replaces the one carrying the button. */
  readonly handler: (ctx: CommandContext, parts: string[]) => Promise<NeutralMessage>;
}

export async function runAction(actions: readonly ActionDefinition[], ctx: CommandContext, actionId: string): Promise<NeutralMessage> {
  const [prefix = '', ...parts] = actionId.split(':');
  const action = actions.find((a) => a.prefix === prefix);
  if (!action) throw new UserError('unknown_command', 'This button is no longer supported.');
  if (action.admin && !ctx.invoker.isAdmin) throw new UserError('forbidden', 'Only moderators can do that.');
  return action.handler(ctx, parts);
}
