// What the ingest, memory and alerts sections share: the local feed server (feed-host.ts, its own
// process) and a bench app (measure.ts) with every one of the server's feeds added, both closed
// again however the section ends.
import { startFeedHost, type FeedHost, type FeedHostOptions } from './feed-host.js';
import { createBenchApp, type BenchApp } from './measure.js';
import { createFeedRepository } from '../src/infra/db/feed-repository.js';

/** Runs `section` with a feed host started from `host` and a bench app (`env` on top of its settings) polling every feed. */
export async function withFeedBench<T>(options: { host: FeedHostOptions; env?: Record<string, string> }, section: (bench: BenchApp, host: FeedHost) => Promise<T>): Promise<T> {
  const host = await startFeedHost(options.host);
  try {
    const bench = await createBenchApp(options.env);
    try {
      const feeds = createFeedRepository(bench.app.db);
      for (const url of host.urls) await feeds.add({ url });
      return await section(bench, host);
    } finally {
      await bench.dispose();
    }
  } finally {
    await host.close();
  }
}
