// Converts the neutral message's markdown-lite into Slack mrkdwn, and clips or splits mrkdwn to a
// length without breaking a link or an entity in half.
//
// Everything a message carries may come from a feed or a user, so it is escaped first (&, <, >):
// Slack only acts on `<!here>`, `<!channel>`, `<!everyone>`, `<@U…>`, `<#C…>` and `<!subteam^…>`
// written with real angle brackets, so escaped text can never ping anyone. The only angle
// brackets in the output are the ones this module writes itself: http(s) links, dates, channel
// links (which notify nobody) and mentions of user ids the caller explicitly allows.

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface MrkdwnOptions {
  /**
   * User ids whose `<@U…>` stays a real mention (the person who typed the command or pressed the
   * button, named in the answer to them). Every other user mention is shown escaped, inert.
   */
  mentionable?: ReadonlySet<string>;
}

/**
 * `**bold**` -> `*bold*`, `[label](https://url)` -> `<https://url|label>`; `_italic_` and `code`
 * are the same in both. Channel references (`<#C…>`) stay links: they notify nobody.
 */
export function toMrkdwn(markdownLite: string, options: MrkdwnOptions = {}): string {
  return escapeMrkdwn(markdownLite)
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, (_m, label: string, url: string) => link(url, label, true))
    .replace(/\*\*([^*\n]+)\*\*/g, '*$1*')
    .replace(/&lt;#([CGD][A-Z0-9]{2,})(?:\|[^&<>]*)?&gt;/g, '<#$1>')
    .replace(/&lt;@([UW][A-Z0-9]{2,})&gt;/g, (token, id: string) => (options.mentionable?.has(id) ? `<@${id}>` : token));
}

/**
 * A mrkdwn link. `escaped` says whether url and label were escaped already. Only http(s) targets
 * become links; anything else stays visible text so a `javascript:` or `slack://` target does nothing.
 */
export function link(url: string, label: string, escaped = false): string {
  const safeLabel = (escaped ? label : escapeMrkdwn(label)).replace(/\|/g, '¦').trim() || 'link';
  if (!/^https?:\/\//i.test(url)) return safeLabel;
  const safeUrl = (escaped ? url : escapeMrkdwn(url)).replace(/\|/g, '%7C');
  return `<${safeUrl}|${safeLabel}>`;
}

/** Slack's own date token: each reader sees the time in their zone; the fallback is UTC ISO. */
export function dateToken(date: Date): string {
  const seconds = Math.floor(date.getTime() / 1000);
  return `<!date^${seconds}^{date_short_pretty} at {time}|${date.toISOString().replace(/\.\d{3}Z$/, 'Z')}>`;
}

/** Cuts mrkdwn to `max` characters (with an ellipsis), never inside a `<…>` token or an `&…;` entity. */
export function clipMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const open = cut.lastIndexOf('<');
  if (open > cut.lastIndexOf('>')) cut = cut.slice(0, open);
  cut = cut.replace(/&[a-z]{0,4}$/i, '');
  return `${cut.trimEnd()}…`;
}

export { clipPlain } from '../../core/messages/clip-plain.js';

/**
 * Splits mrkdwn into chunks of at most `max` characters, preferring line breaks, then spaces; a
 * single word longer than `max` is clipped rather than split mid-token.
 */
export function splitMrkdwn(text: string, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim() !== '') chunks.push(current.trimEnd());
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    push();
    if (line.length <= max) {
      current = line;
      continue;
    }
    // One very long line: fill chunks word by word.
    for (const word of line.split(' ')) {
      const next = current === '' ? word : `${current} ${word}`;
      if (next.length <= max) current = next;
      else {
        push();
        current = clipMrkdwn(word, max);
      }
    }
  }
  push();
  return chunks;
}
