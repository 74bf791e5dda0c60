// A command context over a real temporary database with the alerts service wired as in the app.
import type { CommandContext, Invoker } from '../../src/core/commands/definition.js';
import type { Services } from '../../src/core/services.js';
import { createAlertsRuntime, type AlertsRuntime } from '../../src/infra/alerts/alerts-runtime.js';
import type { Database } from '../../src/infra/db/client.js';
import { commands } from '../../commands/index.js';
import { fakeClock, silentLog } from '../core/alerts/fixtures.js';

export const guild = '100000000000000001';
export const here = '200000000000000001';
export const elsewhere = '200000000000000002';

export const invokers = {
  discordAdmin: { platform: 'discord', userId: '300000000000000001', workspaceId: guild, channelId: here, isAdmin: true },
  discordMember: { platform: 'discord', userId: '300000000000000002', workspaceId: guild, channelId: here, isAdmin: false },
  discordDm: { platform: 'discord', userId: '300000000000000001', channelId: here, isAdmin: true },
  slackAdmin: { platform: 'slack', userId: 'U0000001', workspaceId: 'T0000001', channelId: 'C0000001', isAdmin: true },
  cli: { platform: 'cli', userId: 'operator', isAdmin: true },
} satisfies Record<string, Invoker>;

export function alertsContext(db: Database, defaultTimezone = 'UTC'): { runtime: AlertsRuntime; context(invoker: Invoker): CommandContext } {
  const clock = fakeClock('2024-05-17T12:00:00Z');
  const runtime = createAlertsRuntime({ db, clock, log: silentLog, defaultTimezone });
  // Only the services these commands use; the others belong to other modules' tests.
  const services = { clock, alerts: runtime.admin } as unknown as Services;
  return { runtime, context: (invoker) => ({ services, invoker, commands }) };
}
