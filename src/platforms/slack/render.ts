// NeutralMessage -> Block Kit `{ blocks, text }`, as plain data. Pure: the app and the publisher
// send what this returns. Every Block Kit limit is a named constant (limits.ts) and exceeding one
// is clipped with a visible "… and N more", never left for Slack to refuse with `invalid_blocks`.
//
// Mapping: title -> header (or a bold link when the message has a url, since headers cannot
// link); text -> sections; inline fields -> section fields (10 a section), other fields -> their
// own section; links -> a bulleted section; image -> a caption (the PNG itself is uploaded next
// to the message with files.uploadV2, as image blocks need a public URL); buttons -> actions;
// footer and timestamp -> context. The top-level `text` is always set: Slack shows it in
// notifications and to screen readers.
import type { types } from '@slack/bolt';
import type { MessageButton, MessageField, NeutralMessage } from '../../core/messages/neutral-message.js';
import {
  maxActionElements, maxActionId, maxAltText, maxBlocks, maxButtonText, maxButtonValue, maxContextText, maxFallbackText,
  maxFieldText, maxHeaderText, maxSectionFields, maxSectionText,
} from './limits.js';
import { clipMrkdwn, clipPlain, dateToken, escapeMrkdwn, link, splitMrkdwn, toMrkdwn, type MrkdwnOptions } from './mrkdwn.js';

export type Block = types.KnownBlock;

/** Our own cap (not Slack's): buttons get at most this many actions blocks. */
const maxActionBlocks = 2;

/** What chat.postMessage, chat.update and response_url accept. */
export interface SlackMessage {
  blocks: Block[];
  /** Fallback for notifications and screen readers (mrkdwn). */
  text: string;
}

export type RenderOptions = MrkdwnOptions;

export function renderSlackMessage(message: NeutralMessage, options: RenderOptions = {}): SlackMessage {
  const head = message.title ? [titleBlock(message.title, message.url)] : [];
  const body = [...textBlocks(message.text, options), ...fieldBlocks(message.fields ?? [], options), ...linkBlocks(message), ...imageBlocks(message)];
  const tail = [...actionBlocks(message.buttons ?? []), ...footerBlocks(message, options)];
  const room = maxBlocks - head.length - tail.length;
  const kept = body.length <= room ? body : [...body.slice(0, room - 1), moreBlock(body.length - (room - 1))];
  const blocks = [...head, ...kept, ...tail];
  const text = fallbackText(message, options);
  return { blocks: blocks.length > 0 ? blocks : [section(text)], text };
}

function titleBlock(title: string, url: string | undefined): Block {
  const plain = clipPlain(title, maxHeaderText);
  if (url && /^https?:\/\//i.test(url)) return section(`*${link(url, plain)}*`);
  return { type: 'header', text: { type: 'plain_text', text: plain, emoji: true } };
}

function section(mrkdwn: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: clipMrkdwn(mrkdwn, maxSectionText) } };
}

function textBlocks(text: string | undefined, options: RenderOptions): Block[] {
  if (!text?.trim()) return [];
  return splitMrkdwn(toMrkdwn(text, options), maxSectionText).map(section);
}

/** Consecutive inline fields share sections (two columns on Slack); a wide field gets its own. */
function fieldBlocks(fields: readonly MessageField[], options: RenderOptions): Block[] {
  const blocks: Block[] = [];
  let row: string[] = [];
  const flush = () => {
    if (row.length > 0) blocks.push({ type: 'section', fields: row.map((text) => ({ type: 'mrkdwn', text })) });
    row = [];
  };
  for (const field of fields) {
    const name = `*${escapeMrkdwn(clipPlain(field.name, 256))}*`;
    const value = toMrkdwn(field.value, options);
    if (field.inline) {
      row.push(clipMrkdwn(`${name}\n${value}`, maxFieldText));
      if (row.length === maxSectionFields) flush();
      continue;
    }
    flush();
    const [first = '', ...rest] = splitMrkdwn(value, maxSectionText - name.length - 1);
    blocks.push(section(`${name}\n${first}`), ...rest.map(section));
  }
  flush();
  return blocks;
}

function linkBlocks(message: NeutralMessage): Block[] {
  const lines = (message.links ?? []).map((l) => `• ${link(l.url, clipPlain(l.label, 200))}`);
  return lines.length > 0 ? splitMrkdwn(lines.join('\n'), maxSectionText).map(section) : [];
}

function imageBlocks(message: NeutralMessage): Block[] {
  if (!message.image) return [];
  const alt = clipPlain(message.image.alt || message.image.filename, maxAltText);
  return [{ type: 'context', elements: [{ type: 'mrkdwn', text: clipMrkdwn(`:bar_chart: ${escapeMrkdwn(alt)}`, maxContextText) }] }];
}

/**
 * Buttons, 25 an actions block, at most `maxActionBlocks` blocks so buttons never crowd out the
 * content. Slack needs action_ids unique within a message and at most 255 characters.
 */
function actionBlocks(buttons: readonly MessageButton[]): Block[] {
  const seen = new Set<string>();
  const usable: MessageButton[] = [];
  for (const b of buttons) {
    if (b.action.length === 0 || b.action.length > Math.min(maxActionId, maxButtonValue) || seen.has(b.action)) continue;
    seen.add(b.action);
    usable.push(b);
  }
  const shown = usable.slice(0, maxActionElements * maxActionBlocks);
  const blocks: Block[] = [];
  for (let i = 0; i < shown.length; i += maxActionElements) {
    blocks.push({ type: 'actions', elements: shown.slice(i, i + maxActionElements).map(button) });
  }
  if (usable.length > shown.length) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `_… and ${usable.length - shown.length} more buttons not shown._` }] });
  }
  return blocks;
}

function button(b: MessageButton): types.Button {
  const element: types.Button = { type: 'button', action_id: b.action, value: b.action, text: { type: 'plain_text', text: clipPlain(b.label, maxButtonText) || 'OK', emoji: true } };
  // Slack has two accent styles; "success" reads as the primary (green) one, "secondary" as the default.
  if (b.style === 'primary' || b.style === 'success') element.style = 'primary';
  if (b.style === 'danger') element.style = 'danger';
  return element;
}

function footerBlocks(message: NeutralMessage, options: RenderOptions): Block[] {
  const parts: string[] = [];
  if (message.footer?.trim()) parts.push(toMrkdwn(message.footer, options));
  if (message.timestamp && !Number.isNaN(message.timestamp.getTime())) parts.push(dateToken(message.timestamp));
  if (parts.length === 0) return [];
  return [{ type: 'context', elements: [{ type: 'mrkdwn', text: clipMrkdwn(parts.join(' · '), maxContextText) }] }];
}

function moreBlock(hidden: number): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: `_… and ${hidden} more not shown (Slack shows at most ${maxBlocks} blocks)._` }] };
}

function fallbackText(message: NeutralMessage, options: RenderOptions): string {
  const parts = [message.title ? escapeMrkdwn(clipPlain(message.title, maxHeaderText)) : undefined, message.text ? toMrkdwn(message.text, options) : undefined].filter(
    (p): p is string => !!p && p.trim() !== '',
  );
  if (parts.length === 0 && message.fields?.[0]) parts.push(escapeMrkdwn(`${message.fields[0].name}: ${message.fields[0].value}`));
  if (parts.length === 0 && message.image) parts.push(escapeMrkdwn(message.image.alt));
  return clipMrkdwn(parts.join('\n') || 'Exodus Watch', maxFallbackText);
}
