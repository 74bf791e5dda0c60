// End to end, issue 8: a news site's feed on a local server, the real app (feeds -> detection ->
// events -> alerts) on a real SQLite file, and the real Discord and Slack platforms talking to their
// local fakes. Admins turn alerts on with the real /alerts command on each platform. The feeds'
// existing items are history and alert nobody; a fresh article about an exit is posted exactly once
// to each channel within 2 s of the poll; another outlet's report of the same exit edits those
// messages ("Now reported by 2 outlets") instead of posting again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rssFeed, type FeedItem } from './rss.js';
import { slackAlertsChannel, slackTeamId, startBotHarness, waitFor, type BotHarness } from './bot-harness.js';
import type { RecordedRequest } from '../fakes/discord/fake-discord.js';

let h: BotHarness;

const hour = 3600_000;
const daysAgo = (n: number) => new Date(Date.now() - n * 24 * hour);

/** The Verge's feed as first seen: May 2024 news, including a move detection will find. */
const vergeHistory: FeedItem[] = [
  {
    title: 'OpenAI’s Superalignment co-lead Jan Leike resigns',
    link: 'https://www.theverge.com/2024/5/15/24157570/openai-jan-leike-resigns',
    summary: 'Jan Leike, who co-led OpenAI’s Superalignment team, said he has resigned, hours after Ilya Sutskever announced his departure.',
    publishedAt: new Date('2024-05-15T17:00:00Z'),
  },
  {
    title: 'OpenAI announces GPT-4o, a faster model free for all ChatGPT users',
    link: 'https://www.theverge.com/2024/5/13/24155493/openai-gpt-4o-announcement',
    summary: 'The new model can reason across audio, vision and text in real time.',
    publishedAt: new Date('2024-05-13T18:00:00Z'),
  },
];
const reutersHistory: FeedItem[] = [
  {
    title: 'OpenAI signs content deal with News Corp',
    link: 'https://www.reuters.com/technology/openai-news-corp-deal-2024-05-22/',
    summary: 'The multi-year agreement gives OpenAI access to content from News Corp publications.',
    publishedAt: daysAgo(5),
  },
];

// An invented CTO: a real person's roster tenure dates would decide whether a story dated today is news.
const vergeScoop: FeedItem = {
  title: 'OpenAI CTO Dana Whitfield is leaving the company',
  link: 'https://www.theverge.com/2024/9/25/24254546/openai-cto-dana-whitfield-leaving',
  summary:
    'Dana Whitfield, OpenAI’s chief technology officer, announced on Wednesday that she is leaving the company after six and a half years, saying she wants “to create the time and space to do my own exploration.”',
  publishedAt: new Date(),
};
const reutersFollowUp: FeedItem = {
  title: 'Dana Whitfield, OpenAI’s chief technology officer, steps down',
  link: 'https://www.reuters.com/technology/artificial-intelligence/openai-cto-dana-whitfield-steps-down-2024-09-25/',
  summary: 'Whitfield said in a post on X that she is stepping down from OpenAI, the latest senior leader to leave the ChatGPT maker this year.',
  publishedAt: new Date(),
};

const verge = { title: 'The Verge - AI', link: 'https://www.theverge.com/ai-artificial-intelligence' };
const reuters = { title: 'Reuters Technology', link: 'https://www.reuters.com/technology/' };

beforeAll(async () => {
  h = await startBotHarness();
  h.feeds.route('/verge/ai.rss', { body: rssFeed(verge, vergeHistory) });
  h.feeds.route('/reuters/tech.rss', { body: rssFeed(reuters, reutersHistory) });
  await h.app.services.feeds.add(h.feeds.url('/verge/ai.rss'));
  await h.app.services.feeds.add(h.feeds.url('/reuters/tech.rss'));
}, 60_000);
afterAll(async () => h?.close());

const discordPosts = () => h.discord.requests({ method: 'POST', path: /^\/channels\/\d+\/messages$/ });
const discordEdits = () => h.discord.requests({ method: 'PATCH', path: /^\/channels\/\d+\/messages\/\d+$/ });
const slackPosts = () => h.slack.calls('chat.postMessage');
const slackEdits = () => h.slack.calls('chat.update');
const embedOf = (r: RecordedRequest) => ((r.json as { embeds: Record<string, unknown>[] }).embeds[0] ?? {}) as {
  title: string; url: string; description: string; fields: { name: string; value: string }[]; footer: { text: string };
};
/** What everyone in the Discord channel sees (the /alerts answer was ephemeral: flag 64). */
const visibleMessages = () => h.discord.channelMessages(h.discord.channelId).filter((m) => (Number(m.body.flags ?? 0) & 64) === 0);
const slackText = (params: Record<string, unknown>) => JSON.stringify(params.blocks) + String(params.text);

describe('a new exit in a feed reaches Discord and Slack', () => {
  it('lets an admin on each platform turn alerts on with /alerts', async () => {
    const sent = h.discord.sendChatInput('alerts', { subcommand: 'on', as: 'moderator' });
    const reply = await h.discord.waitForRequest({ method: 'POST', path: `/interactions/${sent.id}/${sent.token}/callback` }, 10_000);
    expect(JSON.stringify(reply.json)).toContain('Alerts on');
    expect((await h.slackCommand('alerts on')).status).toBe(200);
    const subscriptions = await waitFor('both subscriptions', async () => {
      const rows = await h.app.db.subscription.findMany({ orderBy: { platform: 'asc' } });
      return rows.length === 2 && rows;
    });
    expect(subscriptions.map((s) => [s.platform, s.workspaceId, s.channelId, s.alertsEnabled])).toEqual([
      ['discord', h.discord.guildId, h.discord.channelId, true],
      ['slack', slackTeamId, slackAlertsChannel, true],
    ]);
  });

  it("stores the feeds' existing items as history on the first poll and alerts nobody", async () => {
    const summary = await h.app.poller.runCycle({ all: true });
    expect(summary).toMatchObject({ polled: 2, failed: 0, newArticles: 3 });
    // Detection did run on the history (Jan Leike's resignation is an event), yet nothing was posted.
    const events = await h.app.db.event.findMany({ include: { person: true } });
    expect(events.map((e) => [e.person.name, e.origin])).toContainEqual(['Jan Leike', 'backfill']);
    expect(discordPosts()).toEqual([]);
    expect(slackPosts()).toEqual([]);
    expect(await h.app.db.delivery.count()).toBe(0);
  });

  it('posts one alert per channel within 2 s of the poll that fetched the article', async () => {
    const body = rssFeed(verge, [vergeScoop, ...vergeHistory]);
    let fetchedAt = 0;
    h.feeds.route('/verge/ai.rss', {
      handler: (_req, res) => {
        fetchedAt = Date.now();
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
      },
    });
    const pollStarted = Date.now();
    const summary = await h.app.poller.runCycle({ all: true });
    expect(summary).toMatchObject({ failed: 0, newArticles: 1 });

    const [discordPost] = await waitFor('the Discord alert', () => discordPosts().length > 0 && discordPosts());
    const [slackPost] = await waitFor('the Slack alert', () => slackPosts().length > 0 && slackPosts());
    const latency = { discord: discordPost!.at - pollStarted, slack: slackPost!.at - pollStarted };
    console.info(`e2e alert latency: poll start -> post discord ${latency.discord} ms, slack ${latency.slack} ms; feed fetched -> post discord ${discordPost!.at - fetchedAt} ms, slack ${slackPost!.at - fetchedAt} ms`);
    expect(latency.discord).toBeLessThan(2000);
    expect(latency.slack).toBeLessThan(2000);

    const event = await h.app.db.event.findFirstOrThrow({ where: { origin: 'detected' }, include: { person: true } });
    expect(event.person.name).toBe('Dana Whitfield');

    // Discord: one message in the subscribed channel, with the facts and the moderator buttons.
    expect(discordPosts()).toHaveLength(1);
    expect(discordPost!.path).toBe(`/channels/${h.discord.channelId}/messages`);
    expect(discordPost!.status).toBe(200);
    const embed = embedOf(discordPost!);
    expect(embed.title).toBe('New exit: Dana Whitfield left OpenAI');
    expect(embed.url).toBe(vergeScoop.link);
    expect(embed.description).toContain('**Dana Whitfield** left OpenAI.');
    expect(embed.description).toContain(`First report: [${vergeScoop.title}](${vergeScoop.link})`);
    expect(embed.fields).toContainEqual(expect.objectContaining({ name: 'Role', value: 'CTO' }));
    expect(embed.fields).toContainEqual(expect.objectContaining({ name: 'First reported by', value: `[theverge.com](${vergeScoop.link})` }));
    expect(embed.footer.text).toMatch(new RegExp(`^Reported by 1 outlet · confidence \\d+% · event #${event.id}$`));
    const buttons = JSON.stringify((discordPost!.json as { components: unknown }).components);
    expect(buttons).toContain(`"custom_id":"event:confirm:${event.id}"`);
    expect(buttons).toContain(`"custom_id":"event:reject:${event.id}"`);
    expect(visibleMessages()).toHaveLength(1);

    // Slack: one chat.postMessage to the subscribed channel, Block Kit with the same facts.
    expect(slackPosts()).toHaveLength(1);
    expect(slackPost!.params.channel).toBe(slackAlertsChannel);
    const blocks = slackText(slackPost!.params);
    expect(blocks).toContain('New exit: Dana Whitfield left OpenAI');
    expect(blocks).toContain('*Dana Whitfield* left OpenAI.');
    expect(blocks).toContain(`<${vergeScoop.link}|${vergeScoop.title}>`);
    expect(blocks).toContain('CTO');
    expect(blocks).toContain('Reported by 1 outlet');
    expect(blocks).toContain(`"action_id":"event:confirm:${event.id}"`);
    expect(blocks).toContain(`"action_id":"event:reject:${event.id}"`);

    const deliveries = await h.app.db.delivery.findMany({ include: { subscription: true }, orderBy: { id: 'asc' } });
    expect(deliveries.map((d) => [d.subscription.platform, d.status, d.dedupKey])).toEqual(
      expect.arrayContaining([
        ['discord', 'sent', `event:${event.id}`],
        ['slack', 'sent', `event:${event.id}`],
      ]),
    );
    expect(deliveries).toHaveLength(2);
  });

  it("edits both messages when a second outlet reports the same exit, and posts nothing new", async () => {
    h.feeds.route('/reuters/tech.rss', { body: rssFeed(reuters, [reutersFollowUp, ...reutersHistory]) });
    const summary = await h.app.poller.runCycle({ all: true });
    expect(summary).toMatchObject({ failed: 0, newArticles: 1 });

    const [discordEdit] = await waitFor('the Discord edit', () => discordEdits().length > 0 && discordEdits());
    const [slackEdit] = await waitFor('the Slack edit', () => slackEdits().length > 0 && slackEdits());
    expect(discordEdits()).toHaveLength(1);
    expect(slackEdits()).toHaveLength(1);
    expect(discordPosts()).toHaveLength(1);
    expect(slackPosts()).toHaveLength(1);
    expect(await h.app.db.event.count({ where: { origin: 'detected' } })).toBe(1);

    const [message] = visibleMessages();
    expect(discordEdit!.path).toBe(`/channels/${h.discord.channelId}/messages/${message!.id}`);
    expect(embedOf(discordEdit!).footer.text).toMatch(/^Now reported by 2 outlets · /);
    expect(message!.edited).toBe(true);
    expect(slackEdit!.params).toMatchObject({ channel: slackAlertsChannel, ts: await firstSlackTs() });
    expect(slackText(slackEdit!.params)).toContain('Now reported by 2 outlets');
    // Still the first report: The Verge had it first.
    expect(slackText(slackEdit!.params)).toContain(`<${vergeScoop.link}|${vergeScoop.title}>`);

    // A poll with nothing new changes nothing.
    await h.app.poller.runCycle({ all: true });
    expect([discordPosts().length, discordEdits().length, slackPosts().length, slackEdits().length]).toEqual([1, 1, 1, 1]);
  });
});

/** The ts Slack gave the alert, as the bot recorded it. */
async function firstSlackTs(): Promise<string | undefined> {
  const row = await h.app.db.delivery.findFirst({ where: { subscription: { platform: 'slack' } } });
  return row?.platformMessageId ?? undefined;
}
