// NeutralMessage -> a Discord message as plain data: one embed, button rows, the chart as an
// attachment, flags and allowed_mentions. Pure: interactions and the publisher send what this
// returns. Every Discord limit is a named constant (limits.ts); exceeding one is clipped with a
// visible "… and N more", never left for Discord to refuse with a 400.
//
// Mapping: title (+ url) -> embed title; text and links -> description (links as "• [label](url)"
// lines); fields -> embed fields; footer -> embed footer; timestamp -> embed timestamp (each reader
// sees it in their zone); color -> embed colour; image -> `attachment://<name>` with the PNG as a
// file; buttons -> ACTION_ROW of BUTTON components whose custom_id is the action id; ephemeral ->
// the EPHEMERAL flag (only meaningful for interaction replies).
import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { MessageButton, MessageField, NeutralMessage } from '../../core/messages/neutral-message.js';
import { clipMarkdown, clipPlain, link, plainDiscord, toDiscordMarkdown } from './discord-markdown.js';
import {
  maxActionRows, maxAttachmentDescription, maxButtonLabel, maxButtonsPerRow, maxCustomId, maxEmbedDescription, maxEmbedFields, maxEmbedTitle,
  maxEmbedTotal, maxEmbedUrl, maxFieldName, maxFieldValue, maxFooterText,
} from './limits.js';

/** A file sent with the message (multipart), named by the embed as `attachment://<name>`. */
interface DiscordFile {
  name: string;
  data: Buffer;
  contentType: string;
  /** Alt text. */
  description: string;
}

type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

export interface DiscordMessage {
  embeds: APIEmbed[];
  /** Always present: an empty list removes the buttons of a message being edited. */
  components: ButtonRow[];
  files: DiscordFile[];
  flags: number;
  /** Nothing a message says ever pings anyone. */
  allowed_mentions: { parse: [] };
}

const emptyValue = '\u200b';

const buttonStyles: Record<MessageButton['style'], ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger> = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
};

export function renderDiscordMessage(message: NeutralMessage): DiscordMessage {
  const { rows, hiddenButtons } = buttonRows(message.buttons ?? []);
  const file = message.image ? imageFile(message.image) : undefined;
  const embed: APIEmbed = {};
  if (message.title?.trim()) {
    embed.title = clipPlain(plainDiscord(message.title), maxEmbedTitle);
    if (message.url && isWebUrl(message.url)) embed.url = message.url;
  }
  const description = describe(message.text, message.links ?? []);
  if (description) embed.description = description;
  const footer = [message.footer?.trim() ? message.footer.trim() : undefined, hiddenButtons > 0 ? `… and ${hiddenButtons} more actions not shown` : undefined]
    .filter((p): p is string => Boolean(p))
    .join(' · ');
  if (footer) embed.footer = { text: clipPlain(plainDiscord(footer), maxFooterText) };
  if (message.timestamp && !Number.isNaN(message.timestamp.getTime())) embed.timestamp = message.timestamp.toISOString();
  if (message.color !== undefined && Number.isInteger(message.color) && message.color >= 0 && message.color <= 0xffffff) embed.color = message.color;
  if (file) embed.image = { url: `attachment://${file.name}` };
  const fields = (message.fields ?? []).map(field);
  fitEmbed(embed, fields);
  if (embed.fields?.length === 0) delete embed.fields;
  if (!embed.title && !embed.description && !embed.fields?.length && !embed.image) embed.description = emptyValue;
  return {
    embeds: [embed],
    components: rows,
    files: file ? [file] : [],
    flags: message.ephemeral ? MessageFlags.Ephemeral : 0,
    allowed_mentions: { parse: [] },
  };
}

/** Characters Discord counts toward the 6000 of a message's embeds. */
export function embedCharacters(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
}

/** Text, then link lines while they fit; links that do not fit are counted, not dropped silently. */
function describe(text: string | undefined, links: readonly { label: string; url: string }[]): string {
  const lines = links.map((l) => `• ${link(l.url, clipPlain(l.label, 200))}`);
  const linkChars = lines.reduce((sum, l) => sum + l.length + 1, 0);
  // Long text leaves room for some links (up to a quarter of the description).
  const textRoom = maxEmbedDescription - Math.min(linkChars + 2, Math.floor(maxEmbedDescription / 4));
  const body = text?.trim() ? clipMarkdown(toDiscordMarkdown(text.trim()), lines.length > 0 ? textRoom : maxEmbedDescription) : '';
  if (lines.length === 0) return body;
  let out = body ? `${body}\n` : '';
  for (let i = 0; i < lines.length; i++) {
    const remaining = lines.length - i;
    const more = remaining > 1 ? `\n… and ${remaining - 1} more links` : '';
    const line = lines[i]!;
    // Each line is only added when the "… and N more" line after it would still fit.
    if (out.length + line.length + more.length + 1 > maxEmbedDescription) return `${out}… and ${remaining} more links`;
    out += `${line}\n`;
  }
  return out.trimEnd();
}

function field(f: MessageField): APIEmbedField {
  const name = clipPlain(plainDiscord(f.name), maxFieldName) || emptyValue;
  const value = clipMarkdown(toDiscordMarkdown(f.value.trim()), maxFieldValue) || emptyValue;
  return f.inline ? { name, value, inline: true } : { name, value };
}

function moreField(hidden: number): APIEmbedField {
  return { name: '…', value: `and ${hidden} more not shown` };
}

/** Below this the description is not clipped to make room for fields; fields go first. */
const descriptionFloor = 1024;

/**
 * Keeps the embed within 25 fields and 6000 characters: clips a long description down to
 * `descriptionFloor`, then drops trailing fields (the last slot saying how many), then clips the
 * description further if it alone is still too long.
 */
function fitEmbed(embed: APIEmbed, fields: APIEmbedField[]): void {
  const over = () => embedCharacters(embed) - maxEmbedTotal;
  embed.fields = fields;
  if (fields.length <= maxEmbedFields && over() <= 0) return;
  if (embed.description && over() > 0) {
    embed.description = clipMarkdown(embed.description, Math.max(descriptionFloor, embed.description.length - over()));
  }
  for (let keep = Math.min(fields.length, maxEmbedFields); keep >= 0; keep--) {
    embed.fields = keep === fields.length ? fields : [...fields.slice(0, Math.min(keep, maxEmbedFields - 1)), moreField(fields.length - Math.min(keep, maxEmbedFields - 1))];
    if (embed.fields.length <= maxEmbedFields && over() <= 0) break;
  }
  if (embed.description && over() > 0) embed.description = clipMarkdown(embed.description, Math.max(1, embed.description.length - over()));
}

/** Buttons in rows of five, at most five rows; unusable ones (empty or over-long ids, duplicates) are skipped. */
function buttonRows(buttons: readonly MessageButton[]): { rows: ButtonRow[]; hiddenButtons: number } {
  const seen = new Set<string>();
  const usable = buttons.filter((b) => {
    if (b.action.length === 0 || b.action.length > maxCustomId || seen.has(b.action)) return false;
    seen.add(b.action);
    return true;
  });
  const shown = usable.slice(0, maxActionRows * maxButtonsPerRow);
  const rows: ButtonRow[] = [];
  for (let i = 0; i < shown.length; i += maxButtonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: shown.slice(i, i + maxButtonsPerRow).map((b) => ({
        type: ComponentType.Button,
        style: buttonStyles[b.style] ?? ButtonStyle.Secondary,
        label: clipPlain(b.label, maxButtonLabel) || 'OK',
        custom_id: b.action,
      })),
    });
  }
  return { rows, hiddenButtons: usable.length - shown.length };
}

function imageFile(image: NonNullable<NeutralMessage['image']>): DiscordFile {
  const base = image.filename.replace(/\.png$/i, '').replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 60) || 'image';
  return {
    name: `${base}.png`,
    data: Buffer.from(image.data),
    contentType: image.mimeType,
    description: clipPlain(image.alt || image.filename, maxAttachmentDescription),
  };
}

function isWebUrl(url: string): boolean {
  if (url.length > maxEmbedUrl) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
