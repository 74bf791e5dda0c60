// The `status` subcommand of both /alerts and /digest: a channel has one subscription for both, so
// either command shows both settings; from the CLI without --channel, every channel's.
import { defineRunnable } from '../commands/definition.js';
import { channelLabel, channelOption, resolveChannel } from './channel-target.js';
import { renderSubscriptionList, renderSubscriptionStatus } from './subscription-view.js';

export const subscriptionStatusRunnable = defineRunnable({
  name: 'status',
  description: "Show a channel's alerts and digest settings (CLI without --channel: every channel)",
  options: [channelOption],
  async handler(ctx, options) {
    if (ctx.invoker.platform === 'cli' && !options.channel) return renderSubscriptionList(await ctx.services.alerts.list());
    const channel = resolveChannel(ctx.invoker, options.channel);
    return renderSubscriptionStatus(channelLabel(channel, ctx.invoker), await ctx.services.alerts.status(channel));
  },
});
