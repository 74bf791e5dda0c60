import { describe, expect, it } from 'vitest';
import { embedCharacters, renderDiscordMessage } from '../../../src/platforms/discord/render.js';
import { escapeContent, toDiscordMarkdown } from '../../../src/platforms/discord/discord-markdown.js';
import {
  maxButtonLabel, maxCustomId, maxEmbedDescription, maxEmbedFields, maxEmbedTitle, maxEmbedTotal, maxFieldName, maxFieldValue, maxFooterText,
} from '../../../src/platforms/discord/limits.js';
import type { MessageButton } from '../../../src/core/messages/neutral-message.js';
import { png } from './helpers.js';

describe('renderDiscordMessage', () => {
  it('maps every part of a neutral message to one embed, buttons, the chart file and flags', () => {
    const rendered = renderDiscordMessage({
      title: 'New exit: Jan Leike resigned from OpenAI',
      url: 'https://www.theverge.com/story',
      text: '**Jan Leike** resigned, _citing_ safety. See [the post](https://x.com/janleike/status/1).',
      fields: [
        { name: 'Role', value: 'Head of alignment', inline: true },
        { name: 'Went to', value: 'Anthropic', inline: true },
        { name: 'Evidence', value: 'long quote' },
      ],
      links: [{ label: 'The Verge', url: 'https://www.theverge.com/story' }, { label: 'Bloomberg', url: 'https://www.bloomberg.com/x' }],
      image: { filename: 'timeline.png', mimeType: 'image/png', data: png, alt: 'Departures per month, May 2024 peak' },
      buttons: [
        { action: 'event:confirm:42', label: 'Confirm', style: 'success' },
        { action: 'event:reject:42', label: 'Reject', style: 'danger' },
      ],
      footer: '3 sources',
      timestamp: new Date('2024-05-17T12:00:00Z'),
      color: 0xd9534f,
    });
    expect(rendered).toEqual({
      embeds: [
        {
          title: 'New exit: Jan Leike resigned from OpenAI',
          url: 'https://www.theverge.com/story',
          description:
            '**Jan Leike** resigned, _citing_ safety. See [the post](https://x.com/janleike/status/1).\n• [The Verge](https://www.theverge.com/story)\n• [Bloomberg](https://www.bloomberg.com/x)',
          fields: [
            { name: 'Role', value: 'Head of alignment', inline: true },
            { name: 'Went to', value: 'Anthropic', inline: true },
            { name: 'Evidence', value: 'long quote' },
          ],
          footer: { text: '3 sources' },
          timestamp: '2024-05-17T12:00:00.000Z',
          color: 0xd9534f,
          image: { url: 'attachment://timeline.png' },
        },
      ],
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 3, label: 'Confirm', custom_id: 'event:confirm:42' },
            { type: 2, style: 4, label: 'Reject', custom_id: 'event:reject:42' },
          ],
        },
      ],
      files: [{ name: 'timeline.png', data: Buffer.from(png), contentType: 'image/png', description: 'Departures per month, May 2024 peak' }],
      flags: 0,
      allowed_mentions: { parse: [] },
    });
  });

  it('sets the ephemeral flag and always sends an empty component list (it removes old buttons on edits)', () => {
    const rendered = renderDiscordMessage({ text: 'only you see this', ephemeral: true });
    expect(rendered.flags).toBe(64);
    expect(rendered.components).toEqual([]);
    expect(rendered.files).toEqual([]);
  });

  it('never produces an empty embed, an invalid url, or an out-of-range colour', () => {
    const rendered = renderDiscordMessage({ title: 'x', url: 'javascript:alert(1)', color: 0x1000000 });
    expect(rendered.embeds[0]).toEqual({ title: 'x' });
    expect(renderDiscordMessage({}).embeds[0]!.description).toBe('\u200b');
  });

  it('clips title, field names and values, and footer to their limits', () => {
    const rendered = renderDiscordMessage({
      title: 't'.repeat(400),
      fields: [{ name: 'n'.repeat(300), value: 'v'.repeat(2000) }, { name: '', value: '' }],
      footer: 'f'.repeat(3000),
    });
    const embed = rendered.embeds[0]!;
    expect(embed.title).toHaveLength(maxEmbedTitle);
    expect(embed.title!.endsWith('…')).toBe(true);
    expect(embed.fields![0]!.name).toHaveLength(maxFieldName);
    expect(embed.fields![0]!.value).toHaveLength(maxFieldValue);
    // Discord refuses empty names and values: they become a zero-width space.
    expect(embed.fields![1]).toEqual({ name: '\u200b', value: '\u200b' });
    expect(embed.footer!.text).toHaveLength(maxFooterText);
  });

  it('keeps 25 fields at most, the last one saying how many more there were', () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({ name: `F${i}`, value: `v${i}`, inline: true }));
    const embed = renderDiscordMessage({ fields }).embeds[0]!;
    expect(embed.fields).toHaveLength(maxEmbedFields);
    expect(embed.fields![23]).toEqual({ name: 'F23', value: 'v23', inline: true });
    expect(embed.fields![24]).toEqual({ name: '…', value: 'and 16 more not shown' });
  });

  it('stays within 6000 characters in total, dropping trailing fields with a count', () => {
    const fields = Array.from({ length: 10 }, (_, i) => ({ name: `Field ${i}`, value: 'x'.repeat(1000) }));
    const embed = renderDiscordMessage({ title: 'Big', text: 'y'.repeat(3000), fields, footer: 'footer' }).embeds[0]!;
    expect(embedCharacters(embed)).toBeLessThanOrEqual(maxEmbedTotal);
    const last = embed.fields![embed.fields!.length - 1]!;
    expect(last.name).toBe('…');
    expect(last.value).toBe(`and ${10 - (embed.fields!.length - 1)} more not shown`);
    // The description was clipped to make room, but not below a readable length.
    expect(embed.description!.length).toBeGreaterThanOrEqual(1024);
  });

  it('clips a long description without cutting a link, and counts links that did not fit', () => {
    const links = Array.from({ length: 200 }, (_, i) => ({ label: `Outlet number ${i}`, url: `https://news.example.com/articles/${i}/a-long-path` }));
    const description = renderDiscordMessage({ text: 'z'.repeat(5000), links }).embeds[0]!.description!;
    expect(description.length).toBeLessThanOrEqual(maxEmbedDescription);
    expect(description).toMatch(/… and \d+ more links$/);
    const shown = (description.match(/^• /gm) ?? []).length;
    expect(description).toContain(`and ${200 - shown} more links`);
    expect(description).not.toMatch(/\[[^\]]*$/m);
  });

  it('puts buttons five to a row, at most five rows, skipping unusable ids and noting hidden ones', () => {
    const buttons: MessageButton[] = [
      ...Array.from({ length: 28 }, (_, i) => ({ action: `x:go:${i}`, label: `B${i}`, style: 'secondary' as const })),
      { action: 'x:go:1', label: 'dup', style: 'primary' },
      { action: 'y'.repeat(maxCustomId + 1), label: 'too long', style: 'primary' },
      { action: 'x:label', label: 'L'.repeat(200), style: 'primary' },
    ];
    const rendered = renderDiscordMessage({ text: 'pick', buttons });
    expect(rendered.components).toHaveLength(5);
    expect(rendered.components.every((row) => row.components.length === 5)).toBe(true);
    const ids = rendered.components.flatMap((row) => row.components.map((b) => b.custom_id));
    expect(new Set(ids).size).toBe(25);
    expect(ids.every((id) => id.length <= maxCustomId)).toBe(true);
    expect(rendered.embeds[0]!.footer!.text).toBe('… and 4 more actions not shown');
    const labels = renderDiscordMessage({ buttons: [{ action: 'x:label', label: 'L'.repeat(200), style: 'primary' }] }).components[0]!.components[0]!;
    expect(labels.label).toHaveLength(maxButtonLabel);
  });

  it('neutralises @everyone, @here and role mentions but keeps user mentions (embeds never ping)', () => {
    const embed = renderDiscordMessage({ title: '@everyone news', text: 'hey @here and <@&123456789012345678>, from <@223456789012345678>' }).embeds[0]!;
    expect(embed.title).toBe('@\u200beveryone news');
    expect(embed.description).toBe('hey @\u200bhere and <@\u200b&123456789012345678>, from <@223456789012345678>');
    expect(escapeContent('<@223456789012345678> @everyone')).toBe('<@\u200b223456789012345678> @\u200beveryone');
  });
});

describe('toDiscordMarkdown', () => {
  it('passes markdown-lite through and escapes Discord-only syntax that feed text may contain', () => {
    expect(toDiscordMarkdown('**bold** _it_ `code` [label](https://a.example/x_(y))')).toBe('**bold** _it_ `code` [label](https://a.example/x_%28y%29)');
    expect(toDiscordMarkdown('# Not a heading\n> not a quote\n||spoiler|| ~~strike~~')).toBe('\\# Not a heading\n\\> not a quote\n\\|\\|spoiler\\|\\| \\~\\~strike\\~\\~');
  });

  it('keeps only http(s) link targets', () => {
    expect(toDiscordMarkdown('[click](javascript:alert(1)) [ok](https://ok.example)')).toBe('click [ok](https://ok.example)');
  });
});
