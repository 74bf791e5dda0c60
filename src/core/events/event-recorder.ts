// The event recorder: one stored article in, the events it creates or backs out. Detection finds
// the candidates; clustering decides whether each is a new move or another source for a known one;
// people's profiles follow. Recording is serialised in-process so two reports of the same move
// arriving together cannot both create it. Returns the changes for alerts to deliver.
// Events are per named person (clustering and "one alert per departure" key on the person), so a
// move whose mover the article does not name ("OpenAI's robotics chief resigns") creates nothing:
// it is logged as an unnamed move seen, and the named report that almost always follows creates
// the event.
import { nameKey, type RosterEntry } from '../domain.js';
import { detectionThreshold, type ArticleText, type StaffingCandidate } from '../detection/candidate.js';
import { detectStaffingEvents } from '../detection/detect.js';
import { roster as defaultRoster } from '../detection/roster.js';
import type { EventChange, StoredArticle } from '../pipeline.js';
import { combineConfidence, matchEvent, profilePatch, windowOf } from './clustering.js';
import type { EventRepository, PersonRepository } from './ports.js';

export interface EventRecorderDeps {
  events: EventRepository;
  people: PersonRepository;
  /** Defaults to the detector with the built-in roster. */
  detect?: (article: ArticleText) => readonly StaffingCandidate[];
  /** Supplies aliases, role and team for people created from a detection. */
  roster?: readonly RosterEntry[];
  /** Candidates below this are ignored. */
  threshold?: number;
  log?: RecorderLog;
}

/** The logging the recorder does (a pino child logger fits). */
export interface RecorderLog {
  info(fields: Record<string, unknown>, message: string): void;
}

export interface EventRecorder {
  record(article: StoredArticle): Promise<EventChange[]>;
}

export function createEventRecorder(deps: EventRecorderDeps): EventRecorder {
  const detect = deps.detect ?? ((article: ArticleText) => detectStaffingEvents(article));
  const threshold = deps.threshold ?? detectionThreshold;
  const byKey = new Map<string, RosterEntry>();
  for (const entry of deps.roster ?? defaultRoster) byKey.set(nameKey(entry.name), entry);
  let queue: Promise<unknown> = Promise.resolve();

  async function recordNow(article: StoredArticle): Promise<EventChange[]> {
    const candidates = detect({ title: article.title, summary: article.summary, source: article.source, publishedAt: article.publishedAt ?? article.fetchedAt })
      .filter((c) => c.confidence >= threshold);
    const changes: EventChange[] = [];
    const origin = article.origin === 'feed' ? 'detected' : article.origin;
    for (const candidate of candidates) {
      const name = candidate.personName;
      if (name === null) {
        deps.log?.info({ articleId: article.id, type: candidate.type, mover: candidate.moverDescription, confidence: candidate.confidence }, 'unnamed move seen');
        continue;
      }
      const entry = byKey.get(nameKey(name));
      const person = await deps.people.findOrCreate({
        name,
        role: entry?.role ?? candidate.role,
        team: entry?.team ?? candidate.team,
        aliases: entry?.aliases ?? [],
      });
      const occurredAt = candidate.occurredAt ?? article.publishedAt ?? article.fetchedAt;
      const { from, to } = windowOf(candidate.type, occurredAt);
      const known = matchEvent(candidate, occurredAt, await deps.events.findNearby(person.id, candidate.type, from, to));
      const source = { articleId: article.id, evidence: candidate.evidence.slice(0, 1000) };
      if (known) {
        const added = await deps.events.addSource(known.id, source, {
          confidence: combineConfidence(known.confidence, candidate.confidence),
          destination: known.destination ? undefined : candidate.destination,
          role: known.role ? undefined : candidate.role,
          team: known.team ? undefined : candidate.team,
        });
        // A rejected move stays rejected; its new source is kept but nobody is told.
        if (added && known.status !== 'rejected') changes.push({ kind: 'source_added', eventId: known.id, origin: article.origin });
        if (added && candidate.destination && !known.destination && known.status !== 'rejected') {
          const patch = profilePatch(person, { ...known, destination: candidate.destination });
          if (Object.keys(patch).length > 0) await deps.people.updateProfile(person.id, patch);
        }
        continue;
      }
      const event = await deps.events.create({
        personId: person.id,
        type: candidate.type,
        circumstance: candidate.circumstance,
        occurredAt,
        role: candidate.role ?? null,
        team: candidate.team ?? null,
        destination: candidate.destination ?? null,
        confidence: candidate.confidence,
        origin,
        source,
        createdAt: article.fetchedAt,
      });
      changes.push({ kind: 'created', eventId: event.id, origin: article.origin });
      const patch = profilePatch(person, event);
      if (Object.keys(patch).length > 0) await deps.people.updateProfile(person.id, patch);
      deps.log?.info({ eventId: event.id, person: name, type: candidate.type, confidence: candidate.confidence }, 'staffing event detected');
    }
    return changes;
  }

  return {
    record(article) {
      const run = queue.then(() => recordNow(article));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
