// How the saga writes dates: always in UTC (a move has a day, not a time zone), and never more
// precisely than the sources allow — "last month" is shown as "Apr 2024", not as an invented day.

import type { DatePrecision } from '../domain.js';

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "14 May 2024", "Apr 2024" or "2022". */
export function formatDate(date: Date, precision: DatePrecision = 'day'): string {
  const year = date.getUTCFullYear();
  if (precision === 'year') return String(year);
  const month = monthNames[date.getUTCMonth()]!;
  if (precision === 'month') return `${month} ${year}`;
  return `${date.getUTCDate()} ${month} ${year}`;
}

/** "May 2024". */
export function formatMonth(date: Date): string {
  return formatDate(date, 'month');
}

/** "2024-05" → "May 2024" (month keys come from SQL grouping). */
export function formatMonthKey(key: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return key;
  return `${monthNames[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/**
 * A person's joined/left date, which has no precision column: a date at midnight UTC on 1 January
 * is a year, on the 1st of a month a month (that is how loose dates are stored, see seed-plan.ts).
 */
export function formatLooseDate(date: Date): string {
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0;
  if (midnight && date.getUTCDate() === 1) return formatDate(date, date.getUTCMonth() === 0 ? 'year' : 'month');
  return formatDate(date, 'day');
}

/** The first instant of the UTC day after `date`: makes "until 2024-05-14" include that day. */
export function endOfDay(date: Date): Date {
  const next = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1));
  return next;
}
