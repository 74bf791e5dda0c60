// Memory over many poll cycles: the bot polls every feed of the local feed server again and
// again; before each cycle a tenth of the feeds get one new story (a new ETag), the rest answer
// 304. Heap and RSS are read after a full garbage collection at cycles 1, 10, 25, 50, 75 and 100:
// a flat heap means nothing is retained per cycle or per article (no leak). POLL_HOST_GAP_MS is 0
// here only so back-to-back cycles are not spaced out by the politeness gap.
import { withFeedBench } from '../feed-bench.js';
import { collectGarbage, emit, MB } from '../measure.js';
import { readArgs } from './args.js';

const args = readArgs();
const feedCount = args.quick ? 50 : 200;
const cycles = args.quick ? 20 : 100;
const checkpoints = new Set(args.quick ? [1, 5, 10, 20] : [1, 10, 25, 50, 75, 100]);

await withFeedBench({ host: { seed: args.seed, feeds: feedCount, items: args.items, base: args.base }, env: { POLL_HOST_GAP_MS: '0' } }, async (bench, host) => {
  const readings: { cycle: number; heapMb: number; rssMb: number; articles: number }[] = [];
  let newArticles = 0;
  let failed = 0;
  const started = performance.now();
  for (let cycle = 1; cycle <= cycles; cycle++) {
    if (cycle > 1) {
      const changed = Array.from({ length: Math.ceil(feedCount / 10) }, (_, i) => (cycle * 7 + i * 10) % feedCount);
      await host.bump(changed);
    }
    const summary = await bench.app.poller.runCycle({ all: true });
    if (cycle > 1) newArticles += summary.newArticles;
    failed += summary.failed;
    if (checkpoints.has(cycle)) {
      collectGarbage();
      const memory = process.memoryUsage();
      readings.push({ cycle, heapMb: memory.heapUsed / MB, rssMb: memory.rss / MB, articles: await bench.app.db.article.count() });
    }
  }
  const first = readings[0]!;
  const last = readings.at(-1)!;
  // Growth per cycle after warm-up (least squares over the checkpoints from the second on).
  const tail = readings.slice(1);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const mx = mean(tail.map((r) => r.cycle));
  const my = mean(tail.map((r) => r.heapMb));
  const slope = tail.reduce((n, r) => n + (r.cycle - mx) * (r.heapMb - my), 0) / tail.reduce((n, r) => n + (r.cycle - mx) ** 2, 0);
  emit({ feeds: feedCount, cycles, newArticles, failed, ms: performance.now() - started, readings, heapGrowthMb: last.heapMb - first.heapMb, rssGrowthMb: last.rssMb - first.rssMb, heapSlopeKbPerCycle: slope * 1024 });
});
