// Renders a neutral message as plain terminal text (the CLI's output).
import type { NeutralMessage } from './neutral-message.js';

/** Markdown-lite to plain text: keeps link targets visible since a terminal cannot click labels. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 <$2>')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

export function renderText(message: NeutralMessage): string {
  const out: string[] = [];
  if (message.title) {
    out.push(message.title, '='.repeat(Math.min(message.title.length, 72)));
  }
  if (message.url) out.push(message.url);
  if (message.text) out.push(plainText(message.text));
  if (message.fields?.length) {
    out.push('');
    for (const field of message.fields) {
      const value = plainText(field.value);
      out.push(value.includes('\n') ? `${field.name}:\n${indent(value)}` : `${field.name}: ${value}`);
    }
  }
  if (message.links?.length) {
    out.push('', 'Links:');
    for (const link of message.links) out.push(`  - ${link.label}: ${link.url}`);
  }
  if (message.image) out.push('', `[image ${message.image.filename}: ${message.image.alt}]`);
  if (message.buttons?.length) out.push('', `Actions: ${message.buttons.map((b) => `${b.label} (${b.action})`).join(', ')}`);
  if (message.footer) out.push('', message.footer);
  return out.join('\n').trimEnd() + '\n';
}

function indent(text: string): string {
  return text.split('\n').map((line) => `  ${line}`).join('\n');
}
