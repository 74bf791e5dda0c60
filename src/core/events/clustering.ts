// When two reports are the same move, and what a move changes on a person's profile. Pure rules
// the recorder applies: same person, same type, close in time = one event; more sources raise
// confidence; departures set leftAt and destination, returns clear them, arrivals set joinedAt.
import { nameKey, type EventType } from '../domain.js';
import type { StaffingCandidate } from '../detection/candidate.js';
import type { EventRecord, PersonProfile } from './ports.js';

const day = 86_400_000;

/**
 * How far apart two reports of one move may be dated. Coverage of an exit trails for weeks (a
 * departure announced in May is analysed in June), while someone can be fired and back within a
 * week, so returns cluster tighter; role changes likewise, and only when their roles agree.
 */
const clusterWindowDays: Readonly<Record<EventType, number>> = {
  departure: 30,
  arrival: 30,
  return: 14,
  role_change: 21,
};

export function windowOf(type: EventType, at: Date): { from: Date; to: Date } {
  const span = clusterWindowDays[type] * day;
  return { from: new Date(at.getTime() - span), to: new Date(at.getTime() + span) };
}

/** The stored event a candidate reports again, if any: the closest in time with a compatible role. */
export function matchEvent(candidate: Pick<StaffingCandidate, 'type' | 'role'>, occurredAt: Date, nearby: readonly EventRecord[]): EventRecord | undefined {
  const compatible = nearby.filter((event) => {
    if (event.type !== candidate.type) return false;
    if (Math.abs(event.occurredAt.getTime() - occurredAt.getTime()) > clusterWindowDays[event.type] * day) return false;
    // Two different promotions of one person within weeks are two moves.
    if (event.type === 'role_change' && event.role && candidate.role && nameKey(event.role) !== nameKey(candidate.role)) return false;
    return true;
  });
  return compatible.sort((a, b) => Math.abs(a.occurredAt.getTime() - occurredAt.getTime()) - Math.abs(b.occurredAt.getTime() - occurredAt.getTime()))[0];
}

/**
 * Confidence after one more independent source: noisy-or with each new source counted at half
 * weight (outlets copy each other), never above 0.99 unless it was already certain (seed = 1).
 */
export function combineConfidence(current: number, added: number): number {
  if (current >= 1) return 1;
  const combined = 1 - (1 - current) * (1 - 0.5 * added);
  return Math.min(0.99, Math.max(current, combined));
}

/** The profile fields an event changes, given the person's current profile. */
export function profilePatch(
  profile: PersonProfile,
  event: { type: EventType; occurredAt: Date; role: string | null; team: string | null; destination: string | null },
): Partial<PersonProfile> {
  const patch: Partial<PersonProfile> = {};
  if (!profile.team && event.team) patch.team = event.team;
  switch (event.type) {
    case 'departure':
      if (!profile.leftAt || profile.leftAt.getTime() < event.occurredAt.getTime()) {
        patch.leftAt = event.occurredAt;
        if (event.destination) patch.destination = event.destination;
      } else if (!profile.destination && event.destination) {
        patch.destination = event.destination;
      }
      if (!profile.role && event.role) patch.role = event.role;
      break;
    case 'return':
      // Back at OpenAI: a departure before this return no longer stands.
      if (profile.leftAt && profile.leftAt.getTime() <= event.occurredAt.getTime()) {
        patch.leftAt = null;
        patch.destination = null;
      }
      if (event.role) patch.role = event.role;
      break;
    case 'arrival':
      if (!profile.joinedAt || profile.joinedAt.getTime() > event.occurredAt.getTime()) patch.joinedAt = event.occurredAt;
      if (event.role) patch.role = event.role;
      break;
    case 'role_change':
      if (event.role) patch.role = event.role;
      break;
  }
  for (const key of Object.keys(patch) as (keyof PersonProfile)[]) {
    const current = profile[key];
    const next = patch[key];
    const same = current instanceof Date && next instanceof Date ? current.getTime() === next.getTime() : current === next;
    if (same) delete patch[key];
  }
  return patch;
}
