// Reads the dates feeds write — RFC 822 in RSS ("Tue, 14 May 2024 19:03:00 EDT"), ISO 8601 in
// Atom and Dublin Core ("2024-05-14T19:03:00-04:00") — honouring the time zone, named or numeric.
// A date with no zone is read as UTC. Implausible dates (far future, before the web) become null.

/** Offsets in minutes of the zone names RFC 822 allows, plus the ones feeds use anyway. */
const zoneOffsets: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, CET: 60, MET: 60, CEST: 120, MEST: 120, EET: 120, EEST: 180,
  MSK: 180, IST: 330, SGT: 480, HKT: 480, AWST: 480, JST: 540, KST: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480,
  HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150,
};

const months: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};

/** Earliest date accepted: nothing on a news feed predates the web. */
const earliest = Date.UTC(1995, 0, 1);
/** Clock skew tolerated for dates "in the future". */
const futureSlackMs = 26 * 3600_000;

export function parseFeedDate(text: string | undefined | null, now: Date): Date | null {
  if (!text) return null;
  const value = text.trim();
  const date = parseIso(value) ?? parseRfc822(value);
  if (!date) return null;
  const time = date.getTime();
  if (Number.isNaN(time) || time < earliest || time > now.getTime() + futureSlackMs) return null;
  return date;
}

function parseIso(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$/i.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', zone] = m;
  const offset = zone ? numericOffset(zone) : 0;
  if (offset === null) return null;
  const ms = Math.round(Number(`0.${fraction}`) * 1000);
  return fromParts(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms, offset);
}

function parseRfc822(text: string): Date | null {
  // [Day,] DD Mon YYYY HH:MM[:SS] [zone]; tolerant of missing comma, two-digit years, extra spaces.
  const m = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]{1,5}|[+-]\d{4}|[+-]\d{2}:\d{2})?(?:\s*\(.*\))?$/i.exec(text);
  if (!m) return null;
  const [, d, monthName, y, h = '0', mi = '0', s = '0', zone] = m;
  const month = months[monthName!.toLowerCase()] ?? months[monthName!.toLowerCase().slice(0, 3)];
  if (month === undefined) return null;
  let year = Number(y);
  if (y!.length === 2) year += year < 70 ? 2000 : 1900;
  const offset = zone ? (/^[+-]/.test(zone) ? numericOffset(zone) : namedOffset(zone)) : 0;
  if (offset === null) return null;
  return fromParts(year, month, Number(d), Number(h), Number(mi), Number(s), 0, offset);
}

function numericOffset(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60) return null;
  return m[1] === '-' ? -minutes : minutes;
}

function namedOffset(zone: string): number | null {
  const upper = zone.toUpperCase();
  if (upper in zoneOffsets) return zoneOffsets[upper]!;
  // Single-letter military zones other than Z are too ambiguous in practice (RFC 1123 §5.2.14).
  if (/^[A-IK-Y]$/.test(upper)) return 0;
  return null;
}

function fromParts(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offsetMinutes: number): Date | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  const utc = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), ms);
  const check = new Date(Date.UTC(year, month, day));
  if (check.getUTCDate() !== day) return null;
  return new Date(utc - offsetMinutes * 60_000);
}
