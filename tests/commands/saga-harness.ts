// A seeded (or empty) temp database with the saga service wired as the app wires it, and a
// `run` that goes through runCommand, so option validation is exercised like on every platform.
import type { CommandContext } from '../../src/core/commands/definition.js';
import { runCommand } from '../../src/core/commands/dispatch.js';
import type { Services } from '../../src/core/services.js';
import { roster } from '../../src/core/detection/roster.js';
import { createSagaService } from '../../src/core/saga/saga-service.js';
import { seedSagaHistory } from '../../src/core/saga/seed-saga.js';
import { createSagaRepository } from '../../src/infra/db/saga-repository.js';
import { createSeedRepository } from '../../src/infra/db/seed-repository.js';
import { createResvgTimelineRenderer } from '../../src/infra/charts/resvg-timeline-renderer.js';
import { commands } from '../../commands/index.js';
import { createTempDatabase, type TempDatabase } from '../helpers/temp-database.js';

export const harnessNow = new Date('2024-06-01T12:00:00Z');

export interface SagaHarness {
  db: TempDatabase['db'];
  ctx: CommandContext;
  run(command: string, options?: Record<string, unknown>): ReturnType<typeof runCommand>;
  /** The id of the seed event of `person` of this type. */
  eventId(person: string, type?: string): Promise<number>;
  dispose(): Promise<void>;
}

export async function createSagaHarness(options: { seed?: boolean } = {}): Promise<SagaHarness> {
  const temp = await createTempDatabase();
  if (options.seed ?? true) await seedSagaHistory(createSeedRepository(temp.db), roster);
  const saga = createSagaService({ repository: createSagaRepository(temp.db), renderer: createResvgTimelineRenderer() });
  // Only the services the saga commands use; the rest of Services belongs to other domains.
  const services = { clock: { now: () => harnessNow }, saga } as unknown as Services;
  const ctx: CommandContext = { services, invoker: { platform: 'cli', userId: 'tester', isAdmin: false }, commands };
  return {
    db: temp.db,
    ctx,
    run: (command, opts = {}) => runCommand(ctx, { command, options: opts }),
    async eventId(person, type = 'departure') {
      const event = await temp.db.event.findFirstOrThrow({ where: { person: { name: person }, type }, select: { id: true } });
      return event.id;
    },
    dispose: temp.dispose,
  };
}
