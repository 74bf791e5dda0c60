// Feed ingestion: the bot (createApp, default poll settings: 8 fetches at once) polls every feed
// of the local feed server once — fetch, parse, normalise, dedup, store, hand each new article to
// detection — then polls them all again while every feed answers 304 (ETag). Measures the cycle
// time, items/s, the process's peak RSS and CPU time; the feed server runs in its own process.
import { withFeedBench } from '../feed-bench.js';
import { collectGarbage, emit, MB, sleep, startRssSampler } from '../measure.js';
import { readArgs } from './args.js';

const args = readArgs();
await withFeedBench({ host: { seed: args.seed, feeds: args.feeds, items: args.items, base: args.base } }, async (bench, host) => {
  collectGarbage();
  const rssBefore = process.memoryUsage.rss();
  const sampler = startRssSampler();
  const cpuBefore = process.cpuUsage();
  const first = await bench.app.poller.runCycle({ all: true });
  const cpu = process.cpuUsage(cpuBefore);
  const peakRss = sampler.stop();

  // Cycles are minutes apart in production; right after the first one, the per-host politeness
  // gap (POLL_HOST_GAP_MS) would be part of the measurement.
  await sleep(bench.config.POLL_HOST_GAP_MS + 100);
  const unchangedSampler = startRssSampler();
  const second = await bench.app.poller.runCycle({ all: true });
  const unchangedPeak = unchangedSampler.stop();

  const [articles, events] = await Promise.all([bench.app.db.article.count(), bench.app.db.event.count()]);
  emit({
    feeds: args.feeds,
    cycle: {
      ms: first.durationMs,
      polled: first.polled,
      failed: first.failed,
      errors: [...new Set(first.feeds.filter((f) => f.error).map((f) => f.error))].slice(0, 3),
      items: first.itemsSeen,
      newArticles: first.newArticles,
      itemsPerSecond: (first.itemsSeen / first.durationMs) * 1000,
      peakRssMb: peakRss / MB,
      rssBeforeMb: rssBefore / MB,
      peakHeapTotalMb: sampler.peakHeapTotal() / MB,
      cpuMs: (cpu.user + cpu.system) / 1000,
    },
    unchanged: { ms: second.durationMs, polled: second.polled, unchanged: second.unchanged, failed: second.failed, peakRssMb: unchangedPeak / MB },
    stored: { articles, events },
    serverRequests: await host.requests(),
  });
});
