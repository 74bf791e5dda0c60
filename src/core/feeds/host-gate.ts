// Politeness per host: two requests to the same host are at least `gapMs` apart, across cycles.
// Feeds of one host are polled one after another; different hosts proceed in parallel.

export type Sleep = (ms: number) => Promise<void>;

export interface HostGate {
  /** Resolves when a request to `host` may start, and books that moment. */
  wait(host: string): Promise<void>;
}

export function createHostGate(gapMs: number, now: () => number, sleep: Sleep): HostGate {
  const nextAllowed = new Map<string, number>();
  return {
    async wait(host) {
      const key = host.toLowerCase();
      const at = nextAllowed.get(key) ?? 0;
      const start = Math.max(now(), at);
      // Booked before sleeping, so a concurrent caller queues behind this one.
      nextAllowed.set(key, start + gapMs);
      const delay = start - now();
      if (delay > 0) await sleep(delay);
    },
  };
}
