// Turns the HTML of a feed summary into plain text: scripts, styles and comments removed, block
// elements become line breaks, entities decoded, whitespace collapsed. Summaries are shown in
// chat and read by detection, so no markup may survive.

/** HTML named entities feeds use, beyond the five XML predefines. */
const namedEntities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', hellip: '…', middot: '·', bull: '•', laquo: '«', raquo: '»',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
  times: '×', divide: '÷', shy: '', zwnj: '', zwj: '', thinsp: ' ', ensp: ' ', emsp: ' ', iexcl: '¡', iquest: '¿',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', aring: 'å',
  atilde: 'ã', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø', uacute: 'ú', ugrave: 'ù',
  ucirc: 'û', uuml: 'ü', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß',
  Eacute: 'É', Egrave: 'È', Aacute: 'Á', Agrave: 'À', Ouml: 'Ö', Uuml: 'Ü', Auml: 'Ä', Ccedil: 'Ç', Ntilde: 'Ñ',
  aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ', scaron: 'š', Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž',
};

/** The character a named entity stands for; own keys only, so "&constructor;" stays text. */
export function entity(name: string): string | undefined {
  return Object.hasOwn(namedEntities, name) ? namedEntities[name] : undefined;
}

/** Decodes HTML character references (named, decimal, hex); unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
      return String.fromCodePoint(code);
    }
    return entity(ref) ?? entity(ref.toLowerCase()) ?? whole;
  });
}

const blockTags = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|table|tr|td|th|figure|figcaption|hr)\b[^>]*>/gi;

/** Plain text from an HTML fragment, at most `maxLength` characters (cut at a word, with "…"). */
export function stripHtml(html: string, maxLength = 2000): string {
  let text = html
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|iframe|svg|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(blockTags, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    // A stray "<" that opens no tag stays as text; a dangling unterminated tag at the end goes.
    .replace(/<[a-z][^>]*$/i, '');
  text = decodeEntities(text)
    // Entities can spell out markup ("&lt;b&gt;") in double-escaped feeds.
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u00ad]/g, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
  text = text.replace(/\n+/g, ' ').replace(/ {2,}/g, ' ');
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > maxLength * 0.8 ? cut.slice(0, space) : cut}…`;
}
