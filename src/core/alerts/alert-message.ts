// Pure builders of the alert a channel receives for a new staffing move: who, role and team, what
// happened, where they went, when, the first source and how many outlets report it, with
// moderator buttons. The same builder renders edits ("now reported by N outlets", "Confirmed by").
import type { EventType } from '../domain.js';
import { colors, type MessageButton, type MessageField, type NeutralMessage } from '../messages/neutral-message.js';
import type { AlertEvent, AlertSource } from './ports.js';
import type { DatePrecision } from '../domain.js';

/** Phrases for "<name> … OpenAI", by circumstance, falling back on the event type. */
const circumstancePhrases: Record<string, string> = {
  resigned: 'resigned from OpenAI',
  quit: 'quit OpenAI',
  left: 'left OpenAI',
  fired: 'was fired from OpenAI',
  pushed_out: 'was pushed out of OpenAI',
  sabbatical: 'went on sabbatical from OpenAI',
  retired: 'retired from OpenAI',
  joined: 'joined OpenAI',
  hired: 'was hired by OpenAI',
  rehired: 'was rehired by OpenAI',
  returned: 'returned to OpenAI',
  promoted: 'was promoted at OpenAI',
  reassigned: 'was reassigned at OpenAI',
};

const typePhrases: Record<EventType, string> = {
  departure: 'left OpenAI',
  arrival: 'joined OpenAI',
  return: 'returned to OpenAI',
  role_change: 'changed roles at OpenAI',
};

const typeHeadings: Record<EventType, string> = {
  departure: 'New exit',
  arrival: 'New arrival',
  return: 'Return',
  role_change: 'Role change',
};

/** "resigned from OpenAI": what happened, in words. */
export function describeMove(event: Pick<AlertEvent, 'type' | 'circumstance'>): string {
  return (event.circumstance && circumstancePhrases[event.circumstance]) || typePhrases[event.type];
}

/** Outlets count once however many of their articles back the event ("www.vox.com" = "vox.com"). */
export function countOutlets(sources: readonly AlertSource[]): number {
  return new Set(sources.map((s) => s.outlet.trim().toLowerCase().replace(/^www\./, ''))).size;
}

/** The earliest report: by publication date (undated last), then by when it was attached. */
export function firstSource(sources: readonly AlertSource[]): AlertSource | undefined {
  return [...sources].sort((a, b) => {
    const pa = a.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
    const pb = b.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
    return pa - pb || a.addedAt.getTime() - b.addedAt.getTime();
  })[0];
}

/** "17 May 2024", "May 2024" or "2024" by precision, in UTC: event dates are calendar dates. */
export function formatEventDate(date: Date, precision: DatePrecision = 'day'): string {
  const parts: Intl.DateTimeFormatOptions =
    precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat('en-GB', { ...parts, timeZone: 'UTC' }).format(date);
}

/** `[label](url)` that survives brackets in headlines and parentheses in URLs. */
export function markdownLink(label: string, url: string): string {
  return `[${label.replace(/\[/g, '(').replace(/\]/g, ')')}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

export function outletPhrase(count: number): string {
  return count === 1 ? '1 outlet' : `${count} outlets`;
}

export interface AlertMessageOptions {
  /** An edit of an already-posted alert: the footer says "Now reported by". */
  update?: boolean;
  /** Who moderated it, as the platform should show them (a mention or a name). */
  moderatedBy?: string;
}

export function buildAlertMessage(event: AlertEvent, options: AlertMessageOptions = {}): NeutralMessage {
  const source = firstSource(event.sources);
  const outlets = countOutlets(event.sources);
  const role = event.role ?? event.person.role;
  const team = event.team ?? event.person.team;
  const fields: MessageField[] = [];
  if (role || team) fields.push({ name: 'Role', value: [role, team].filter(Boolean).join(' · '), inline: true });
  if (event.destination) fields.push({ name: event.type === 'departure' ? 'Went to' : 'Destination', value: event.destination, inline: true });
  fields.push({ name: 'Date', value: formatEventDate(event.occurredAt, event.datePrecision), inline: true });
  if (source) fields.push({ name: 'First reported by', value: markdownLink(source.outlet, source.url), inline: true });

  const lines = [`**${event.person.name}** ${describeMove(event)}${event.destination && event.type === 'departure' ? ` for ${event.destination}` : ''}.`];
  if (source) lines.push(`First report: ${markdownLink(source.title, source.url)}`);
  const moderation = moderationLine(event, options.moderatedBy);
  if (moderation) lines.push(moderation);

  const reported = `${options.update && outlets > 1 ? 'Now reported' : 'Reported'} by ${outletPhrase(outlets)}`;
  return {
    title: `${typeHeadings[event.type]}: ${event.person.name} ${describeMove(event)}`,
    url: source?.url,
    text: lines.join('\n'),
    fields,
    buttons: event.status === 'detected' ? moderationButtons(event.id) : undefined,
    footer: `${reported} · confidence ${Math.round(event.confidence * 100)}% · event #${event.id}`,
    timestamp: event.datePrecision === 'day' ? event.occurredAt : undefined,
    color: event.status === 'rejected' ? colors.error : colors[event.type],
  };
}

function moderationButtons(eventId: number): MessageButton[] {
  return [
    { action: `event:confirm:${eventId}`, label: 'Confirm', style: 'success' },
    { action: `event:reject:${eventId}`, label: 'Reject', style: 'danger' },
  ];
}

function moderationLine(event: AlertEvent, by: string | undefined): string | undefined {
  if (event.status === 'confirmed') return `✅ Confirmed by ${by ?? 'a moderator'}`;
  if (event.status === 'rejected') return `❌ Rejected by ${by ?? 'a moderator'}: not a real move`;
  return undefined;
}
