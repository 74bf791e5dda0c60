// The interactions a chat adapter is answering right now, so that stop() can let them finish
// (Platform.stop: "lets in-flight ones finish") without waiting forever on a stuck one.
// Shared by the Discord and Slack adapters.

/** How long stop() waits for interactions already being answered. */
const drainTimeoutMs = 10_000;

interface InFlight {
  /** Remembers `work` until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves once every tracked piece of work has settled, or after `timeoutMs`. */
  drain(timeoutMs?: number): Promise<void>;
}

export function createInFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  return {
    track(work) {
      pending.add(work);
      void work.finally(() => pending.delete(work));
      return work;
    },
    async drain(timeoutMs = drainTimeoutMs) {
      if (pending.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)));
      await Promise.race([Promise.allSettled([...pending]), timeout]);
      clearTimeout(timer);
    },
  };
}
