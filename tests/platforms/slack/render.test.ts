// The pure NeutralMessage -> Block Kit renderer: markdown-lite conversion, escaping, and every
// Block Kit limit clipped with a visible "and N more" rather than an invalid_blocks error.
import { describe, expect, it } from 'vitest';
import type { NeutralMessage } from '../../../src/core/messages/neutral-message.js';
import { renderSlackMessage, type Block } from '../../../src/platforms/slack/render.js';
import { clipMrkdwn, splitMrkdwn, toMrkdwn } from '../../../src/platforms/slack/mrkdwn.js';
import * as limits from '../../../src/platforms/slack/limits.js';

/** Every text in the blocks, for limit checks. */
function texts(blocks: Block[]): string[] {
  return JSON.stringify(blocks)
    .match(/"text":"((?:[^"\\]|\\.)*)"/g)!
    .map((m) => JSON.parse(m.slice(7)) as string);
}

function assertWithinLimits(blocks: Block[]): void {
  expect(blocks.length).toBeLessThanOrEqual(limits.maxBlocks);
  for (const block of blocks) {
    if (block.type === 'section') {
      if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(limits.maxSectionText);
      if (block.fields) {
        expect(block.fields.length).toBeLessThanOrEqual(limits.maxSectionFields);
        for (const f of block.fields) expect(f.text.length).toBeLessThanOrEqual(limits.maxFieldText);
      }
    }
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(limits.maxHeaderText);
    if (block.type === 'actions') expect(block.elements.length).toBeLessThanOrEqual(limits.maxActionElements);
    if (block.type === 'context') expect(block.elements.length).toBeLessThanOrEqual(limits.maxContextElements);
  }
}

describe('markdown-lite to mrkdwn', () => {
  it('converts bold and links, keeps italics and code', () => {
    expect(toMrkdwn('**Jan** _left_ `now`: [story](https://example.com/a?x=1&y=2)')).toBe('*Jan* _left_ `now`: <https://example.com/a?x=1&amp;y=2|story>');
  });

  it('escapes &, <, > so no mention, channel ping or fake link survives', () => {
    const out = toMrkdwn('<!everyone> <!channel> <!here> <@U123> <!subteam^S1> <https://evil.example|click> a & b');
    expect(out).not.toMatch(/<[!@h]/);
    expect(out).toBe('&lt;!everyone&gt; &lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;!subteam^S1&gt; &lt;https://evil.example|click&gt; a &amp; b');
  });

  it('keeps channel links, and a user mention only for the ids allowed', () => {
    expect(toMrkdwn('Alerts on for <#C0NEWS0001>, asked by <@U0ASKER1>, not <@U0OTHER1>', { mentionable: new Set(['U0ASKER1']) })).toBe(
      'Alerts on for <#C0NEWS0001>, asked by <@U0ASKER1>, not &lt;@U0OTHER1&gt;',
    );
    expect(toMrkdwn('<#C0NEWS0001|news> <!channel>')).toBe('<#C0NEWS0001> &lt;!channel&gt;');
  });

  it('links only http(s) targets and keeps a pipe from splitting a link', () => {
    expect(toMrkdwn('[run](javascript:alert(1))')).toBe('[run](javascript:alert(1))');
    expect(toMrkdwn('[a|b](https://x.example/p|q)')).toBe('<https://x.example/p%7Cq|a¦b>');
  });

  it('clips without cutting a link or an entity in half', () => {
    const text = `${'a'.repeat(10)} <https://example.com/long|label> &amp;`;
    expect(clipMrkdwn(text, 20)).toBe(`${'a'.repeat(10)}…`);
    expect(clipMrkdwn('abc &amp; def', 7)).toBe('abc…');
    expect(splitMrkdwn(`${'x'.repeat(8)}\n${'y'.repeat(8)}\n${'z'.repeat(30)}`, 17)).toEqual([`${'x'.repeat(8)}\n${'y'.repeat(8)}`, `${'z'.repeat(16)}…`]);
  });
});

describe('renderSlackMessage', () => {
  it('always has a text fallback, even for a message with only fields or an image', () => {
    expect(renderSlackMessage({ fields: [{ name: 'Exits', value: '12' }] }).text).toBe('Exits: 12');
    expect(renderSlackMessage({}).text).toBe('Exodus Watch');
    expect(renderSlackMessage({}).blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Exodus Watch' } }]);
  });

  it('renders fields: inline ones two-up in sections of 10, wide ones as their own section', () => {
    const fields = [...Array.from({ length: 13 }, (_, i) => ({ name: `F${i}`, value: `v${i}`, inline: true })), { name: 'Wide', value: 'long text' }];
    const { blocks } = renderSlackMessage({ fields });
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toMatchObject({ type: 'section', fields: expect.any(Array) });
    expect((blocks[0] as { fields: unknown[] }).fields).toHaveLength(10);
    expect((blocks[1] as { fields: unknown[] }).fields).toHaveLength(3);
    expect(blocks[2]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '*Wide*\nlong text' } });
  });

  it('renders links, the chart caption, buttons and a localised timestamp', () => {
    const message: NeutralMessage = {
      title: 'T',
      links: [{ label: 'The Verge', url: 'https://theverge.com/x' }, { label: 'bad', url: 'ftp://x' }],
      image: { filename: 't.png', mimeType: 'image/png', data: new Uint8Array([1]), alt: 'Exits <by> month' },
      buttons: [
        { action: 'event:confirm:1', label: 'Confirm', style: 'primary' },
        { action: 'event:confirm:1', label: 'Duplicate', style: 'primary' },
        { action: 'event:later:1', label: 'Later', style: 'secondary' },
      ],
      footer: '2 sources',
      timestamp: new Date('2024-05-17T12:00:00Z'),
    };
    const { blocks } = renderSlackMessage(message);
    expect(blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '• <https://theverge.com/x|The Verge>\n• bad' } });
    expect(blocks[2]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: ':bar_chart: Exits &lt;by&gt; month' }] });
    expect(blocks[3]).toEqual({
      type: 'actions',
      elements: [
        { type: 'button', action_id: 'event:confirm:1', value: 'event:confirm:1', text: { type: 'plain_text', text: 'Confirm', emoji: true }, style: 'primary' },
        { type: 'button', action_id: 'event:later:1', value: 'event:later:1', text: { type: 'plain_text', text: 'Later', emoji: true } },
      ],
    });
    expect(blocks[4]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '2 sources · <!date^1715947200^{date_short_pretty} at {time}|2024-05-17T12:00:00Z>' }] });
  });

  it('keeps an oversized message inside every limit and says what it left out', () => {
    const huge: NeutralMessage = {
      title: `A very long title ${'x'.repeat(400)}`,
      text: Array.from({ length: 200 }, (_, i) => `Line ${i} ${'word '.repeat(20)}`).join('\n'),
      fields: Array.from({ length: 60 }, (_, i) => ({ name: `Person ${i}`, value: 'y'.repeat(2500), inline: i % 2 === 0 })),
      buttons: Array.from({ length: 80 }, (_, i) => ({ action: `event:confirm:${i}`, label: `Confirm ${'z'.repeat(100)}`, style: 'success' as const })),
      footer: 'f'.repeat(5000),
    };
    const { blocks, text } = renderSlackMessage(huge);
    assertWithinLimits(blocks);
    expect(blocks).toHaveLength(limits.maxBlocks);
    expect(text.length).toBeLessThanOrEqual(limits.maxFallbackText);
    expect(JSON.stringify(blocks)).toMatch(/… and \d+ more not shown/);
    expect(JSON.stringify(blocks)).toContain('… and 30 more buttons not shown.');
    // Buttons and the footer survive the cut: they come last but are kept.
    expect(blocks.filter((b) => b.type === 'actions')).toHaveLength(2);
    expect(blocks.at(-1)!.type).toBe('context');
    for (const t of texts(blocks)) expect(t.length).toBeLessThanOrEqual(limits.maxSectionText);
  });
});
