// Alerts through the real Slack publisher to the fake Slack Web API on 127.0.0.1: the alert is
// posted once as Block Kit with its buttons, a new outlet edits it in place (chat.update), and a
// channel Slack no longer knows marks the subscription broken. (The full path from a feed through
// detection is covered once the event recorder is wired into app.handleArticle.)
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App, webApi } from '@slack/bolt';
import { createSlackPublisher } from '../../../src/platforms/slack/publisher.js';
import { keyedPostRetries, webClientOptions } from '../../../src/platforms/slack/web-api.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';
import type { AlertsRuntime } from '../../../src/infra/alerts/alerts-runtime.js';
import { addEvent, addSource, alertsRuntime, fakeClock, silentLog, slackChannel } from '../../core/alerts/fixtures.js';

let fake: FakeSlack;
beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => fake?.close());

describe('alerts on Slack', () => {
  let temp: TempDatabase;
  let alerts: AlertsRuntime;
  beforeEach(async () => {
    temp = await createTempDatabase();
    alerts = alertsRuntime(temp.db, fakeClock('2024-05-17T12:00:00Z'));
    const app = new App({ token: 'xoxb-test-token', signingSecret: 's', clientOptions: webClientOptions(fake.apiUrl, { retries: 0 }), deferInitialization: true });
    const keyedPostClient = new webApi.WebClient('xoxb-test-token', webClientOptions(fake.apiUrl, keyedPostRetries));
    alerts.publishers.register(createSlackPublisher({ client: app.client, keyedPostClient, log: silentLog, rateLimit: { maxWaitMs: 2000, attempts: 2 } }));
  });
  afterEach(async () => temp.dispose());

  const posts = (channel: string) => fake.calls('chat.postMessage').filter((c) => c.params.channel === channel);

  it('posts one alert with buttons, then edits it when another outlet reports the move', async () => {
    const channel = { ...slackChannel, channelId: 'C0000101' };
    await alerts.admin.configureAlerts(channel, { enabled: true });
    const eventId = await addEvent(temp.db, { name: 'Jan Leike', destination: 'Anthropic' });
    const started = Date.now();
    await alerts.delivery.handleChanges([{ kind: 'created', eventId, origin: 'feed' }]);
    await alerts.delivery.handleChanges([{ kind: 'created', eventId, origin: 'feed' }]);
    expect(posts('C0000101')).toHaveLength(1);
    expect(posts('C0000101')[0]!.at - started).toBeLessThan(2_000);
    const body = JSON.stringify(posts('C0000101')[0]!.params);
    expect(body).toContain('Jan Leike resigned from OpenAI');
    expect(body).toContain(`event:confirm:${eventId}`);

    await addSource(temp.db, eventId, 'Vox');
    await alerts.delivery.handleChanges([{ kind: 'source_added', eventId, origin: 'feed' }]);
    const updates = fake.calls('chat.update').filter((c) => c.params.channel === 'C0000101');
    expect(updates).toHaveLength(1);
    expect(JSON.stringify(updates[0]!.params)).toContain('Now reported by 2 outlets');
    expect(posts('C0000101')).toHaveLength(1);
    const [row] = await temp.db.delivery.findMany();
    expect(updates[0]!.params.ts).toBe(row!.platformMessageId);
  });

  it('marks the subscription broken when Slack says the channel is gone', async () => {
    const channel = { ...slackChannel, channelId: 'C0000102' };
    fake.missingChannels.add('C0000102');
    await alerts.admin.configureAlerts(channel, { enabled: true });
    const eventId = await addEvent(temp.db);
    expect(await alerts.delivery.handleChanges([{ kind: 'created', eventId, origin: 'feed' }])).toMatchObject({ dead: 1 });
    expect(await temp.db.subscription.findFirstOrThrow()).toMatchObject({ state: 'broken', lastError: expect.stringContaining('channel_gone') });
  });
});
