// Plain text (a header, a button label, a field name) on one line, cut to a platform's limit with an
// ellipsis: both chat adapters need the same cut.
export function clipPlain(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
