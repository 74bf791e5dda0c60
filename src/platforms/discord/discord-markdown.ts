// Converts the neutral message's markdown-lite into Discord markdown, neutralises mentions, and
// clips text to a length without cutting a link in half.
//
// Discord already speaks **bold**, _italic_, `code` and [label](url), so those pass through. What
// it speaks beyond that (~~strike~~, ||spoiler||, `# heading`, `> quote`, `-# subtext`) is escaped,
// since text from feeds must show as written. Links only stay links for http(s) targets.
//
// Mentions: every message is sent with `allowed_mentions: { parse: [] }`, so nothing pings. On top
// of that, @everyone/@here and role mentions are broken with a zero-width space so they do not even
// look like pings; user mentions (`<@123>`, e.g. "Confirmed by <@123>") stay, as embeds show them as
// names and never notify. `escapeContent` also breaks user mentions, for message content.

const zeroWidthSpace = '\u200b';

/** Markdown-lite -> Discord markdown for embed descriptions and field values. */
export function toDiscordMarkdown(markdownLite: string): string {
  const links: string[] = [];
  // Links are set aside first (behind \u0000 markers) so their URLs are not escaped.
  const withoutLinks = markdownLite.replace(/\u0000/g, '').replace(/\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g, (_m, label: string, url: string) => {
    links.push(link(url, label));
    return `\u0000${links.length - 1}\u0000`;
  });
  return neutraliseMentions(escapeExtras(withoutLinks)).replace(/\u0000(\d+)\u0000/g, (_m, i: string) => links[Number(i)] ?? '');
}

/** A masked link for http(s) targets; any other target shows as its label only. */
export function link(url: string, label: string): string {
  const safeLabel = neutraliseMentions(label.replace(/[[\]]/g, '')).trim() || 'link';
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return safeLabel;
  return `[${safeLabel}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

/** Text shown verbatim (titles, field names, footers): mentions broken, nothing else touched. */
export function plainDiscord(text: string): string {
  return neutraliseMentions(text);
}

/** For message content, where a user mention would notify if allowed_mentions were ever dropped. */
export function escapeContent(text: string): string {
  return neutraliseMentions(text).replace(/<@(!?\d)/g, `<@${zeroWidthSpace}$1`);
}

function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)\b/gi, `@${zeroWidthSpace}$1`).replace(/<@&(\d+)>/g, `<@${zeroWidthSpace}&$1>`);
}

/** Discord-only syntax that markdown-lite does not have, escaped so it shows literally. */
function escapeExtras(text: string): string {
  return text
    .replace(/~~/g, '\\~\\~')
    .replace(/\|\|/g, '\\|\\|')
    .replace(/^(\s*)(#{1,3}\s|-#\s|>\s|>>>\s)/gm, '$1\\$2');
}

/**
 * Cuts Discord markdown to `max` characters with an ellipsis, never inside a `[label](url)` link
 * (a half link shows as broken brackets).
 */
export function clipMarkdown(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const open = cut.lastIndexOf('[');
  if (open >= 0 && !/\]\([^)]*\)/.test(cut.slice(open))) cut = cut.slice(0, open);
  return `${cut.trimEnd()}…`;
}

export { clipPlain } from '../../core/messages/clip-plain.js';
