// One readable line for a failure on the bot's side (database, bug), for `/feeds status` and the
// poll report. Prisma's messages run to many lines (the call site, a code frame, then the cause);
// the full error goes to the log, the status keeps the cause. Core cannot see Prisma's error
// classes, so this reads the text: SQLite's busy and timeout errors get a fixed wording.
const maxLength = 200;

export function describeFault(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  if (/SQLITE_BUSY|database is locked|database table is locked/i.test(text)) return 'database busy: database is locked';
  if (/timed out|timeout/i.test(text) && /database|sqlite|prisma|operation|transaction|socket/i.test(text)) return 'database busy: operation timed out';
  return `internal error: ${causeLine(text)}`;
}

/** The last line that is prose: not blank, not a code frame ("  12 | ...", "→ 14 ..."), not a call site. */
function causeLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && !/^(→\s*)?\d+\s*[|│]/.test(line) && !/^Invalid `.*` invocation/.test(line) && !/^(\/|[A-Z]:\\|file:).*:\d+(:\d+)?$/.test(line));
  const line = lines.at(-1) ?? (text.replace(/\s+/g, ' ').trim() || 'unknown error');
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}
