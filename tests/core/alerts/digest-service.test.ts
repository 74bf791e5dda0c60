import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';
import type { RecordingPublisher } from '../../fakes/recording-publisher.js';
import type { AlertsRuntime } from '../../../src/infra/alerts/alerts-runtime.js';
import { emptyDigestText } from '../../../src/core/alerts/digest-message.js';
import { addEvent, addSource, recordedAlertsRuntime, discordChannel, fakeClock, slackChannel, type FakeClock } from './fixtures.js';

describe('daily digest job', () => {
  let temp: TempDatabase;
  let clock: FakeClock;
  let alerts: AlertsRuntime;
  let discord: RecordingPublisher;
  let slack: RecordingPublisher;

  beforeEach(async () => {
    temp = await createTempDatabase();
    clock = fakeClock('2024-03-09T12:00:00Z');
    ({ alerts, discord, slack } = recordedAlertsRuntime(temp.db, clock));
  });
  afterEach(async () => temp.dispose());

  /** Runs the every-minute job from `from` to `to` (UTC), as cron would. */
  async function tick(from: string, to: string): Promise<void> {
    clock.set(from);
    while (clock.now() <= new Date(to)) {
      await alerts.digests.runDue();
      clock.advance(60_000);
    }
  }

  it('posts once per local day across the spring-forward change, even for a skipped local time', async () => {
    await alerts.admin.configureDigest(discordChannel, { enabled: true, time: '02:30', timezone: 'America/New_York', whenEmpty: true });
    await tick('2024-03-10T06:40:00Z', '2024-03-10T07:40:00Z');
    await tick('2024-03-10T09:00:00Z', '2024-03-10T09:01:00Z');
    expect(discord.posts).toHaveLength(1);
    expect(discord.posts[0]!.message.text).toBe(emptyDigestText);
    expect((await temp.db.delivery.findFirstOrThrow()).dedupKey).toBe('digest:2024-03-10');
    // The row was written at 03:00 EDT = 07:00 UTC, the first local minute after 02:30.
    expect((await temp.db.delivery.findFirstOrThrow()).createdAt.toISOString()).toBe('2024-03-10T07:00:00.000Z');
  });

  it('posts once when the digest hour happens twice (fall back)', async () => {
    await alerts.admin.configureDigest(slackChannel, { enabled: true, time: '01:30', timezone: 'America/New_York', whenEmpty: true });
    await tick('2024-11-03T05:20:00Z', '2024-11-03T05:40:00Z'); // 01:30 EDT
    await tick('2024-11-03T06:20:00Z', '2024-11-03T06:40:00Z'); // 01:30 EST
    expect(slack.posts).toHaveLength(1);
    expect((await temp.db.delivery.findMany()).map((d) => d.dedupKey)).toEqual(['digest:2024-11-03']);
  });

  it('keeps 09:00 local in Paris on both sides of the change, one digest a day', async () => {
    await alerts.admin.configureDigest(discordChannel, { enabled: true, time: '09:00', timezone: 'Europe/Paris', whenEmpty: true });
    for (const [from, to] of [
      ['2024-03-30T07:55:00Z', '2024-03-30T08:10:00Z'], // CET: 09:00 = 08:00 UTC
      ['2024-03-31T06:55:00Z', '2024-03-31T07:10:00Z'], // CEST: 09:00 = 07:00 UTC
    ] as const) {
      await tick(from, to);
    }
    const rows = await temp.db.delivery.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.dedupKey, r.createdAt.toISOString()])).toEqual([
      ['digest:2024-03-30', '2024-03-30T08:00:00.000Z'],
      ['digest:2024-03-31', '2024-03-31T07:00:00.000Z'],
    ]);
    expect(discord.posts).toHaveLength(2);
  });

  it("lists the last 24 hours' moves and notable articles, above the channel's confidence", async () => {
    await alerts.admin.configureDigest(discordChannel, { enabled: true, time: '09:00', timezone: 'UTC' });
    const jan = await addEvent(temp.db, { name: 'Jan Leike', destination: 'Anthropic', createdAt: new Date('2024-05-17T10:00:00Z'), outlets: ['The Verge', 'Vox'] });
    await addEvent(temp.db, { name: 'Ilya Sutskever', createdAt: new Date('2024-05-16T08:00:00Z') }); // older than 24 h
    await addEvent(temp.db, { name: 'Low Confidence', confidence: 0.3, createdAt: new Date('2024-05-17T10:00:00Z') });
    await addEvent(temp.db, { name: 'Seeded Person', origin: 'seed', createdAt: new Date('2024-05-17T10:00:00Z') });
    await addSource(temp.db, jan, 'Bloomberg');
    clock.set('2024-05-18T09:00:00Z');
    expect(await alerts.digests.runDue()).toMatchObject({ queued: 1, sent: 1 });
    const message = discord.posts[0]!.message;
    expect(message.title).toBe('Daily digest — Saturday, 18 May 2024');
    expect(message.text).toContain('**1 move** in the last 24 hours (1 exit)');
    expect(message.text).toContain('**Jan Leike** resigned from OpenAI (Superalignment) → Anthropic');
    expect(message.text).toContain('3 outlets');
    expect(message.text).not.toContain('Ilya');
    expect(message.text).not.toContain('Low Confidence');
    expect(message.text).not.toContain('Seeded Person');
    expect(message.fields?.[0]?.name).toBe('Notable articles');
    expect(message.fields?.[0]?.value).toContain('Bloomberg');
  });

  it('skips a quiet day unless the channel asked for the one-line note', async () => {
    await alerts.admin.configureDigest(discordChannel, { enabled: true, time: '09:00', timezone: 'UTC', whenEmpty: false });
    clock.set('2024-05-18T09:00:00Z');
    expect(await alerts.digests.runDue()).toMatchObject({ queued: 1, sent: 0, skipped: 1 });
    expect(discord.posts).toEqual([]);
    expect(await alerts.digests.runDue()).toMatchObject({ queued: 0 }); // decided for the day
    expect((await temp.db.delivery.findFirstOrThrow()).status).toBe('skipped');
  });

  it('retries a failed digest through the delivery sweep', async () => {
    await alerts.admin.configureDigest(discordChannel, { enabled: true, time: '09:00', timezone: 'UTC', whenEmpty: true });
    clock.set('2024-05-18T09:00:00Z');
    discord.failNext('transient');
    expect(await alerts.digests.runDue()).toMatchObject({ retrying: 1 });
    clock.advance(60_000);
    expect(await alerts.digests.runDue()).toMatchObject({ queued: 0 });
    expect(await alerts.delivery.sweep()).toMatchObject({ sent: 1 });
    expect(discord.posts).toHaveLength(1);
  });
});
