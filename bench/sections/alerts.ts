// Alert latency, poll to post: a story about an invented OpenAI executive leaving is published on one
// feed of the local feed server, a poll cycle over all feeds starts at once, and the alert goes
// out through the whole chain — fetch, parse, store, detection, event recorder, delivery outbox —
// to a ChatPublisher that records the moment the post is accepted. The feeds carry no other
// staffing news, so each story makes a new event (one alert), never a source added to an old one.
// The poll interval (POLL_INTERVAL_MINUTES, jittered) comes on top in production.
import { withFeedBench } from '../feed-bench.js';
import { emit, sleep, summarise } from '../measure.js';
import { inventedName, type Story } from '../corpus.js';
import type { ChatPublisher, PostedMessage } from '../../src/core/alerts/chat-publisher.js';
import { readArgs } from './args.js';

const args = readArgs();
const feedCount = args.quick ? 20 : 100;
const samples = args.quick ? 5 : 20;

/** A ChatPublisher at the port boundary that notes when each post was accepted. */
function createTimedPublisher(): ChatPublisher & { posts: { channelId: string; title: string; at: number }[] } {
  const posts: { channelId: string; title: string; at: number }[] = [];
  return {
    platform: 'discord',
    posts,
    async post(channelId, message): Promise<PostedMessage> {
      posts.push({ channelId, title: message.title ?? '', at: performance.now() });
      return { messageId: `bench-${posts.length}` };
    },
    async update() {},
  };
}

await withFeedBench({ host: { seed: args.seed, feeds: feedCount, items: 20, base: new Date().toISOString(), staffingShare: 0 } }, async (bench, host) => {
  const publisher = createTimedPublisher();
  bench.app.publishers.register(publisher);
  await bench.app.services.alerts.configureAlerts({ platform: 'discord', workspaceId: '100000000000000001', channelId: '200000000000000001' }, { enabled: true });
  // First fetch of every feed: history (backfill), which never alerts.
  await bench.app.poller.runCycle({ all: true });

  const latencies: number[] = [];
  const cycles: number[] = [];
  let missed = 0;
  const missedTitles: string[] = [];
  // Someone the history already has a move for (a negative the detector misread, say) would get
  // the story as one more source of that move, which rightly does not alert again.
  const known = new Set((await bench.app.db.event.findMany({ select: { person: { select: { name: true } } } })).map((e) => e.person.name));
  // Invented people: a real one's roster tenure dates would decide whether a story dated today is news.
  const roles = ['chief technology officer', 'VP of Research', 'head of product', 'chief scientist', 'research lead'];
  const people = Array.from({ length: samples * 2 }, (_, k) => ({ name: inventedName(k), role: roles[k % roles.length]! }))
    .filter((p) => !known.has(p.name))
    .slice(0, samples);
  for (const [k, person] of people.entries()) {
    // Polls in production are minutes apart; back to back, the per-host politeness gap
    // (POLL_HOST_GAP_MS) would be what gets measured.
    await sleep(bench.config.POLL_HOST_GAP_MS + 100);
    const s: Story = {
      n: 900_000 + k,
      title: `OpenAI ${person.role} ${person.name} resigns`,
      summaryHtml: `<p>${person.name}, ${person.role} at OpenAI, said on Tuesday that they are leaving the company. ${person.name} did not say what comes next.</p>`,
      link: `https://www.example-news.com/news/openai-departure-${k}`,
      outlet: 'Example News',
      publishedAt: new Date(),
      kind: 'staffing',
    };
    await host.publish(k % feedCount, s);
    const before = publisher.posts.length;
    const started = performance.now();
    const cycle = await bench.app.poller.runCycle({ all: true });
    cycles.push(cycle.durationMs);
    // Delivery is awaited inside the cycle; a short grace covers any hand-off that is not.
    for (let waited = 0; publisher.posts.length === before && waited < 2000; waited += 5) await sleep(5);
    if (publisher.posts.length === before) {
      missed++;
      missedTitles.push(s.title);
    }
    else latencies.push(publisher.posts[before]!.at - started);
  }
  emit({ feeds: feedCount, samples: people.length, missed, missedTitles, latency: summarise(latencies), cycle: summarise(cycles), posts: publisher.posts.length });
});
