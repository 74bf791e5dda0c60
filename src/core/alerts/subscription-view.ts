// Pure rendering of a channel's subscription for /alerts status and /digest status, and the
// one-line confirmations of the on/off subcommands.
import { colors, type MessageField, type NeutralMessage } from '../messages/neutral-message.js';
import type { SubscriptionStatus } from './alerts-admin.js';
import type { DeliveryRecord, SubscriptionRecord } from './ports.js';

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

function alertsSummary(s: SubscriptionRecord): string {
  return s.alertsEnabled ? `on, for moves detected with confidence ≥ ${percent(s.minConfidence)}` : 'off';
}

export function digestSummary(s: SubscriptionRecord): string {
  if (!s.digestEnabled) return 'off';
  return `on, daily at ${s.digestTime} ${s.timezone}${s.digestWhenEmpty ? ', also on quiet days' : ', skipped on quiet days'}`;
}

export function renderSubscriptionStatus(label: string, status: SubscriptionStatus | null): NeutralMessage {
  if (!status) {
    return { text: `No alerts or digest for ${label}. Turn them on with \`/alerts on\` or \`/digest on\`.`, color: colors.info, ephemeral: true };
  }
  const { subscription: s, recent } = status;
  const fields: MessageField[] = [
    { name: 'Alerts', value: alertsSummary(s), inline: true },
    { name: 'Digest', value: digestSummary(s), inline: true },
    { name: 'State', value: s.state === 'broken' ? `broken — ${s.lastError ?? 'the platform refused a post'}. Fix the bot's access, then run \`/alerts on\` or \`/digest on\` again.` : 'active' },
  ];
  if (recent.length > 0) fields.push({ name: 'Latest deliveries', value: recent.map(deliveryLine).join('\n') });
  return { title: `Subscription of ${label}`, fields, color: s.state === 'broken' ? colors.error : colors.info, ephemeral: true };
}

export function renderSubscriptionList(subscriptions: readonly SubscriptionRecord[]): NeutralMessage {
  if (subscriptions.length === 0) return { text: 'No channel has alerts or a digest yet.', color: colors.info, ephemeral: true };
  return {
    title: `${subscriptions.length} subscribed ${subscriptions.length === 1 ? 'channel' : 'channels'}`,
    text: subscriptions
      .map((s) => `• \`${s.platform}:${s.workspaceId}/${s.channelId}\` — alerts ${alertsSummary(s)}; digest ${digestSummary(s)}${s.state === 'broken' ? `; **broken** (${s.lastError ?? 'refused'})` : ''}`)
      .join('\n'),
    color: colors.info,
    ephemeral: true,
  };
}

function deliveryLine(d: DeliveryRecord): string {
  const what = d.kind === 'alert' ? `alert for event #${d.eventId}` : `digest of ${d.digestDate}`;
  const when = (d.sentAt ?? d.createdAt).toISOString().slice(0, 16).replace('T', ' ');
  return `• ${what}: ${d.status}${d.lastError && d.status !== 'sent' ? ` (${d.lastError.slice(0, 80)})` : ''} — ${when} UTC`;
}
