// /alerts on|off|status: whether a channel gets one alert per new staffing move, and from which
// confidence. Admin only. The CLI names the channel as discord:<guild>/<channel> or slack:<team>/<channel>.
import { defineCommandGroup, defineRunnable } from '../src/core/commands/definition.js';
import { channelLabel, channelOption, resolveChannel } from '../src/core/alerts/channel-target.js';
import { percent } from '../src/core/alerts/subscription-view.js';
import { subscriptionStatusRunnable } from '../src/core/alerts/status-runnable.js';
import { colors } from '../src/core/messages/neutral-message.js';

export default defineCommandGroup({
  name: 'alerts',
  description: 'Alert a channel once for every new move detected at OpenAI',
  admin: true,
  subcommands: [
    defineRunnable({
      name: 'on',
      description: 'Post an alert here for each new move',
      options: [
        channelOption,
        { name: 'min-confidence', description: 'Only moves detected with at least this confidence, 0 to 1 (default 0.7)', kind: 'number', min: 0, max: 1 },
      ],
      async handler(ctx, options) {
        const channel = resolveChannel(ctx.invoker, options.channel);
        const subscription = await ctx.services.alerts.configureAlerts(channel, { enabled: true, minConfidence: options['min-confidence'] });
        return {
          text: `🔔 Alerts on for ${channelLabel(channel, ctx.invoker)}: each new move detected with confidence ≥ ${percent(subscription!.minConfidence)} is posted once, with Confirm/Reject buttons for moderators. Moves detected before now are not replayed.`,
          color: colors.info,
          ephemeral: true,
        };
      },
    }),
    defineRunnable({
      name: 'off',
      description: 'Stop posting alerts here',
      options: [channelOption],
      async handler(ctx, options) {
        const channel = resolveChannel(ctx.invoker, options.channel);
        const label = channelLabel(channel, ctx.invoker);
        const subscription = await ctx.services.alerts.configureAlerts(channel, { enabled: false });
        return { text: subscription ? `🔕 Alerts off for ${label}.` : `Alerts were not on for ${label}.`, color: colors.info, ephemeral: true };
      },
    }),
    subscriptionStatusRunnable,
  ],
});
