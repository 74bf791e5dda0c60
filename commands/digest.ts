// /digest on|off|status: a daily summary of the last 24 hours' moves at a channel's local time
// (IANA zone, daylight-saving safe). Admin only.
import { defineCommandGroup, defineRunnable } from '../src/core/commands/definition.js';
import { channelLabel, channelOption, resolveChannel } from '../src/core/alerts/channel-target.js';
import { digestSummary } from '../src/core/alerts/subscription-view.js';
import { subscriptionStatusRunnable } from '../src/core/alerts/status-runnable.js';
import { colors } from '../src/core/messages/neutral-message.js';

/** Zones offered while typing (Discord shows at most 25 suggestions). */
export function suggestTimeZones(partial: string, limit = 25): string[] {
  const wanted = partial.trim().toLowerCase().replace(/\s+/g, '_');
  const zones = Intl.supportedValuesOf('timeZone');
  const starts = zones.filter((z) => z.toLowerCase().startsWith(wanted) || z.toLowerCase().split('/').pop()!.startsWith(wanted));
  const contains = zones.filter((z) => !starts.includes(z) && z.toLowerCase().includes(wanted));
  return [...(wanted === '' ? ['UTC'] : []), ...starts, ...contains].slice(0, limit);
}

export default defineCommandGroup({
  name: 'digest',
  description: "Post a daily digest of the last 24 hours' moves",
  admin: true,
  subcommands: [
    defineRunnable({
      name: 'on',
      description: 'Post the daily digest here',
      options: [
        channelOption,
        { name: 'time', description: 'Local time, 24-hour HH:MM (default 09:00)', kind: 'string', maxLength: 5 },
        { name: 'timezone', description: 'IANA time zone, e.g. Europe/Paris (default: the server default)', kind: 'string', maxLength: 64, autocomplete: true },
        { name: 'when-empty', description: 'Also post a one-line "no new exits" on quiet days', kind: 'boolean' },
      ],
      async autocomplete(_ctx, option, partial) {
        return option === 'timezone' ? suggestTimeZones(partial).map((z) => ({ name: z, value: z })) : [];
      },
      async handler(ctx, options) {
        const channel = resolveChannel(ctx.invoker, options.channel);
        const subscription = await ctx.services.alerts.configureDigest(channel, {
          enabled: true,
          time: options.time,
          timezone: options.timezone,
          whenEmpty: options['when-empty'],
        });
        return { text: `🗞️ Digest for ${channelLabel(channel, ctx.invoker)}: ${digestSummary(subscription!)}.`, color: colors.info, ephemeral: true };
      },
    }),
    defineRunnable({
      name: 'off',
      description: 'Stop the daily digest here',
      options: [channelOption],
      async handler(ctx, options) {
        const channel = resolveChannel(ctx.invoker, options.channel);
        const label = channelLabel(channel, ctx.invoker);
        const subscription = await ctx.services.alerts.configureDigest(channel, { enabled: false });
        return { text: subscription ? `Digest off for ${label}.` : `The digest was not on for ${label}.`, color: colors.info, ephemeral: true };
      },
    }),
    subscriptionStatusRunnable,
  ],
});
