// Loads the saga's seed history into a database that has none (start-up, SEED_ON_START). Seeded
// events have origin "seed" and status "confirmed"; nothing here calls the alerts pipeline, and
// alerts only ever fire for origin "detected", so seeded facts are never announced.
import type { RosterEntry } from '../domain.js';
import type { SeedRepository, SeedResult } from './ports.js';
import { buildSeedPlan, defaultSeedHistory, type SeedHistory } from './seed-plan.js';

export type SeedOutcome = { seeded: false } | ({ seeded: true } & SeedResult);

/** Seeds once: a database that already holds seed events is left untouched. */
export async function seedSagaHistory(repository: SeedRepository, roster: readonly RosterEntry[], history: SeedHistory = defaultSeedHistory): Promise<SeedOutcome> {
  if (await repository.hasSeedEvents()) return { seeded: false };
  const result = await repository.write(buildSeedPlan(history, roster));
  return { seeded: true, ...result };
}
