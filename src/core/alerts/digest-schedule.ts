// When a subscription's daily digest is due, computed from the wall clock of its IANA zone with
// Intl (no offsets by hand), so daylight-saving changes neither skip nor double a digest:
// - spring forward: a digest time that does not exist that day (02:30 in New York on 10 March
//   2024) is due from the first local minute after it (03:00);
// - fall back: a time that happens twice (01:30 on 3 November 2024) is due from its first
//   occurrence, and the Delivery row keyed `digest:<local date>` keeps the second from sending again.

/** A wall-clock reading in one zone. */
export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes since local midnight, 0..1439. */
  minutes: number;
}

/** How late a digest may still go out (the bot was down at its time); it never crosses local midnight. */
export const digestCatchUpMinutes = 180;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** "09:00" -> 540; undefined unless a valid 24-hour H:MM or HH:MM. */
export function parseClockTime(text: string): number | undefined {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** "9:05" -> "09:05" (the stored form). */
export function normaliseClockTime(text: string): string | undefined {
  const minutes = parseClockTime(text);
  if (minutes === undefined) return undefined;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The canonical IANA name of a zone ("europe/paris" -> "Europe/Paris"), or undefined if unknown. */
export function canonicalTimeZone(zone: string): string | undefined {
  const trimmed = zone.trim();
  if (trimmed === '' || trimmed.length > 64) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The local date whose digest is due at `now`, or undefined when none is: due from the digest
 * time until `catchUpMinutes` later, the same local day. The caller sends it only if no delivery
 * for that date exists yet.
 */
export function dueDigestDate(
  now: Date,
  schedule: { digestTime: string; timezone: string },
  catchUpMinutes: number = digestCatchUpMinutes,
): string | undefined {
  const target = parseClockTime(schedule.digestTime);
  if (target === undefined) return undefined;
  const local = localTime(now, schedule.timezone);
  const late = local.minutes - target;
  return late >= 0 && late < catchUpMinutes ? local.date : undefined;
}
