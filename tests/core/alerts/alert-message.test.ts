import { describe, expect, it } from 'vitest';
import { buildAlertMessage, countOutlets, describeMove, firstSource, formatEventDate, markdownLink } from '../../../src/core/alerts/alert-message.js';
import { buildDigestMessage, emptyDigestText } from '../../../src/core/alerts/digest-message.js';
import type { AlertEvent, AlertSource } from '../../../src/core/alerts/ports.js';

const source = (outlet: string, publishedAt: string | null, title = `${outlet} story`): AlertSource => ({
  url: `https://${outlet.toLowerCase().replace(/\s+/g, '')}.example/${encodeURIComponent(title)}`,
  title,
  outlet,
  publishedAt: publishedAt ? new Date(publishedAt) : null,
  addedAt: new Date('2024-05-17T12:00:00Z'),
});

const event = (overrides: Partial<AlertEvent> = {}): AlertEvent => ({
  id: 7,
  type: 'departure',
  circumstance: 'resigned',
  occurredAt: new Date('2024-05-15T00:00:00Z'),
  datePrecision: 'day',
  role: null,
  team: null,
  destination: null,
  confidence: 0.86,
  status: 'detected',
  origin: 'detected',
  createdAt: new Date('2024-05-17T12:00:00Z'),
  person: { id: 1, name: 'Ilya Sutskever', role: 'Chief scientist', team: 'Superalignment' },
  sources: [source('Vox', '2024-05-15T10:00:00Z'), source('The Verge', '2024-05-14T22:00:00Z', 'Ilya Sutskever [is] leaving OpenAI'), source('www.vox', null)],
  ...overrides,
});

describe('alert message', () => {
  it('says who, role and team, what happened, when, first source and outlet count, with moderator buttons', () => {
    const message = buildAlertMessage(event());
    expect(message.title).toBe('New exit: Ilya Sutskever resigned from OpenAI');
    expect(message.text).toContain('**Ilya Sutskever** resigned from OpenAI.');
    expect(message.text).toContain('First report: [Ilya Sutskever (is) leaving OpenAI](https://theverge.example/');
    expect(message.fields).toContainEqual({ name: 'Role', value: 'Chief scientist · Superalignment', inline: true });
    expect(message.fields).toContainEqual({ name: 'Date', value: '15 May 2024', inline: true });
    expect(message.url).toMatch(/^https:\/\/theverge\.example\//);
    expect(message.footer).toBe('Reported by 2 outlets · confidence 86% · event #7');
    expect(message.buttons).toEqual([
      { action: 'event:confirm:7', label: 'Confirm', style: 'success' },
      { action: 'event:reject:7', label: 'Reject', style: 'danger' },
    ]);
  });

  it('shows the event date only as precisely as the sources give it', () => {
    expect(formatEventDate(new Date('2024-04-01T00:00:00Z'), 'month')).toBe('April 2024');
    expect(formatEventDate(new Date('2024-01-01T00:00:00Z'), 'year')).toBe('2024');
    const message = buildAlertMessage(event({ datePrecision: 'month', occurredAt: new Date('2024-04-01T00:00:00Z') }));
    expect(message.fields).toContainEqual({ name: 'Date', value: 'April 2024', inline: true });
    expect(message.timestamp).toBeUndefined();
  });

  it('words each kind of move', () => {
    expect(describeMove({ type: 'departure', circumstance: 'fired' })).toBe('was fired from OpenAI');
    expect(describeMove({ type: 'departure', circumstance: null })).toBe('left OpenAI');
    expect(describeMove({ type: 'arrival', circumstance: 'joined' })).toBe('joined OpenAI');
    expect(describeMove({ type: 'return', circumstance: null })).toBe('returned to OpenAI');
    expect(describeMove({ type: 'role_change', circumstance: 'unknown-thing' })).toBe('changed roles at OpenAI');
  });

  it('counts outlets once and finds the earliest report', () => {
    const sources = event().sources;
    expect(countOutlets(sources)).toBe(2);
    expect(firstSource(sources)?.outlet).toBe('The Verge');
    expect(firstSource([])).toBeUndefined();
    expect(markdownLink('a [b]', 'https://x.example/(c)')).toBe('[a (b)](https://x.example/%28c%29)');
  });

  it('replaces the buttons with who moderated it, and says "now reported" on edits', () => {
    const confirmed = buildAlertMessage(event({ status: 'confirmed' }), { update: true, moderatedBy: '<@U1>' });
    expect(confirmed.buttons).toBeUndefined();
    expect(confirmed.text).toContain('✅ Confirmed by <@U1>');
    expect(confirmed.footer).toMatch(/^Now reported by 2 outlets/);
    const rejected = buildAlertMessage(event({ status: 'rejected' }));
    expect(rejected.buttons).toBeUndefined();
    expect(rejected.text).toContain('Rejected by a moderator');
  });
});

describe('digest message', () => {
  it('is null on a quiet day unless asked, then one line', () => {
    expect(buildDigestMessage({ date: '2024-05-18', moves: [], articles: [], whenEmpty: false })).toBeNull();
    expect(buildDigestMessage({ date: '2024-05-18', moves: [], articles: [], whenEmpty: true })).toEqual({ text: emptyDigestText, color: expect.any(Number) });
  });

  it('caps long lists with "and N more" and does not repeat a move’s first report among the articles', () => {
    const moves = Array.from({ length: 12 }, (_, i) => event({ id: i + 1, person: { id: i, name: `Person ${i}`, role: null, team: null } }));
    const first = firstSource(moves[0]!.sources)!;
    const message = buildDigestMessage({
      date: '2024-05-18',
      moves,
      articles: [
        { url: first.url, title: first.title, outlet: first.outlet, publishedAt: null, eventId: 1, personName: 'Person 0' },
        { url: 'https://other.example/a', title: 'Follow-up', outlet: 'Other', publishedAt: null, eventId: 1, personName: 'Person 0' },
      ],
      whenEmpty: false,
    })!;
    expect(message.text).toContain('**12 moves** in the last 24 hours (12 exits)');
    expect(message.text).toContain('…and 2 more');
    expect(message.fields?.[0]?.value).toBe('• [Follow-up](https://other.example/a) — Other (Person 0)');
  });
});
