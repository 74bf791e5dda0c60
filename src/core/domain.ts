// Vocabulary of the domain shared by detection, events, saga and alerts. The database stores
// these as strings; the core validates them through these lists.

export const eventTypes = ['departure', 'arrival', 'return', 'role_change'] as const;
export type EventType = (typeof eventTypes)[number];

export const eventStatuses = ['detected', 'confirmed', 'rejected'] as const;
export type EventStatus = (typeof eventStatuses)[number];

/** How a move happened, when the article says. */
export const circumstances = [
  'resigned', 'quit', 'left', 'fired', 'pushed_out', 'sabbatical', 'retired',
  'joined', 'hired', 'rehired', 'returned', 'promoted', 'reassigned',
] as const;
export type Circumstance = (typeof circumstances)[number];

/** How precisely a move's date is known (Event.datePrecision): "last month" is a month, not a day. */
const datePrecisions = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/** Reads a stored precision, treating anything unknown as a day (the schema default). */
export function asDatePrecision(value: string | null | undefined): DatePrecision {
  return datePrecisions.includes(value as DatePrecision) ? (value as DatePrecision) : 'day';
}

/** A person the detector knows by name, with the spellings the press uses. */
export interface RosterEntry {
  name: string;
  /** Other names and misspellings: "Ilya", "Izmailov", "Cocateo". */
  aliases: string[];
  role?: string;
  team?: string;
  /**
   * When the person left OpenAI, as public fact (ISO date "2024-08-05" or year "2018"). Detection
   * reads a later departure from, or arrival at, another employer as no OpenAI move.
   */
  leftOpenAI?: string;
  /**
   * When the person joined OpenAI from outside (ISO date or year): an appointment then is an
   * arrival, or a return after an earlier stint.
   */
  joinedOpenAI?: string;
  /**
   * Spells at OpenAI that ended before the one joinedOpenAI and leftOpenAI describe, oldest first
   * (Karpathy left in 2017 and came back in 2023; Altman was out for four days in November 2023).
   * Joining after one is a return; an exit one has since come back from is history.
   */
  earlierStints?: readonly { joined?: string; left: string }[];
}

/**
 * The lookup form of a person's name: lower case, accents and punctuation removed, single spaces.
 * Person.nameKey and PersonAlias.aliasKey hold it, so "Cullen O’Keefe" finds "Cullen O'Keefe".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
