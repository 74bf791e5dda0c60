// End to end, issue 8: the daily digest through the real platforms at a faked clock. Admins turn
// the digest on with the real /digest command (Discord, 09:00 Paris) and /exodus digest (Slack,
// 08:30 New York); a feed brings a new exit on Saturday 30 March 2024 (alerts are off, so nothing
// is posted then); the every-minute digest job (called directly, ARCHITECTURE rule 9) is ticked
// minute by minute through Sunday morning, when Paris moves its clocks forward: Discord's digest
// comes at 07:00 UTC (09:00 CEST, not 08:00 UTC as the day before), Slack's at 12:30 UTC (08:30
// EDT), one each, with the move and its first report. (More DST cases and quiet days:
// tests/core/alerts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlertJobs } from '../../src/infra/alerts/alerts-runtime.js';
import { rssFeed, type FeedItem } from './rss.js';
import { slackAlertsChannel, startBotHarness, waitFor, type BotHarness } from './bot-harness.js';
import type { RecordedRequest } from '../fakes/discord/fake-discord.js';

const minute = 60_000;
const start = new Date('2024-03-30T15:00:00Z');
let now = start;
const clock = { now: () => new Date(now) };

const discordZone = 'Europe/Paris';
const slackZone = 'America/New_York';
const discordDue = new Date('2024-03-31T07:00:00Z'); // 09:00 CEST, the first morning of summer time
const slackDue = new Date('2024-03-31T12:30:00Z'); // 08:30 EDT

const channel = { title: 'The Verge - AI', link: 'https://www.theverge.com/ai-artificial-intelligence' };
const history: FeedItem[] = [
  {
    title: 'OpenAI introduces Sora, its text-to-video AI model',
    link: 'https://www.theverge.com/2024/2/15/24074151/openai-sora-text-to-video-ai',
    summary: 'Sora can create videos of up to 60 seconds from a text prompt.',
    publishedAt: new Date('2024-02-15T18:00:00Z'),
  },
];
// An invented CTO: a real person's roster tenure dates would decide whether a story dated today is news.
const scoop: FeedItem = {
  title: 'OpenAI CTO Dana Whitfield is leaving the company',
  link: 'https://www.theverge.com/2024/9/25/24254546/openai-cto-dana-whitfield-leaving',
  summary: 'Dana Whitfield, OpenAI’s chief technology officer, announced on Wednesday that she is leaving the company after six and a half years.',
  publishedAt: new Date(start.getTime() - 30 * minute),
};

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness({ clock });
  h.feeds.route('/verge/ai.rss', { body: rssFeed(channel, history) });
  await h.app.services.feeds.add(h.feeds.url('/verge/ai.rss'));
}, 60_000);
afterAll(async () => h?.close());

const channelPosts = () => h.discord.requests({ method: 'POST', path: `/channels/${h.discord.channelId}/messages` });
const slackPosts = () => h.slack.calls('chat.postMessage');
const embedOf = (r: RecordedRequest) => (r.json as { embeds: { title: string; description: string; fields?: { name: string; value: string }[] }[] }).embeds[0]!;

describe('daily digest on Discord and Slack', () => {
  it('is turned on by admins with /digest in their own time zones', async () => {
    const sent = h.discord.sendChatInput('digest', {
      subcommand: 'on',
      as: 'moderator',
      options: [
        { name: 'time', type: 3, value: '09:00' },
        { name: 'timezone', type: 3, value: discordZone },
      ],
    });
    const reply = await h.discord.waitForRequest({ method: 'POST', path: `/interactions/${sent.id}/${sent.token}/callback` }, 10_000);
    expect(reply.status).toBe(204);
    expect((await h.slackCommand(`digest on time:08:30 timezone:${slackZone}`)).status).toBe(200);
    const rows = await waitFor('both digest subscriptions', async () => {
      const found = await h.app.db.subscription.findMany({ where: { digestEnabled: true }, orderBy: { platform: 'asc' } });
      return found.length === 2 && found;
    });
    expect(rows.map((s) => [s.platform, s.channelId, s.alertsEnabled, s.digestTime, s.timezone])).toEqual([
      ['discord', h.discord.channelId, false, '09:00', discordZone],
      ['slack', slackAlertsChannel, false, '08:30', slackZone],
    ]);
  });

  it('records a new exit from the feed without alerting (alerts are off)', async () => {
    await h.app.poller.runCycle({ all: true }); // history
    h.feeds.route('/verge/ai.rss', { body: rssFeed(channel, [scoop, ...history]) });
    now = new Date(start.getTime() + minute);
    expect(await h.app.poller.runCycle({ all: true })).toMatchObject({ newArticles: 1, failed: 0 });
    expect(await h.app.db.event.count({ where: { origin: 'detected' } })).toBe(1);
    expect(channelPosts()).toEqual([]);
    expect(slackPosts()).toEqual([]);
  });

  it('posts one digest per channel at its local time, listing the move and its first report', async () => {
    const digestJob = createAlertJobs(h.app.alerts).find((j) => j.name === 'daily-digests')!;
    const seenAt: Record<string, Date> = {};
    // Every minute from Saturday evening to 5 minutes after Slack's time, as cron would.
    for (let t = new Date('2024-03-30T20:00:00Z').getTime(); t <= slackDue.getTime() + 5 * minute; t += minute) {
      now = new Date(t);
      await digestJob.run();
      if (channelPosts().length > 0) seenAt.discord ??= now;
      if (slackPosts().length > 0) seenAt.slack ??= now;
    }
    expect(seenAt).toEqual({ discord: discordDue, slack: slackDue });
    expect(channelPosts()).toHaveLength(1);
    expect(slackPosts()).toHaveLength(1);

    const embed = embedOf(channelPosts()[0]!);
    expect(embed.title).toBe('Daily digest — Sunday, 31 March 2024');
    expect(embed.description).toContain('**1 move** in the last 24 hours (1 exit)');
    expect(embed.description).toContain('**Dana Whitfield**');
    // The move links its first report (which is therefore not repeated under "Notable articles").
    expect(embed.description).toContain(`[theverge.com](${scoop.link}) · 1 outlet`);

    const slack = slackPosts()[0]!;
    expect(slack.params.channel).toBe(slackAlertsChannel);
    const blocks = JSON.stringify(slack.params.blocks) + String(slack.params.text);
    expect(blocks).toContain('Daily digest — Sunday, 31 March 2024');
    expect(blocks).toContain('*1 move* in the last 24 hours (1 exit)');
    expect(blocks).toContain('*Dana Whitfield*');
    expect(blocks).toContain(`<${scoop.link}|theverge.com>`);

    const rows = await h.app.db.delivery.findMany({ where: { kind: 'digest' }, include: { subscription: true }, orderBy: { id: 'asc' } });
    expect(rows.map((d) => [d.subscription.platform, d.status, d.dedupKey])).toEqual([
      ['discord', 'sent', 'digest:2024-03-31'],
      ['slack', 'sent', 'digest:2024-03-31'],
    ]);
  });
});
