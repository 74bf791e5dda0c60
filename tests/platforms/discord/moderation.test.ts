// End to end on Discord with the real registry and a real SQLite database: an admin turns alerts on
// with /alerts, a detected event is delivered through the Discord publisher with Confirm/Reject
// buttons, and a moderator's press confirms the event and edits the alert in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';
import { addEvent, alertsRuntime, fakeClock } from '../../core/alerts/fixtures.js';
import type { AlertsRuntime } from '../../../src/infra/alerts/alerts-runtime.js';
import type { Services } from '../../../src/core/services.js';
import { actions, commands } from '../../../commands/index.js';
import { startHarness, type Harness } from './helpers.js';
import type { RecordedRequest } from '../../fakes/discord/fake-discord.js';

let temp: TempDatabase;
let alerts: AlertsRuntime;
let h: Harness;

beforeAll(async () => {
  temp = await createTempDatabase();
  const clock = fakeClock('2024-05-17T12:00:00Z');
  alerts = alertsRuntime(temp.db, clock);
  // Only what /alerts and the event buttons use; the other services are not involved here.
  const services = { clock, alerts: alerts.admin } as unknown as Services;
  h = await startHarness({ services, commands, actions, deferAfterMs: 1000, fake: { callbackDeadlineMs: 3000 } });
  alerts.publishers.register(h.platform.publisher);
});
afterAll(async () => {
  await h?.close();
  await alerts?.settled();
  await temp?.dispose();
});

const callback = (i: { id: string; token: string }) => h.fake.waitForRequest({ method: 'POST', path: `/interactions/${i.id}/${i.token}/callback` });
const data = (r: RecordedRequest) => (r.json as { type: number; data: Record<string, unknown> }).data;
const embed = (body: Record<string, unknown>) => (body.embeds as Record<string, unknown>[])[0]!;

describe('alerts and moderation on Discord', () => {
  let messageId: string;
  let eventId: number;

  it('lets a Manage Server admin turn alerts on for the channel, privately; a member may not', async () => {
    const refused = data(await callback(h.fake.sendChatInput('alerts', { subcommand: 'on' })));
    expect(refused.flags).toBe(64);
    expect(embed(refused).description).toBe('⚠️ /alerts is for server admins only.');

    const on = data(await callback(h.fake.sendChatInput('alerts', { subcommand: 'on', as: 'moderator', options: [{ name: 'min-confidence', type: 10, value: 0.5 }] })));
    expect(on.flags).toBe(64);
    expect(embed(on).description).toMatch(/^🔔 Alerts on for this channel/);
    const [subscription] = await temp.db.subscription.findMany();
    expect(subscription).toMatchObject({ platform: 'discord', workspaceId: h.fake.guildId, channelId: h.fake.channelId, alertsEnabled: true, minConfidence: 0.5 });
  });

  it('delivers a new event to the channel with Confirm and Reject buttons', async () => {
    eventId = await addEvent(temp.db, { name: 'Jan Leike', destination: 'Anthropic', outlets: ['The Verge'] });
    const report = await alerts.delivery.handleChanges([{ kind: 'created', eventId, origin: 'feed' }]);
    expect(report).toMatchObject({ sent: 1, dead: 0 });
    const [post] = h.fake.requests({ method: 'POST', path: `/channels/${h.fake.channelId}/messages` });
    const body = post!.json as Record<string, unknown>;
    expect(body.nonce).toMatch(/^exodus-delivery-\d+$/);
    expect(embed(body).title).toBe('New exit: Jan Leike resigned from OpenAI');
    expect(body.components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, style: 3, label: 'Confirm', custom_id: `event:confirm:${eventId}` },
          { type: 2, style: 4, label: 'Reject', custom_id: `event:reject:${eventId}` },
        ],
      },
    ]);
    const [delivery] = await temp.db.delivery.findMany();
    messageId = delivery!.platformMessageId!;
    expect(h.fake.message(messageId)).toBeDefined();
  });

  it('refuses a member who presses Reject, and leaves the event alone', async () => {
    const body = data(await callback(h.fake.sendButton(`event:reject:${eventId}`, messageId)));
    expect(body.flags).toBe(64);
    expect(embed(body).description).toBe('⚠️ Only moderators can do that.');
    expect((await temp.db.event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe('detected');
  });

  it('confirms the event when a moderator presses Confirm, editing the alert in place without buttons', async () => {
    const sent = h.fake.sendButton(`event:confirm:${eventId}`, messageId, { as: 'moderator' });
    const request = await callback(sent);
    expect((request.json as { type: number }).type).toBe(7);
    const body = data(request);
    expect(body.components).toEqual([]);
    expect(embed(body).description).toMatch(/✅ Confirmed by <@\d+>$/);
    expect((await temp.db.event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe('confirmed');
    expect(h.fake.message(messageId)!.body.components).toEqual([]);
  });
});
