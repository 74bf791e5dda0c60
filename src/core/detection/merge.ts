// Merging the mentions of one article into candidates: one per person and event type, the best
// sentence as evidence, a little more confidence when several sentences agree, the stated date
// when there is one. An arrival and a role change for the same person are one arrival with a role.
// Unnamed movers ("OpenAI's robotics chief") merge per type into one candidate without a name.
import type { Circumstance, EventType } from '../domain.js';
import type { StaffingCandidate } from './candidate.js';
import type { PersonMention } from './person-mentions.js';
import type { Sentence } from './clause.js';
import { statedDate } from './temporal.js';

export interface Mention {
  person: PersonMention;
  type: EventType;
  circumstance: Circumstance;
  destination?: string;
  confidence: number;
  sentence: Sentence;
  role?: string;
  /** The mover is not named: `person` spans the words describing them ("OpenAI Robotics Chief"). */
  unnamed?: true;
}

export function mergeMentions(mentions: readonly Mention[], publishedAt: Date | null): StaffingCandidate[] {
  const byKey = new Map<string, StaffingCandidate>();
  for (const mention of mentions) {
    if (mention.confidence < 0.2) continue;
    const key = `${mention.unnamed ? '' : mention.person.name}\u0000${mention.type}`;
    const existing = byKey.get(key);
    const occurredAt = statedDate(mention.sentence.text, publishedAt) ?? publishedAt;
    if (!existing) {
      byKey.set(key, {
        personName: mention.unnamed ? null : mention.person.name,
        ...(mention.unnamed ? { moverDescription: mention.person.name } : {}),
        type: mention.type,
        circumstance: mention.circumstance,
        role: mention.role ?? mention.person.roster?.role,
        team: mention.person.roster?.team,
        destination: mention.destination,
        occurredAt,
        confidence: mention.confidence,
        evidence: mention.sentence.text,
      });
      continue;
    }
    const better = mention.confidence > existing.confidence;
    existing.confidence = Math.min(0.99, Math.max(existing.confidence, mention.confidence) + (mention.confidence >= 0.5 ? 0.03 : 0));
    if (better) {
      existing.circumstance = mention.circumstance;
      existing.evidence = mention.sentence.text;
    }
    existing.destination ??= mention.destination;
    if (mention.role && (!existing.role || existing.role === mention.person.roster?.role)) existing.role = mention.role;
    if (occurredAt && publishedAt && occurredAt.getTime() !== publishedAt.getTime()) existing.occurredAt = occurredAt;
  }
  const candidates = [...byKey.values()];
  // "OpenAI names Fidji Simo CEO of Applications ... she will join": one arrival, not also a promotion.
  const arrivals = new Set(candidates.filter((c) => c.type === 'arrival' && c.confidence >= 0.5).map((c) => c.personName));
  return candidates
    .filter((c) => !(c.type === 'role_change' && arrivals.has(c.personName)))
    .sort((a, b) => b.confidence - a.confidence || (a.personName ?? '').localeCompare(b.personName ?? ''));
}
