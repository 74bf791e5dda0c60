// `poll --once` "stores, detects, delivers": with a Slack token configured, the alert for a new
// exit goes out during the run over the Web API (no Bolt receiver), once; without tokens it waits
// as a pending delivery for the running bot.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { runCliCaptured } from '../../helpers/run-cli.js';
import { tempDatabaseUrl } from '../../helpers/temp-database.js';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';

function rss(items: { title: string; link: string; description: string; pubDate: Date }[]): string {
  const entries = items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><description>${i.description}</description><pubDate>${i.pubDate.toUTCString()}</pubDate></item>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>AI news</title><link>https://news.example.com/</link><description>AI</description>${entries}</channel></rss>`;
}

describe('cli poll delivers alerts', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let server: FeedServer;
  let slack: FakeSlack;

  beforeEach(async () => {
    server = await startFeedServer();
    slack = await startFakeSlack();
    const temp = tempDatabaseUrl();
    dir = temp.dir;
    const feedsFile = `${dir}/feeds.json`;
    writeFileSync(feedsFile, JSON.stringify({ feeds: [{ url: server.url('/ai.rss'), title: 'AI news' }] }));
    env = {
      DATABASE_URL: temp.url,
      SEED_ON_START: 'false',
      FEEDS_FILE: feedsFile,
      ALLOW_PRIVATE_FEED_URLS: 'true',
      POLL_HOST_GAP_MS: '0',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: 'signing-secret',
      SLACK_API_URL: slack.apiUrl,
    };
  });
  afterEach(async () => {
    await server.close();
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (...argv: string[]) => runCliCaptured(argv, env);

  it('posts one alert for a new exit and none for history', async () => {
    const old = { title: 'OpenAI launches a new model', link: 'https://news.example.com/model', description: 'Product news.', pubDate: new Date(Date.now() - 3_600_000) };
    server.route('/ai.rss', { body: rss([old]) });
    expect((await run('poll', '--once')).code).toBe(0); // first fetch of the feed: backfill, nothing to alert
    expect((await run('alerts', 'on', '--channel', 'slack:T0123456/C0123456', '--min-confidence', '0.5')).code).toBe(0);

    // An invented CTO: a real person's roster tenure dates would decide whether a story dated today is news.
    const exit = {
      title: 'OpenAI CTO Dana Whitfield is leaving the company',
      link: 'https://news.example.com/murati',
      description: 'Dana Whitfield, OpenAI’s chief technology officer, said on Wednesday she is leaving the company after six and a half years.',
      pubDate: new Date(),
    };
    server.route('/ai.rss', { body: rss([exit, old]) });
    const poll = await run('poll', '--once');
    expect(poll.code).toBe(0);
    expect(poll.out).toMatch(/1 new articles? stored/);
    expect(poll.out).toContain('Alerts: 1 sent');
    const posts = slack.calls('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.params.channel).toBe('C0123456');
    expect(String(posts[0]!.params.text)).toContain('Dana Whitfield');

    expect((await run('poll', '--once')).out).toContain('Alerts: 0 sent');
    expect(slack.calls('chat.postMessage')).toHaveLength(1);
  });

  it('leaves the alert pending when no platform token is set', async () => {
    delete env.SLACK_BOT_TOKEN;
    delete env.SLACK_SIGNING_SECRET;
    server.route('/ai.rss', { body: rss([]) });
    await run('poll', '--once');
    server.route('/ai.rss', { body: rss([{ title: 'Jan Leike resigns from OpenAI', link: 'https://news.example.com/leike', description: 'Jan Leike, who co-led OpenAI’s superalignment team, resigned.', pubDate: new Date() }]) });
    expect((await run('alerts', 'on', '--channel', 'slack:T0123456/C0999999', '--min-confidence', '0.5')).code).toBe(0);
    const poll = await run('poll', '--once');
    expect(poll.out).toContain('no Discord or Slack token configured');
    expect(slack.calls('chat.postMessage')).toHaveLength(0);
  });
});
