// /stats's answer: moves by month, team and type, and how the news feeds are doing.
// Pure: built from SagaStats.
import { eventTypes, type EventType } from '../domain.js';
import { colors, type MessageField, type NeutralMessage } from '../messages/neutral-message.js';
import { formatDate, formatMonthKey } from './dates.js';
import { clip, plural, safe, typeLabels } from './move-text.js';
import type { SagaStats } from './saga-service.js';

export function buildStatsMessage(stats: SagaStats): NeutralMessage {
  const fields: MessageField[] = [
    { name: 'Moves', value: String(stats.overall.count), inline: true },
    { name: 'People', value: String(stats.people), inline: true },
    { name: 'Articles stored', value: String(stats.articles), inline: true },
  ];
  if (stats.overall.count > 0) {
    fields.push({ name: 'By type', value: eventTypes.map((t) => `${label(t)}: ${stats.byType.find((r) => r.key === t)?.count ?? 0}`).join('\n'), inline: true });
    fields.push({ name: 'By team', value: stats.byTeam.length > 0 ? stats.byTeam.map((r) => `${safe(r.key)}: ${r.count}`).join('\n') : 'no team recorded', inline: true });
    const max = Math.max(...stats.byMonth.map((r) => r.count));
    fields.push({ name: 'By month (latest 12)', value: stats.byMonth.map((r) => `\`${formatMonthKey(r.key).padEnd(8)}\` ${bar(r.count, max)} ${r.count}`).join('\n'), inline: false });
  }
  fields.push({ name: 'Feeds', value: feedHealth(stats), inline: false });
  const span = stats.overall.first && stats.overall.last ? `The record runs from ${formatDate(stats.overall.first, 'month')} to ${formatDate(stats.overall.last, 'month')}.` : 'No moves are on record yet.';
  return { title: 'Exodus Watch in numbers', text: span, fields, color: colors.info };
}

function feedHealth({ feeds }: SagaStats): string {
  if (feeds.total === 0) return 'No feeds configured: an admin can add one with /feeds add.';
  const parts = [`${plural(feeds.total, 'feed')} (${feeds.enabled} enabled): ${feeds.healthy} healthy, ${feeds.failing} failing, ${feeds.pending} not fetched yet`];
  parts.push(feeds.lastSuccessAt ? `last successful fetch ${formatDate(feeds.lastSuccessAt)} ${feeds.lastSuccessAt.toISOString().slice(11, 16)} UTC` : 'no successful fetch yet');
  const worst = feeds.worst.map((f) => `• ${safe(f.title ?? f.url)}: ${plural(f.failureCount, 'failure')} in a row${f.lastError ? ` (${clip(safe(f.lastError), 80)})` : ''}`);
  return [parts.join(' · '), ...worst].join('\n');
}

function label(type: EventType): string {
  const text = typeLabels[type].many;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function bar(count: number, max: number): string {
  return '█'.repeat(Math.max(1, Math.round((count / max) * 12)));
}
